/** Amount units of a draft (docs/draft-format.md `amountUnit` / `publishUnit`). */
export type AmountUnit = 'yuan' | 'wanyuan';

export const AMOUNT_UNITS: readonly AmountUnit[] = ['yuan', 'wanyuan'];

/** Chinese label as printed in table headers (单位：万元). */
export const UNIT_LABEL: Record<AmountUnit, string> = { yuan: '元', wanyuan: '万元' };

/** How many decimals an amount may carry in each unit: 元 to the 分, 万元 to the 分 too (6). */
export const MAX_DECIMALS: Record<AmountUnit, number> = { yuan: 2, wanyuan: 6 };

/** 分 per unit: the engine counts in integer 分. */
export const CENTS_PER_UNIT: Record<AmountUnit, number> = { yuan: 100, wanyuan: 1_000_000 };
