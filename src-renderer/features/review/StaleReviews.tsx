import type { Ref } from 'react';
import type { Review } from '../../../src-core/domain/draft/types';
import { describeTarget, ruleTitle, type TargetNames } from './review-notes';

interface Props {
  reviews: readonly Review[];
  /** Names of the draft's units, projects, tables … the targets are described with (asked for only when listed). */
  names: () => TargetNames;
  onDelete(review: Review): void;
  /** The list's element, so that the panel's toolbar can open it and scroll to it. */
  ref?: Ref<HTMLDetailsElement>;
}

/**
 * 已失效的说明: explanations whose warning no longer appears (its cause was fixed, its line
 * deleted). They stay in the draft — the warning may come back, and nothing written is dropped
 * silently — and are listed here so that the officer can delete them.
 */
export function StaleReviews({ reviews, names, onDelete, ref }: Props) {
  if (reviews.length === 0) return null;
  const named = names();
  return (
    <details className="stale-reviews" data-testid="stale-reviews" ref={ref}>
      <summary>
        已失效的说明 {reviews.length} 条 <small>对应的提示已不再出现；保留在草稿中，如不再需要可删除。</small>
      </summary>
      <ul>
        {reviews.map((r, i) => (
          <li key={i} className="stale-review" data-review-rule={r.rule}>
            <div className="finding-head">
              <span className="rule-title">{ruleTitle(r.rule)}</span>
              <code className="rule-id">{r.rule}</code>
              <span className="stale-target">{describeTarget(r.target, named)}</span>
              <span className="finding-actions">
                <button type="button" className="finding-note-action" onClick={() => onDelete(r)}>
                  删除
                </button>
              </span>
            </div>
            <p className="finding-note">
              <span className="finding-note-label">出错说明：</span>
              {r.note}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
