import { useId, useState, type FormEvent } from 'react';
import type { DraftRepository, DraftSummary } from '../../data/draft-repository';
import type { Resources } from '../../../src-core/domain/resources';
import type { CopyOutcome } from './copy-outcome';
import { createNextYear } from './create-next-year';
import { HomeDialog } from './HomeDialog';
import { likelySource, nextYearName } from './next-year-name';
import { NextYearOutcome } from './NextYearOutcome';
import { parsePercentInput } from './percent-input';

interface Props {
  /** Live drafts, any of which may serve as last year's. */
  drafts: readonly DraftSummary[];
  /** The draft whose row asked for it; otherwise the latest year. */
  initialSourceId?: string;
  repo: DraftRepository;
  resources: Resources;
  onCreated(): void;
  onOpen(id: string): void;
  onClose(): void;
}

/**
 * 以上年草稿新建: a new, independent draft from last year's, every amount × (1 + 比例/100),
 * 上年预算数 filled from last year's lines. Later typing in either draft never touches the other.
 */
export function NextYearDialog({ drafts, initialSourceId, repo, resources, onCreated, onOpen, onClose }: Props) {
  const first = drafts.find((d) => d.id === initialSourceId) ?? likelySource(drafts);
  const [sourceId, setSourceId] = useState(first?.id ?? '');
  const [year, setYear] = useState(first ? String(first.year + 1) : '');
  const [percent, setPercent] = useState('');
  const [name, setName] = useState(first ? nextYearName(first, first.year + 1) : '');
  const [nameTouched, setNameTouched] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const source = drafts.find((d) => d.id === sourceId);
  const id = useId();

  const proposeName = (s: DraftSummary | undefined, y: string) => {
    if (!nameTouched && s && /^\d{4}$/.test(y)) setName(nextYearName(s, Number(y)));
  };
  const chooseSource = (id: string) => {
    const s = drafts.find((d) => d.id === id);
    setSourceId(id);
    if (s) setYear(String(s.year + 1));
    proposeName(s, s ? String(s.year + 1) : year);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!source) return setProblem('请选择上年草稿');
    const y = /^\s*(\d{4})\s*$/.exec(year);
    if (!y) return setProblem(`新预算年度“${year.trim()}”应为 4 位数字年份，如 ${source.year + 1}`);
    if (Number(y[1]) <= source.year) return setProblem(`新预算年度应晚于上年草稿的年度（${source.year} 年）`);
    const p = parsePercentInput(percent);
    if (!p.ok) return setProblem(p.error);
    if (!name.trim()) return setProblem('请填写新草稿的名称');
    setBusy(true);
    setProblem(null);
    const done = await createNextYear(repo, resources, {
      sourceId: source.id,
      year: Number(y[1]),
      percent: p.value,
      name: name.trim(),
    });
    setBusy(false);
    if (!done.ok) return setProblem(done.error);
    setOutcome(done.value);
    onCreated();
  };

  if (outcome) {
    return (
      <HomeDialog title="以上年草稿新建" onClose={onClose}>
        <NextYearOutcome outcome={outcome} />
        <div className="home-dialog-actions">
          <button type="button" className="primary" onClick={() => onOpen(outcome.id)} autoFocus>
            打开新草稿
          </button>
          <button type="button" onClick={onClose}>
            返回首页
          </button>
        </div>
      </HomeDialog>
    );
  }

  return (
    <HomeDialog title="以上年草稿新建" onClose={busy ? undefined : onClose}>
      {drafts.length === 0 ? (
        <>
          <p>还没有可作为上年草稿的草稿。请先导入上年的草稿文件，或打开示例。</p>
          <div className="home-dialog-actions">
            <button type="button" onClick={onClose} autoFocus>
              关闭
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <p className="muted home-dialog-lead">
            复制上年草稿的单位、支出明细、收入、项目和说明，金额可统一按比例调整；上年数按上年预算数自动填入。新草稿与上年草稿互不影响。
          </p>
          <div className="home-fields">
            <div className="span-2">
              <label htmlFor={`${id}-source`}>上年草稿</label>
              <select id={`${id}-source`} value={sourceId} onChange={(e) => chooseSource(e.target.value)} autoFocus>
                {drafts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.year} 年 · {d.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-year`}>新预算年度</label>
              <input
                id={`${id}-year`}
                value={year}
                inputMode="numeric"
                onChange={(e) => {
                  setYear(e.target.value);
                  proposeName(source, e.target.value.trim());
                }}
              />
            </div>
            <div>
              <label htmlFor={`${id}-percent`}>统一调整比例（%）</label>
              <input
                id={`${id}-percent`}
                value={percent}
                onChange={(e) => setPercent(e.target.value)}
                placeholder="如 -5 或 3.5，不填为不调整"
              />
            </div>
            <div className="span-2">
              <label htmlFor={`${id}-name`}>新草稿名称</label>
              <input
                id={`${id}-name`}
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  setNameTouched(true);
                }}
              />
            </div>
          </div>
          {problem && (
            <p className="form-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="home-dialog-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? '正在创建…' : '创建'}
            </button>
            <button type="button" onClick={onClose} disabled={busy}>
              取消
            </button>
          </div>
        </form>
      )}
    </HomeDialog>
  );
}
