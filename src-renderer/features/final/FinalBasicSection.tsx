import type { BudgetUnit, Department } from '../../../src-core/domain/draft/types';
import { UNIT_TYPE_NAMES, UNIT_TYPES, type UnitType } from '../../../src-core/domain/draft/vocabulary';
import { FINAL_LINE_STREAMS } from '../../../src-core/domain/final/final-facts';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import { RecordTable, type RecordColumn } from '../sections/RecordTable';
import { SectionFrame } from '../sections/SectionFrame';
import { TextField } from '../sections/TextField';
import type { FinalSession } from './final-session';

const UNIT_COLUMNS: RecordColumn[] = [
  { key: 'code', label: '单位编码', width: 140 },
  { key: 'name', label: '单位名称' },
  {
    key: 'type',
    label: '单位类型',
    width: 240,
    kind: 'select',
    options: UNIT_TYPES.map((t) => ({ value: t, label: UNIT_TYPE_NAMES[t] })),
  },
];

const DEPT_NAMES = { code: '部门编码', name: '部门名称', shortName: '部门简称' } as const;

interface Props {
  session: FinalSession;
  version: number;
}

/** Whether any line of the draft names the unit (its code cannot change nor the unit go then). */
function unitInUse(session: FinalSession, code: string): boolean {
  const engine = session.engine;
  return FINAL_LINE_STREAMS.some((s) => engine.lineIds(s).some((id) => engine.line(s, id)?.unit === code));
}

/**
 * 基本信息 of a 决算: the department (code, name, 简称) and its units. A unit that lines name keeps
 * its code and cannot be removed (the lines would point nowhere); its name and type can change.
 */
export function FinalBasicSection({ session }: Props) {
  const head = session.head;
  const dept = head.department;
  const units = head.units;
  const setDept = (field: keyof typeof DEPT_NAMES, text: string): string | null => {
    const v = text.trim();
    if (field === 'code' && !/^\d+$/.test(v)) return v === '' ? '部门编码不能为空' : '部门编码只能由数字组成';
    if (field === 'name' && v === '') return '部门名称不能为空';
    const next: Department = { ...dept };
    if (field === 'shortName' && v === '') delete next.shortName;
    else next[field] = v;
    session.setPart(`修改${DEPT_NAMES[field]}`, 'department', next);
    return null;
  };
  const setUnits = (label: string, next: BudgetUnit[]) => session.setPart(label, 'units', next);

  return (
    <SectionFrame session={session} title="基本信息" hint="部门与单位；决算年度与金额单位随草稿建立时确定。">
      <fieldset className="field-group">
        <legend>部门</legend>
        <div className="field-row">
          <TextField label="部门编码" value={dept.code} onCommit={(t) => setDept('code', t)} className="narrow" />
          <TextField label="部门名称" value={dept.name} onCommit={(t) => setDept('name', t)} className="wide" />
          <TextField label="部门简称" value={dept.shortName ?? ''} onCommit={(t) => setDept('shortName', t)} />
        </div>
        <dl className="facts">
          <div>
            <dt>决算年度</dt>
            <dd>{head.year} 年</dd>
          </div>
          <div>
            <dt>草稿金额单位</dt>
            <dd>{UNIT_LABEL[head.amountUnit]}</dd>
          </div>
          <div>
            <dt>公开金额单位</dt>
            <dd>{UNIT_LABEL[head.publishUnit]}</dd>
          </div>
        </dl>
      </fieldset>
      <h3>单位</h3>
      <RecordTable
        label="单位"
        columns={UNIT_COLUMNS}
        rows={units.map((u, i) => ({
          key: String(i),
          cells: { code: u.code, name: u.name, type: u.type },
          display: { type: UNIT_TYPE_NAMES[u.type] },
        }))}
        onCommit={(row, key, text) => {
          const u = units[row];
          const v = text.trim();
          if (key === 'code') {
            if (!/^\d+$/.test(v)) return '单位编码只能由数字组成';
            if (units.some((x, i) => i !== row && x.code === v)) return `单位编码 ${v} 已有`;
            if (unitInUse(session, u.code)) return '已有明细行使用此单位，编码不能修改';
          }
          if (key === 'name' && v === '') return '单位名称不能为空';
          const next = { ...u, [key]: key === 'type' ? (v as UnitType) : v };
          setUnits(
            '修改单位',
            units.map((x, i) => (i === row ? next : x)),
          );
          return null;
        }}
        onAdd={() => {
          let n = units.length + 1;
          while (units.some((u) => u.code === `${dept.code}${String(n).padStart(3, '0')}`)) n++;
          const code = `${dept.code}${String(n).padStart(3, '0')}`;
          setUnits('新增单位', [...units, { code, name: '新单位', type: 'admin' }]);
        }}
        addLabel="新增单位"
        onRemove={(row) => {
          if (units.length === 1) return '至少保留一个单位';
          if (unitInUse(session, units[row].code)) return '已有明细行使用此单位，不能删除';
          setUnits(
            '删除单位',
            units.filter((_, i) => i !== row),
          );
          return null;
        }}
      />
    </SectionFrame>
  );
}
