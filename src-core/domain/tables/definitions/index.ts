import type { TableSpec } from '../spec';
import { T01_CLASSES, T01_TREE } from './T01';
import { T02_BY_FUNCTION, T02_BY_UNIT } from './T02';
import { T03_BY_FUNCTION, T03_UNIT_BLOCKS } from './T03';
import { T04 } from './T04';
import { T05, T06 } from './T05_T06';
import { T07, T07_WITH_OFFICE_OPERATION } from './T07';
import { T08, T09 } from './T08_T09';
import { T10_CARRYOVER_APART, T10_MERGED, T10_SPLIT, T11, T11_PER_PROJECT, T12 } from './T10_T12';
import { T10A_CARRYOVER_APART, T10A_MERGED, T10A_SPLIT } from './T10A';
import { T13 } from './T13';
import { T14 } from './T14';

/** Every table definition, by id and variant. Layouts choose among them. */
export const TABLE_SPECS: readonly TableSpec[] = [
  T01_CLASSES,
  T01_TREE,
  T02_BY_UNIT,
  T02_BY_FUNCTION,
  T03_BY_FUNCTION,
  T03_UNIT_BLOCKS,
  T04,
  T05,
  T06,
  T07,
  T07_WITH_OFFICE_OPERATION,
  T08,
  T09,
  T10_SPLIT,
  T10_MERGED,
  T10_CARRYOVER_APART,
  T10A_SPLIT,
  T10A_MERGED,
  T10A_CARRYOVER_APART,
  T11,
  T11_PER_PROJECT,
  T12,
  T13,
  T14,
];

/** T10A and T13 are Zhejiang's (舟山 2022); T14 is Xinjiang's 表七 (docs/tables.md). */
export const TABLE_IDS = [
  'T01',
  'T02',
  'T03',
  'T04',
  'T05',
  'T06',
  'T07',
  'T08',
  'T09',
  'T10',
  'T10A',
  'T11',
  'T12',
  'T13',
  'T14',
] as const;

export function findTableSpec(id: string, variant = 'default'): TableSpec | undefined {
  return TABLE_SPECS.find((t) => t.id === id && t.variant === variant);
}
