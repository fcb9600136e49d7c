import type { Review } from '../../../src-core/domain/draft/types';
import { RULES } from '../../../src-core/domain/rules/registry';
import type { Finding } from '../../../src-core/domain/rules/types';

/**
 * 出错说明 (draft `reviews`, docs/rules.md): pure helpers of the 审核 panel. A review belongs to the
 * warning with the same `rule` and the same `target` (compared as JSON, as the engine's findings
 * store matches them), so the target is stored exactly as the finding carries it.
 */

/** The identity of a finding's explanation: rule and target as JSON (the findings store's key). */
export function reviewKey(rule: string, target: unknown): string {
  return `${rule}|${JSON.stringify(target)}`;
}

/** Longest 出错说明 accepted (a short explanation, not a report). */
export const NOTE_MAX_LENGTH = 500;

/**
 * The reviews after writing `note` for the warning (`rule`, `target`): a blank note removes the
 * explanation; otherwise the first review of that warning gets the note (keeping its `extra`) and
 * any duplicates of it are dropped, or a new review is appended. Other reviews are untouched, in
 * their order. Returns the same array when nothing changes.
 */
export function withReviewNote(
  reviews: readonly Review[],
  rule: string,
  target: unknown,
  note: string,
): readonly Review[] {
  const text = note.trim();
  const key = reviewKey(rule, target);
  const matches = reviews.filter((r) => reviewKey(r.rule, r.target) === key);
  if (text === '') return matches.length === 0 ? reviews : reviews.filter((r) => !matches.includes(r));
  if (matches.length === 1 && matches[0].note === text) return reviews;
  if (matches.length === 0) return [...reviews, { rule, target: structuredCloneData(target), note: text }];
  const first = matches[0];
  const out: Review[] = [];
  for (const r of reviews) {
    if (r === first) out.push({ ...r, note: text });
    else if (!matches.includes(r)) out.push(r);
  }
  return out;
}

/** The reviews without the explanation of (`rule`, `target`). */
export function withoutReview(reviews: readonly Review[], rule: string, target: unknown): readonly Review[] {
  return withReviewNote(reviews, rule, target, '');
}

/** A copy of plain JSON data (targets are small JSON objects; key order is kept). */
function structuredCloneData<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** What the panel's header counts: errors, warnings, and how many of the warnings are explained. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  explained: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let explained = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.explained) explained++;
  }
  return { errors, warnings: findings.length - errors, explained };
}

/** What the panel lists: a severity, and whether explained warnings are hidden (只看未说明). */
export interface FindingFilter {
  severity: 'all' | Finding['severity'];
  onlyUnexplained: boolean;
  /** Only the 收支平衡 rules (R-BAL-*): what the status bar's 差额 leads to. */
  onlyBalance?: boolean;
}

export const ALL_FINDINGS: FindingFilter = { severity: 'all', onlyUnexplained: false };

/** The findings that explain a 差额: income and expenses differ in total, per unit or per source. */
export const BALANCE_FINDINGS: FindingFilter = { ...ALL_FINDINGS, onlyBalance: true };

const isBalance = (f: Finding) => f.rule.startsWith('R-BAL-');

/**
 * The findings the panel lists, in the engine's order (errors first): those of the chosen severity,
 * without the explained warnings when `onlyUnexplained`. The panel draws the first few hundred of
 * this list, so the filter applies before the cut (with hundreds of errors, 只看提示 still reaches
 * every warning). Returns the list itself when nothing is filtered.
 */
export function visibleFindings(findings: readonly Finding[], filter: FindingFilter): readonly Finding[] {
  const { severity, onlyUnexplained, onlyBalance } = filter;
  if (severity === 'all' && !onlyUnexplained && !onlyBalance) return findings;
  return findings.filter(
    (f) =>
      (severity === 'all' || f.severity === severity) &&
      !(onlyUnexplained && f.explained) &&
      !(onlyBalance && !isBalance(f)),
  );
}

/**
 * Reviews whose warning no longer exists (the officer fixed its cause, or the line was deleted):
 * kept in the draft, listed apart as 已失效的说明. Only warnings with a rule that some review names
 * are turned into keys, so thousands of findings cost one pass and few JSON conversions.
 */
export function staleReviews(reviews: readonly Review[], findings: readonly Finding[]): readonly Review[] {
  if (reviews.length === 0) return [];
  const rules = new Set(reviews.map((r) => r.rule));
  const live = new Set<string>();
  for (const f of findings) {
    if (f.severity === 'warning' && rules.has(f.rule)) live.add(reviewKey(f.rule, f.target));
  }
  return reviews.filter((r) => !live.has(reviewKey(r.rule, r.target)));
}

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/** The Chinese title of a rule (审核规则), or its id when the rule is unknown (an older draft). */
export function ruleTitle(rule: string): string {
  return RULE_TITLES.get(rule) ?? rule;
}

/** A short Chinese description of what a review's target pointed at, for 已失效的说明. */
export function describeTarget(target: unknown): string {
  if (target === null || typeof target !== 'object') return '（位置不明）';
  const t = target as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  if ('table' in t) return `公开表 ${s(t.table)}，行 ${s(t.row)}，列 ${s(t.column)}`;
  if ('line' in t) return '一条明细行';
  if ('unit' in t) return `单位 ${s(t.unit)}`;
  if ('project' in t) return `项目 ${s(t.project)}`;
  if ('text' in t) return `情况说明 ${s(t.text)}`;
  if ('prior' in t) return `上年数 ${s(t.prior)}`;
  return '（位置不明）';
}
