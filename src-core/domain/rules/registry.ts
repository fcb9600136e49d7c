import type { Layout } from '../layout/types';
import type { Rule, Severity } from './types';
import { R_AMOUNT, R_ZERO } from './defs/amount';
import { R_BAL_SOURCE, R_BAL_TOTAL, R_BAL_UNIT } from './defs/balance';
import { R_CODE_ECON, R_CODE_FN } from './defs/codes';
import { R_DUP } from './defs/duplicates';
import { R_KIND_ECON, R_PROJECT } from './defs/kind';
import { R_LINK_SOCIAL, R_UNIT_RUN } from './defs/links';
import { R_EMPTY_UNIT, R_PERF_WEIGHT, R_PROC, R_PROJECT_EMPTY } from './defs/projects';
import { R_ROUND } from './defs/round';
import { R_REASON, R_TEXT } from './defs/text';

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
  R_ROUND,
];

/** The rules in force under a layout: its severity overrides applied, its disabled rules removed. */
export function rulesForLayout(layout: Layout, rules: readonly Rule[] = RULES): Rule[] {
  const disabled = new Set(layout.rules?.disabled ?? []);
  const severity = layout.rules?.severity ?? {};
  return rules
    .filter((r) => !disabled.has(r.id))
    .map((r) => (severity[r.id] ? { ...r, severity: severity[r.id] as Severity } : r));
}
