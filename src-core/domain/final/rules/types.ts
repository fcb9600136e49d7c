import type { EntityRule, FindingDraft, LineRule, Severity, TableRule } from '../../rules/types';
import type { FinalLineStream } from '../final-facts';
import type { FinalRuleContext } from '../rule-context';

/** What a change of a 决算 draft touched: a stream of lines, or a part of the head. */
export type FinalTrigger = FinalLineStream | 'units' | 'projects' | 'text' | 'prior' | 'budget' | 'three' | 'meta';

/**
 * A 决算 rule over aggregates, re-checked per entity a change touched (a unit, a function 项) or
 * as a whole (key `*`). Same shape as the budget's entity rules, over the 决算 context.
 */
export interface FinalRule {
  id: string;
  severity: Severity;
  scope: 'final';
  title: string;
  description: string;
  /** The entity a line change touches (its fact's unit or function); none: only `*` is checked. */
  entity?: 'unit' | 'function' | 'signature';
  triggers: readonly FinalTrigger[];
  /** Every key, for a full run (`*` is always checked too). */
  keys(ctx: FinalRuleContext): Iterable<string>;
  check(key: string, ctx: FinalRuleContext): FindingDraft[];
}

/** A rule in force on 决算 drafts: a 决算 rule, a budget line rule reused as is, or R-ROUND. */
export type FinalRuleEntry = FinalRule | LineRule | TableRule;

/** A budget entity rule (R-DUP) run on a 决算 draft through the shared context. */
export function fromBudgetEntityRule(rule: EntityRule, triggers: readonly FinalTrigger[]): FinalRule {
  return {
    id: rule.id,
    severity: rule.severity,
    scope: 'final',
    title: rule.title,
    description: rule.description,
    entity: rule.entity === 'project' ? undefined : rule.entity,
    triggers,
    keys: (ctx) => rule.keys(ctx.shared),
    check: (key, ctx) => rule.check(key, ctx.shared),
  };
}
