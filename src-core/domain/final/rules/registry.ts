import type { Layout } from '../../layout/types';
import { R_AMOUNT } from '../../rules/defs/r-amount';
import { R_CODE_ECON, R_CODE_FN } from '../../rules/defs/r-code';
import { R_DUP } from '../../rules/defs/r-dup';
import { R_KIND_ECON } from '../../rules/defs/r-kind-econ';
import { R_LINK_SOCIAL } from '../../rules/defs/r-link-social';
import { R_PROJECT } from '../../rules/defs/r-project';
import { R_ROUND } from '../../rules/defs/r-round';
import { R_UNIT_RUN } from '../../rules/defs/r-unit-run';
import { R_ZERO } from '../../rules/defs/r-zero';
import { applyLayoutRules } from '../../rules/registry';
import { R_F_BAL } from './r-f-bal';
import { R_F_EXEC } from './r-f-exec';
import { R_F_PRIOR } from './r-f-prior';
import { R_F_THREE } from './r-f-three';
import { fromBudgetEntityRule, type FinalRuleEntry } from './types';

/**
 * The rules of a 决算 draft (docs/final-accounts.md), in the order findings are listed: the 决算
 * rules and the budget line rules that apply as they are — codes, kinds, projects, amounts, 科目对应,
 * 运行 items, duplicates — and R-ROUND over the 决算 tables. Left out: the budget balance rules
 * (R-BAL-*: a 决算 balances through its derived 年末结转和结余, R-F-BAL), R-REASON (R-F-PRIOR),
 * and the rules about 绩效目标 and texts that belong to the 预算 (R-PROJECT-EMPTY, R-PERF-WEIGHT,
 * R-PROC, R-TEXT, R-EMPTY-UNIT).
 */
export const FINAL_RULES: readonly FinalRuleEntry[] = [
  R_F_BAL,
  R_CODE_FN,
  R_CODE_ECON,
  R_KIND_ECON,
  R_PROJECT,
  R_AMOUNT,
  R_ZERO,
  R_LINK_SOCIAL,
  R_UNIT_RUN,
  fromBudgetEntityRule(R_DUP, ['expense']),
  R_F_EXEC,
  R_F_THREE,
  R_F_PRIOR,
  R_ROUND,
];

/** The 决算 rules in force under a layout: its severity overrides applied, its disabled rules removed. */
export function finalRulesForLayout(layout: Layout, rules: readonly FinalRuleEntry[] = FINAL_RULES): FinalRuleEntry[] {
  return applyLayoutRules(layout, rules);
}
