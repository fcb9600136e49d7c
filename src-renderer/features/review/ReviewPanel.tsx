import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Review } from '../../../src-core/domain/draft/types';
import type { Finding } from '../../../src-core/domain/rules/types';
import type { DraftSession } from '../session/draft-session';
import { FindingItem, type FindingPlace } from './FindingItem';
import {
  ALL_FINDINGS,
  countFindings,
  reviewKey,
  staleReviews,
  visibleFindings,
  withReviewNote,
  type FindingFilter,
} from './review-notes';
import { StaleReviews } from './StaleReviews';
import { engineTargetNames } from './target-names';
import './review.css';

interface Props {
  /** The open draft: its `reviews` and the undo step that stores a changed explanation. */
  session: DraftSession;
  findings: readonly Finding[];
  /** A finding about one line was clicked: show it in 支出明细. */
  onShowLine(lineId: string, field: string | null): void;
  /** Whether a line id belongs to the grid (expense lines). */
  isGridLine(lineId: string): boolean;
  /** Other targets (a unit, a project, an income line …): where a button leads, or null. */
  locate?(finding: Finding): FindingPlace | null;
  /** The filter the panel opens with (the status bar's 差额 opens it on the 收支平衡 findings). */
  initialFilter?: FindingFilter;
}

/** How many findings are drawn at once; the rest are counted (a draft can have thousands). */
const SHOWN = 200;

/**
 * 审核: every finding of the rules, errors first (the engine's order), each with a 定位 button; a
 * warning can be explained (出错说明, draft `reviews`), each change one undo step (Ctrl+Z / Ctrl+Y
 * here as elsewhere). The filter (只看错误/只看提示, 只看未说明) applies before the first 200 are drawn.
 */
export function ReviewPanel({ session, findings, onShowLine, isGridLine, locate, initialFilter }: Props) {
  const root = useRef<HTMLElement>(null);
  const staleList = useRef<HTMLDetailsElement>(null);
  const [filter, setFilter] = useState<FindingFilter>(initialFilter ?? ALL_FINDINGS);
  const [editing, setEditing] = useState<string | null>(null);
  const reviews = session.head.reviews;

  const counts = useMemo(() => countFindings(findings), [findings]);
  const visible = useMemo(() => visibleFindings(findings, filter), [findings, filter]);
  const stale = useMemo(() => staleReviews(reviews, findings), [reviews, findings]);
  const shown = visible.slice(0, SHOWN);

  /** An action may remove the focused button: keep the keyboard in the panel so that Ctrl+Z works. */
  const keepFocus = () =>
    requestAnimationFrame(() => {
      if (root.current && !root.current.contains(document.activeElement)) root.current.focus();
    });
  const saveNote = (rule: string, target: unknown, note: string) => {
    const before = session.head.reviews;
    const after = withReviewNote(before, rule, target, note);
    if (after === before) return;
    const had = before.some((r) => reviewKey(r.rule, r.target) === reviewKey(rule, target));
    const label = note.trim() === '' ? '删除出错说明' : had ? '修改出错说明' : '填写出错说明';
    session.setPart(label, 'reviews', after as Review[]);
    keepFocus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    if (e.target instanceof HTMLTextAreaElement || (e.target instanceof HTMLInputElement && e.target.type === 'text'))
      return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      session.undo();
      keepFocus();
    } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
      e.preventDefault();
      session.redo();
      keepFocus();
    }
  };

  const placeOf = (f: Finding): FindingPlace | null => {
    if ('line' in f.target && isGridLine(f.target.line)) {
      const { line, field } = f.target;
      return { label: '定位到支出明细', go: () => onShowLine(line, field ?? null) };
    }
    return locate?.(f) ?? null;
  };

  const seen = new Map<string, number>();
  return (
    <section
      className="review-panel"
      aria-label="审核"
      data-testid="review-panel"
      ref={root}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="review-toolbar">
        <h2 className="pane-title">审核结果</h2>
        <span className="review-counts" data-testid="review-counts">
          <span className={counts.errors > 0 ? 'bad' : undefined}>错误 {counts.errors}</span> · 提示 {counts.warnings} ·
          已说明 {counts.explained}
        </span>
        {stale.length > 0 && (
          <button
            type="button"
            className="review-stale-link"
            onClick={() => {
              if (!staleList.current) return;
              staleList.current.open = true;
              staleList.current.scrollIntoView({ block: 'nearest' });
            }}
          >
            已失效的说明 {stale.length} 条
          </button>
        )}
        <label className="review-filter">
          显示
          <select
            value={filter.severity}
            onChange={(e) => setFilter((f) => ({ ...f, severity: e.target.value as FindingFilter['severity'] }))}
          >
            <option value="all">全部</option>
            <option value="error">只看错误</option>
            <option value="warning">只看提示</option>
          </select>
        </label>
        {filter.onlyBalance && (
          <button
            type="button"
            className="review-topic"
            title="显示全部审核结果"
            onClick={() => setFilter((f) => ({ ...f, onlyBalance: false }))}
          >
            只看收支平衡 ✕
          </button>
        )}
        <label className="review-filter">
          <input
            type="checkbox"
            checked={filter.onlyUnexplained}
            onChange={(e) => setFilter((f) => ({ ...f, onlyUnexplained: e.target.checked }))}
          />
          只看未说明
        </label>
        <span className="review-actions">
          <button
            type="button"
            onClick={() => {
              session.undo();
              keepFocus();
            }}
            disabled={!session.undoLabel}
            title="Ctrl+Z"
          >
            撤销{session.undoLabel ? ` ${session.undoLabel}` : ''}
          </button>
          <button
            type="button"
            onClick={() => {
              session.redo();
              keepFocus();
            }}
            disabled={!session.redoLabel}
            title="Ctrl+Y"
          >
            重做{session.redoLabel ? ` ${session.redoLabel}` : ''}
          </button>
        </span>
      </header>
      <p className="review-hint">提示性审核可以填写出错说明，说明随草稿保存并导出；错误必须修改，不能以说明代替。</p>
      {findings.length === 0 ? (
        <p className="review-empty">未发现问题。</p>
      ) : visible.length === 0 ? (
        <p className="review-empty">没有符合筛选条件的问题。</p>
      ) : (
        <ul>
          {shown.map((f) => {
            const key = reviewKey(f.rule, f.target);
            const n = seen.get(key) ?? 0;
            seen.set(key, n + 1);
            return (
              <FindingItem
                key={`${key}#${n}`}
                finding={f}
                place={placeOf(f)}
                editing={editing === key && n === 0}
                onEdit={() => setEditing(key)}
                onCloseEditor={() => setEditing((k) => (k === key ? null : k))}
                onSaveNote={(note) => saveNote(f.rule, f.target, note)}
              />
            );
          })}
        </ul>
      )}
      {visible.length > SHOWN && (
        <p className="review-more">
          另有 {visible.length - SHOWN} 条未列出：处理上面的问题，或用“显示”“只看未说明”筛选后可看到其余各条。
        </p>
      )}
      <StaleReviews
        ref={staleList}
        reviews={stale}
        names={() => engineTargetNames(session.engine)}
        onDelete={(r) => saveNote(r.rule, r.target, '')}
      />
    </section>
  );
}
