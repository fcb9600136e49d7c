import { createPortal } from 'react-dom';
import { useEffect, useRef, useState } from 'react';
import type { DraftRepository, DraftSummary } from '../../data/draft-repository';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { formatProblems } from '../../../src-core/domain/draft/problems';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import type { Draft } from '../../../src-core/domain/draft/types';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import type { Resources } from '../../../src-core/domain/resources';
import { fillPriorFromDraft, type PriorBasis, type PriorFill } from '../../../src-core/import/prior-from-draft';
import { openDraftFile } from '../../platform';
import { requestReload } from '../session/reload-requests';
import { useModalFocus } from '../dialog/use-modal-focus';
import type { ImportTarget } from './ImportDialog';
import './import.css';

const LABELS: Record<string, string> = {
  incomeTotal: '收入总计',
  expenseTotal: '支出总计',
  fiscal: '财政拨款收入',
  gpb: '一般公共预算当年拨款',
  basic: '基本支出',
  personnel: '人员经费',
  public: '公用经费',
  project: '项目支出',
  threeTotal: '“三公”经费合计',
  abroad: '因公出国（境）费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
  officeOperation: '机关运行经费',
  procurement: '政府采购',
};

interface Props {
  target: Extract<ImportTarget, { kind: 'draft' }>;
  layoutId: string;
  repo: DraftRepository;
  resources: Resources;
  onClose(): void;
}

/** 上年草稿 → 上年数: last year's draft (from this computer or a *.budget.json file) fills `prior`. */
export function PriorDialog({ target, layoutId, repo, resources, onClose }: Props) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [current, setCurrent] = useState<Draft | null>(null);
  const [source, setSource] = useState<{ name: string; draft: Draft } | null>(null);
  const [basis, setBasis] = useState<PriorBasis>('actual');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, busy ? undefined : onClose);

  useEffect(() => {
    void (async () => {
      await target.flush();
      const loaded = await repo.loadDraftAsFile(target.draftId);
      if (!loaded.ok) {
        setProblem(loaded.error.message);
        return;
      }
      const current = loaded.value;
      setCurrent(current);
      const all = await repo.listDrafts();
      setDrafts(all.filter((d) => d.id !== target.draftId && d.year < current.year));
    })();
  }, [repo, target]);

  const scope = resources.layouts.get(layoutId)?.officeOperationScope;
  const fill: PriorFill | string | null =
    current && source
      ? (() => {
          const r = fillPriorFromDraft(current, source.draft, basis, scope);
          return r.ok ? r.value : r.error;
        })()
      : null;

  const chooseStored = async (id: string) => {
    setProblem(null);
    if (!id) return setSource(null);
    const loaded = await repo.loadDraft(id);
    if (!loaded.ok) return setProblem(loaded.error.message);
    setSource({ name: loaded.value.summary.name, draft: loaded.value.draft });
  };

  const chooseFile = async () => {
    setProblem(null);
    let file;
    try {
      file = await openDraftFile();
    } catch (e) {
      setProblem(`无法读取文件（${e instanceof Error ? e.message : String(e)}）`);
      return;
    }
    if (!file) return;
    const loaded = loadDraftText(file.text);
    if (!loaded.ok) {
      setProblem(`“${file.name}”不是有效的草稿文件：${formatProblems(loaded.error)}`);
      return;
    }
    setSource({ name: file.name, draft: loaded.value.draft });
  };

  const apply = async () => {
    if (!fill || typeof fill === 'string') return;
    setBusy(true);
    const r = await repo.replaceFromFile(target.draftId, saveDraftText(fill.draft));
    setBusy(false);
    if (!r.ok) return setProblem(r.error.message);
    requestReload(
      target.draftId,
      `已从“${source!.name}”填入上年${basis === 'actual' ? '执行数' : '预算数'}（${Object.keys(fill.figures).length} 项）。填入前的草稿已保存为历史版本。`,
    );
    onClose();
  };

  const unit = current ? UNIT_LABEL[current.amountUnit] : '';
  const keys = fill && typeof fill !== 'string' ? Object.keys(fill.figures) : [];
  const named = keys.filter((k) => !k.startsWith('fn:'));

  return createPortal(
    <div className="import-overlay" ref={box} role="dialog" aria-modal="true" aria-label="上年草稿 → 上年数">
      <div className="import-dialog">
        <header className="import-dialog-head">
          <h2>上年草稿 → 上年数</h2>
          <button type="button" onClick={onClose} aria-label="关闭">
            ×
          </button>
        </header>
        <div className="import-dialog-body prior-import">
          <p className="muted">
            用上年度的草稿计算本草稿的上年数（收支总计、财政拨款、基本/项目支出、“三公”经费、机关运行经费及各功能科目），用于情况说明中的增减比较。
          </p>
          <div className="import-actions">
            <label>
              本机草稿：
              <select defaultValue="" onChange={(e) => void chooseStored(e.target.value)} aria-label="选择上年草稿">
                <option value="">（请选择）</option>
                {drafts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}（{d.year} 年度）
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void chooseFile()}>
              或选择草稿文件（*.budget.json）…
            </button>
          </div>
          <fieldset className="import-mode">
            <legend>填入为</legend>
            <label>
              <input type="radio" name="prior-basis" checked={basis === 'actual'} onChange={() => setBasis('actual')} />{' '}
              上年执行数（决算/执行情况）
            </label>
            <label>
              <input type="radio" name="prior-basis" checked={basis === 'budget'} onChange={() => setBasis('budget')} />{' '}
              上年预算数
            </label>
          </fieldset>
          {problem && (
            <div className="import-errors" role="alert">
              <p>{problem}</p>
              <p className="muted">草稿没有任何改动。</p>
            </div>
          )}
          {typeof fill === 'string' && (
            <div className="import-errors" role="alert">
              <p>{fill}</p>
            </div>
          )}
          {fill && typeof fill !== 'string' && (
            <>
              {fill.yearNote && <p className="import-warn">{fill.yearNote}</p>}
              <p>
                来自“{source!.name}”（{source!.draft.year} 年度）：{named.length} 项汇总数与{' '}
                {keys.length - named.length} 个功能科目，{fill.changed} 项与现有的上年
                {basis === 'actual' ? '执行数' : '预算数'}不同。
              </p>
              <table>
                <thead>
                  <tr>
                    <th>项目</th>
                    <th>上年数（{unit}）</th>
                    <th>现有值</th>
                  </tr>
                </thead>
                <tbody>
                  {named.map((k) => (
                    <tr key={k}>
                      <td>{LABELS[k] ?? k}</td>
                      <td>{fill.figures[k]}</td>
                      <td>{current?.prior[basis]?.[k] ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
        <footer className="import-dialog-foot">
          <button
            type="button"
            className="primary"
            disabled={busy || !fill || typeof fill === 'string'}
            onClick={() => void apply()}
          >
            填入上年数
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}
