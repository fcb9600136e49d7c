import { useId, useState, type FormEvent } from 'react';
import { UNIT_TYPE_NAMES, UNIT_TYPES, type UnitType } from '../../../src-core/domain/draft/vocabulary';
import type { Resources } from '../../../src-core/domain/resources';
import type { DraftRepository, DraftSummary } from '../../data/draft-repository';
import { HomeDialog } from '../home/HomeDialog';
import { createFinal, type FinalStart } from './create-final';
import './final.css';

type StartKind = FinalStart['kind'];

interface Props {
  repo: DraftRepository;
  resources: Resources;
  /** Live budget drafts (a 决算 may start from its year's budget). */
  budgets: readonly DraftSummary[];
  /** Live 决算 drafts (a 决算 may start from last year's). */
  finals: readonly DraftSummary[];
  /** A 决算 whose row asked for 新建下年. */
  initialFinalId?: string;
  onOpen(id: string): void;
  onClose(): void;
}

const STARTS: { kind: StartKind; label: string; hint: string }[] = [
  { kind: 'budget', label: '以该年度预算草稿为起点', hint: '带入单位、项目，年初预算数按预算草稿自动填写' },
  { kind: 'lastFinal', label: '以上年决算为起点', hint: '带入单位，上年决算数按上年决算自动填写' },
  { kind: 'empty', label: '空白决算', hint: '只填部门和单位，其余在编辑中填写' },
];

/** 新建决算: empty, from that year's 预算 draft, or from last year's 决算; the new draft opens. */
export function NewFinalDialog({ repo, resources, budgets, finals, initialFinalId, onOpen, onClose }: Props) {
  const id = useId();
  const [kind, setKind] = useState<StartKind>(initialFinalId ? 'lastFinal' : budgets.length > 0 ? 'budget' : 'empty');
  const [budgetId, setBudgetId] = useState(budgets[0]?.id ?? '');
  const [finalId, setFinalId] = useState(initialFinalId ?? finals[0]?.id ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [dept, setDept] = useState({ code: '', name: '', unitCode: '', unitName: '' });
  const [unitType, setUnitType] = useState<UnitType>('admin');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const startOf = (): FinalStart | string => {
    if (kind === 'budget') return budgetId ? { kind, budgetId } : '请选择预算草稿';
    if (kind === 'lastFinal') return finalId ? { kind, finalId } : '请选择上年决算';
    const y = /^\s*(\d{4})\s*$/.exec(year);
    const missing = [
      !y && '决算年度（4 位数字）',
      !dept.code.trim() && '部门编码',
      !dept.name.trim() && '部门名称',
      !dept.unitCode.trim() && '单位编码',
    ].filter(Boolean);
    if (missing.length > 0) return `请填写：${missing.join('、')}`;
    return {
      kind,
      options: {
        year: Number(y![1]),
        department: { code: dept.code.trim(), name: dept.name.trim() },
        units: [{ code: dept.unitCode.trim(), name: dept.unitName.trim() || dept.name.trim(), type: unitType }],
      },
    };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const start = startOf();
    if (typeof start === 'string') return setProblem(start);
    setBusy(true);
    setProblem(null);
    const done = await createFinal(repo, resources, start);
    setBusy(false);
    if (!done.ok) return setProblem(`没有创建决算：${done.error}`);
    onOpen(done.value.id);
  };

  const field = (key: keyof typeof dept, label: string, placeholder: string) => (
    <div>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={dept[key]}
        placeholder={placeholder}
        onChange={(e) => setDept({ ...dept, [key]: e.target.value })}
      />
    </div>
  );

  return (
    <HomeDialog title="新建决算" onClose={busy ? undefined : onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset className="final-starts">
          <legend>从哪里开始</legend>
          {STARTS.map((s) => (
            <label key={s.kind} className="final-start">
              <input type="radio" name="final-start" checked={kind === s.kind} onChange={() => setKind(s.kind)} />
              <span>{s.label}</span>
              <small className="muted">{s.hint}</small>
            </label>
          ))}
        </fieldset>
        <div className="home-fields">
          {kind === 'budget' && (
            <div className="span-2">
              <label htmlFor={`${id}-budget`}>预算草稿（决算年度即该预算年度）</label>
              {budgets.length === 0 ? (
                <p className="muted">还没有预算草稿。</p>
              ) : (
                <select id={`${id}-budget`} value={budgetId} onChange={(e) => setBudgetId(e.target.value)}>
                  {budgets.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.year} 年 · {d.name}
                    </option>
                  ))}
                </select>
              )}
            </div>
          )}
          {kind === 'lastFinal' && (
            <div className="span-2">
              <label htmlFor={`${id}-final`}>上年决算（新决算年度为其下一年）</label>
              {finals.length === 0 ? (
                <p className="muted">还没有决算草稿。</p>
              ) : (
                <select id={`${id}-final`} value={finalId} onChange={(e) => setFinalId(e.target.value)}>
                  {finals.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.year} 年度决算 · {d.name}
                    </option>
                  ))}
                </select>
              )}
            </div>
          )}
          {kind === 'empty' && (
            <>
              <div>
                <label htmlFor={`${id}-year`}>决算年度</label>
                <input id={`${id}-year`} value={year} inputMode="numeric" onChange={(e) => setYear(e.target.value)} />
              </div>
              {field('code', '部门编码', '如 520')}
              {field('name', '部门名称', '如 武汉市黄陂区大数据中心')}
              {field('unitCode', '单位编码', '如 520001')}
              {field('unitName', '单位名称', '不填则与部门名称相同')}
              <div>
                <label htmlFor={`${id}-type`}>单位类型</label>
                <select id={`${id}-type`} value={unitType} onChange={(e) => setUnitType(e.target.value as UnitType)}>
                  {UNIT_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {UNIT_TYPE_NAMES[t]}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
        </div>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="home-dialog-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? '正在创建…' : '创建决算'}
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            取消
          </button>
        </div>
      </form>
    </HomeDialog>
  );
}
