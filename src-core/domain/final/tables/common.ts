import type { FactFilter, FixedRowSpec } from '../../tables/spec';

/** Shared pieces of the 决算 table definitions (docs/final-accounts.md). */

/** 财政拨款: 一般公共预算, 政府性基金预算, 国有资本经营预算. */
export const FISCAL = ['gpb', 'gf', 'soc'] as const;

/**
 * 年末结转和结余 of any money: opening + income + surplusUsed − expenses − distribution, as a
 * filter (the five streams) and the part it subtracts. Never typed: derived by the engine.
 */
export const CLOSING: { filter: FactFilter; subtract: FactFilter } = {
  filter: { stream: ['opening', 'income', 'surplusUsed', 'expense', 'distribution'] },
  subtract: { stream: ['expense', 'distribution'] },
};

/**
 * 年末结转和结余 of 财政拨款: opening + income − expenses (使用非财政拨款结余 and 结余分配 are, by
 * their names, not 财政拨款; R-F-BAL reports them on a fiscal source).
 */
export const FISCAL_CLOSING: { filter: FactFilter; subtract: FactFilter } = {
  filter: { stream: ['opening', 'income', 'expense'] },
  subtract: { stream: ['expense'] },
};

/** 总计 of either side of a 收入支出 table: what came in (= what went out + what is left). */
export const GRAND_TOTAL_STREAMS: FactFilter = { stream: ['opening', 'income', 'surplusUsed'] };

/** A row of a two-sided table. */
export const row = (key: string, name: string, level: number, filter: FactFilter, extra?: Partial<FixedRowSpec>) =>
  ({ type: 'fixed', key, name, level, filter, ...extra }) as FixedRowSpec;
