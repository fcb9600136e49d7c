import type { ColumnSpec, TableSpec } from '../spec';
import { GPB_CURRENT, totalRow, UNIT_NAME } from './common';

/** Economic codes of the “三公”经费 (README: 30212, 31013 (and 30913), 30231, 30217). */
export const THREE_PUBLIC_CODES = {
  abroad: ['30212'],
  vehiclePurchase: ['31013', '30913'],
  vehicleOperation: ['30231'],
  reception: ['30217'],
} as const;

const ALL = [
  ...THREE_PUBLIC_CODES.abroad,
  ...THREE_PUBLIC_CODES.vehiclePurchase,
  ...THREE_PUBLIC_CODES.vehicleOperation,
  ...THREE_PUBLIC_CODES.reception,
];

const priorCol = (key: string, title: string, prior: string[]): ColumnSpec => ({
  key: `prior.${key}`,
  title,
  group: '上年预算数',
  optional: true,
  prior,
  priorRow: 'total',
});

/** T07 一般公共预算“三公”经费支出表 by unit, with the optional prior-year block. */
export const T07: TableSpec = {
  id: 'T07',
  variant: 'default',
  title: '一般公共预算“三公”经费支出表',
  labelColumns: UNIT_NAME,
  sections: [
    {
      id: 'main',
      filter: { ...GPB_CURRENT, economic: ALL },
      columns: threePublicColumns(),
      rows: [totalRow(), { type: 'group', by: 'unit', prefix: 'unit:' }],
    },
  ],
};

/**
 * T07 as Shanghai prints it (部门“三公”经费和机关运行经费预算表): the same columns and 机关运行经费
 * (`officeOperation`: gpb current 公用经费 of admin and civil units, or of every unit when the layout's
 * `officeOperationScope` is `all`), which is not part of the “三公” total.
 */
export const T07_WITH_OFFICE_OPERATION: TableSpec = {
  ...T07,
  variant: 'withOfficeOperation',
  title: '“三公”经费和机关运行经费预算表',
  sections: [
    {
      id: 'main',
      filter: GPB_CURRENT,
      columns: [
        ...threePublicColumns().map((c) => (c.key === 'total' ? { ...c, filter: { economic: ALL } } : c)),
        {
          key: 'officeOperation',
          title: '机关运行经费',
          filter: { kind: ['public'], unitType: ['admin', 'civil'] },
        },
      ],
      rows: [totalRow(), { type: 'group', by: 'unit', prefix: 'unit:' }],
    },
  ],
};

function threePublicColumns(): ColumnSpec[] {
  return [
    { key: 'total', title: '“三公”经费合计', sumOf: ['abroad', 'vehicle', 'reception'] },
    { key: 'abroad', title: '因公出国（境）费用', filter: { economic: THREE_PUBLIC_CODES.abroad } },
    {
      key: 'vehicle',
      title: '小计',
      group: '公务用车购置及运行费',
      sumOf: ['vehiclePurchase', 'vehicleOperation'],
      filter: { economic: [...THREE_PUBLIC_CODES.vehiclePurchase, ...THREE_PUBLIC_CODES.vehicleOperation] },
    },
    {
      key: 'vehiclePurchase',
      title: '公务用车购置费',
      group: '公务用车购置及运行费',
      filter: { economic: THREE_PUBLIC_CODES.vehiclePurchase },
    },
    {
      key: 'vehicleOperation',
      title: '公务用车运行维护费',
      group: '公务用车购置及运行费',
      filter: { economic: THREE_PUBLIC_CODES.vehicleOperation },
    },
    { key: 'reception', title: '公务接待费', filter: { economic: THREE_PUBLIC_CODES.reception } },
    priorCol('total', '“三公”经费合计', ['threeTotal']),
    priorCol('abroad', '因公出国（境）费用', ['abroad']),
    priorCol('vehicle', '公务用车购置及运行费', ['vehiclePurchase', 'vehicleOperation']),
    priorCol('vehiclePurchase', '公务用车购置费', ['vehiclePurchase']),
    priorCol('vehicleOperation', '公务用车运行维护费', ['vehicleOperation']),
    priorCol('reception', '公务接待费', ['reception']),
  ];
}
