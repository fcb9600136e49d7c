import type { Layout } from '../layout/types';
import type { Rule, Severity } from './types';
// One file per rule, named by its id (r-bal.ts and r-code.ts hold the R-BAL-* and R-CODE-* rules,
// which share one check).
import { R_AMOUNT } from './defs/r-amount';
import { R_ASSETS } from './defs/r-assets';
import { R_BAL_SOURCE, R_BAL_TOTAL, R_BAL_UNIT } from './defs/r-bal';
import { R_CODE_ECON, R_CODE_FN } from './defs/r-code';
import { R_DUP } from './defs/r-dup';
import { R_EMPTY_UNIT } from './defs/r-empty-unit';
import { R_KIND_ECON } from './defs/r-kind-econ';
import { R_LINK_SOCIAL } from './defs/r-link-social';
import { R_PERF_WEIGHT } from './defs/r-perf-weight';
import { R_PROC } from './defs/r-proc';
import { R_PROJECT } from './defs/r-project';
import { R_PROJECT_EMPTY } from './defs/r-project-empty';
import { R_REASON } from './defs/r-reason';
import { R_ROUND } from './defs/r-round';
import { R_TEXT } from './defs/r-text';
import { R_UNIT_RUN } from './defs/r-unit-run';
import { R_ZERO } from './defs/r-zero';

/** Every rule of docs/rules.md, in the order of that table. */
export const RULES: readonly Rule[] = [
  R_BAL_TOTAL,
  R_BAL_UNIT,
  R_BAL_SOURCE,
  R_CODE_FN,
  R_CODE_ECON,
  R_KIND_ECON,
  R_PROJECT,
  R_AMOUNT,
  R_ZERO,
  R_LINK_SOCIAL,
  R_UNIT_RUN,
  R_DUP,
  R_EMPTY_UNIT,
  R_PROJECT_EMPTY,
  R_PERF_WEIGHT,
  R_PROC,
  R_REASON,
  R_TEXT,
  R_ASSETS,
  R_ROUND,
];

/** The rules in force under a layout: its severity overrides applied, its disabled rules removed. */
export function rulesForLayout(layout: Layout, rules: readonly Rule[] = RULES): Rule[] {
  return applyLayoutRules(layout, rules);
}

/** A layout's `rules` (severity overrides, disabled ids) applied to any list of rules (预算 or 决算). */
export function applyLayoutRules<R extends { id: string; severity: Severity }>(
  layout: Pick<Layout, 'rules'>,
  rules: readonly R[],
): R[] {
  const disabled = new Set(layout.rules?.disabled ?? []);
  const severity = layout.rules?.severity ?? {};
  return rules
    .filter((r) => !disabled.has(r.id))
    .map((r) => (severity[r.id] ? { ...r, severity: severity[r.id] as Severity } : r));
}
