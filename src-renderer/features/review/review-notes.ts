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

/** What `describeTarget` looks names up in: the open draft, its catalogs and its layout's tables. */
export interface TargetNames {
  unit(code: string): string | undefined;
  project(code: string): string | undefined;
  /** 表号 and title of a published table, e.g. “表五 一般公共预算支出预算表”. */
  table(id: string): string | undefined;
  functionName(code: string): string | undefined;
  economicName(code: string): string | undefined;
  /** Chinese name of a 上年数 key (incomeTotal → 收入总计). */
  prior(key: string): string | undefined;
}

/** Chinese names of the 情况说明 texts a finding can point at (draft `text` keys). */
const TEXT_PLACES: Record<string, string> = {
  functions: '主要职能',
  composition: '部门预算单位构成',
  staffing: '机构设置及人员情况',
  contact: '联系人及联系方式',
  'other.assets': '国有资产占有使用情况',
};
const TEXT_GROUPS: Record<string, string> = {
  reasons: '增减原因',
  purposes: '资金用途',
  notes: '补充说明',
  glossary: '名词解释',
};

function rowName(row: string, names: TargetNames): string {
  const [kind, code] = row.split(':', 2);
  if (code === undefined) return '';
  if (kind === 'fn') return `${code} ${names.functionName(code) ?? ''}`.trim();
  if (kind === 'econ') return `${code} ${names.economicName(code) ?? ''}`.trim();
  if (kind === 'project') return names.project(code.split('/')[0]) ?? '';
  if (kind === 'unit') return names.unit(code) ?? '';
  return '';
}

function textPlace(key: string, names: TargetNames): string {
  if (TEXT_PLACES[key]) return TEXT_PLACES[key];
  const dot = key.indexOf('.');
  const group = dot < 0 ? undefined : TEXT_GROUPS[key.slice(0, dot)];
  if (!group) return '';
  const detail = rowName(key.slice(dot + 1), names) || names.prior(key.slice(dot + 1)) || '';
  return detail ? `${group}（${detail}）` : group;
}

/**
 * A short Chinese description of what a review's target pointed at, for 已失效的说明 — names, never
 * the draft's keys (a table's 表号, a 科目's code and name, a unit's or project's name); what cannot
 * be named is left out rather than shown as a key.
 */
export function describeTarget(target: unknown, names: TargetNames): string {
  if (target === null || typeof target !== 'object') return '（位置不明）';
  const t = target as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  if ('table' in t) {
    const row = rowName(s(t.row), names);
    return ['公开表', names.table(s(t.table)) ?? '', row ? `“${row}”行` : ''].filter(Boolean).join(' ');
  }
  if ('line' in t) return '一条明细行';
  if ('unit' in t) return `单位 ${names.unit(s(t.unit)) ?? '（已删除的单位）'}`;
  if ('project' in t) return `项目 ${names.project(s(t.project)) ?? '（已删除的项目）'}`;
  if ('text' in t) return ['情况说明', textPlace(s(t.text), names)].filter(Boolean).join(' ');
  if ('prior' in t) return ['上年数', names.prior(s(t.prior)) ?? ''].filter(Boolean).join(' ');
  return '（位置不明）';
}
