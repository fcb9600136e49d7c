import type { Department } from '../../../../src-core/domain/draft/types';
import { UNIT_LABEL } from '../../../../src-core/domain/money/units';
import type { DraftSession } from '../../session/draft-session';
import { TextField } from '../TextField';

/** 部门 (code, name, short name) and what cannot be edited here: year and amount units. */
export function DepartmentFields({ session }: { session: DraftSession }) {
  const head = session.head;
  const dept = head.department;
  const set = (field: 'code' | 'name' | 'shortName', text: string): string | null => {
    const v = text.trim();
    if (field === 'code' && !/^\d+$/.test(v)) return v === '' ? '部门编码不能为空' : '部门编码只能由数字组成';
    if (field === 'name' && v === '') return '部门名称不能为空';
    const next: Department = { ...dept };
    if (field === 'shortName') {
      if (v === '') delete next.shortName;
      else next.shortName = v;
    } else {
      next[field] = v;
    }
    session.setPart(`修改${FIELD_NAMES[field]}`, 'department', next);
    return null;
  };
  return (
    <fieldset className="field-group">
      <legend>部门</legend>
      <div className="field-row">
        <TextField label="部门编码" value={dept.code} onCommit={(t) => set('code', t)} className="narrow" />
        <TextField label="部门名称" value={dept.name} onCommit={(t) => set('name', t)} className="wide" />
        <TextField
          label="部门简称"
          value={dept.shortName ?? ''}
          onCommit={(t) => set('shortName', t)}
          hint="用于说明文字，如“市府办”"
        />
      </div>
      <dl className="facts">
        <div>
          <dt>预算年度</dt>
          <dd>{head.year} 年</dd>
        </div>
        <div>
          <dt>草稿金额单位</dt>
          <dd>
            {UNIT_LABEL[head.amountUnit]}
            <small>（录入的所有金额）</small>
          </dd>
        </div>
        <div>
          <dt>公开金额单位</dt>
          <dd>
            {UNIT_LABEL[head.publishUnit]}
            <small>（公开表与说明文字）</small>
          </dd>
        </div>
      </dl>
    </fieldset>
  );
}

const FIELD_NAMES = { code: '部门编码', name: '部门名称', shortName: '部门简称' } as const;
