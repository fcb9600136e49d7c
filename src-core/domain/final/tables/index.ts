import type { TableSpec } from '../../tables/spec';
import { F01 } from './F01';
import { F02, F03 } from './F02_F03';
import { F04 } from './F04';
import { F05, F06 } from './F05_F06';
import { F07, F08, F08_INCOME_EXPENSE } from './F07_F08';
import { F09 } from './F09';

/**
 * Every 决算 table definition (docs/final-accounts.md, 公开01–09表, and variants a region prints).
 * Layouts choose among them.
 */
export const FINAL_TABLE_SPECS: readonly TableSpec[] = [
  F01,
  F02,
  F03,
  F04,
  F05,
  F06,
  F07,
  F08,
  F08_INCOME_EXPENSE,
  F09,
];

export const FINAL_TABLE_IDS = ['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09'] as const;

export function findFinalTableSpec(id: string, variant = 'default'): TableSpec | undefined {
  return FINAL_TABLE_SPECS.find((t) => t.id === id && t.variant === variant);
}
