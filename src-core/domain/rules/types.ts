import type { Stream } from '../tables/spec';
import type { RuleContext } from './context';
import type { LineView } from './line-view';

export type Severity = 'error' | 'warning';

/** What a finding points at, so that a click can take the officer there. */
export type Target =
  | { table: string; row: string; column: string }
  | { line: string; field?: string }
  | { unit: string }
  | { project: string; field?: string }
  | { text: string }
  | { prior: string };

/** One result of a rule (docs/rules.md): amounts in `expected`/`actual` are in the publish unit. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  target: Target;
  expected?: string;
  actual?: string;
  /** The officer's 出错说明 when this warning has been explained (draft `reviews`). */
  explained?: string;
}

export type FindingDraft = Omit<Finding, 'rule' | 'severity' | 'explained'>;

/** What a change touched; aggregate rules re-run when one of their triggers is touched. */
export type Trigger =
  'expense' | 'income' | 'carryForward' | 'procurement' | 'units' | 'projects' | 'text' | 'prior' | 'assets' | 'meta';

interface RuleBase {
  id: string;
  severity: Severity;
  /** Chinese title shown in the 审核 panel. */
  title: string;
  /** What the rule checks, in Chinese (docs/rules.md). */
  description: string;
}

/** A rule on one line at a time (re-run for a line when that line changes). */
export interface LineRule extends RuleBase {
  scope: 'line';
  streams: readonly Stream[];
  /** Also re-run for every line when one of these parts changes (e.g. units for R-UNIT-RUN). */
  dependsOn?: readonly Trigger[];
  check(line: LineView, ctx: RuleContext): FindingDraft[] | undefined;
}

/** A rule over aggregates (balances, projects, texts), cheap to re-run from maintained sums. */
export interface DraftRule extends RuleBase {
  scope: 'draft';
  triggers: readonly Trigger[];
  check(ctx: RuleContext): FindingDraft[];
}

/** What an entity rule checks one at a time; the engine re-checks only the entities a change touched. */
export type Entity = 'unit' | 'project' | 'signature' | 'function';

/**
 * A rule over one entity at a time (a unit's balances, a project, a group of identical lines):
 * after a line change only the touched entities are re-checked. The key `*` is checked on every
 * run too, for a rule's department-wide part (e.g. R-PROC's total).
 */
export interface EntityRule extends RuleBase {
  scope: 'entity';
  entity: Entity;
  triggers: readonly Trigger[];
  /** Every key, for a full run. */
  keys(ctx: RuleContext): Iterable<string>;
  check(key: string, ctx: RuleContext): FindingDraft[];
}

/** A rule over the published tables, checked incrementally on the rows a change touched. */
export interface TableRule extends RuleBase {
  scope: 'tables';
}

export type Rule = LineRule | DraftRule | EntityRule | TableRule;
