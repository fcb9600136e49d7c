import type { ColumnSpec, TableSpec } from '../../tables/spec';
import { THREE_PUBLIC_CODES } from '../../tables/definitions/T07';
import { FISCAL } from './common';

const three = THREE_PUBLIC_CODES;
const VEHICLE = [...three.vehiclePurchase, ...three.vehicleOperation];
const ALL = [...three.abroad, ...VEHICLE, ...three.reception];

/** 预算数: the 全年预算数 of `budget.adjusted` (threeTotal falls back to the sum of its items). */
const budget = (key: string, title: string, keys: string[]): ColumnSpec => ({
  key: `budget.${key}`,
  title,
  group: '预算数',
  figure: { from: 'budget.adjusted', keys, row: 'total' },
});

/** 决算数: 财政拨款 lines of the 三公 economic codes, any kind (项目支出 included). */
const spent = (key: string, title: string, economic: readonly string[], sumOf?: string[]): ColumnSpec => ({
  key: `final.${key}`,
  title,
  group: '决算数',
  filter: { economic },
  ...(sumOf ? { sumOf: sumOf.map((k) => `final.${k}`) } : {}),
});

/**
 * F09 财政拨款“三公”经费支出决算表 (公开09表): 全年预算数 and 决算数 of each item. 决算数 includes
 * spending from money carried over (every 财政拨款 line is 本年支出 in a 决算).
 */
export const F09: TableSpec = {
  id: 'F09',
  variant: 'default',
  title: '财政拨款“三公”经费支出决算表',
  labelColumns: [],
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense', source: FISCAL, economic: ALL },
      columns: [
        budget('total', '合计', ['threeTotal']),
        budget('abroad', '因公出国（境）费', ['abroad']),
        budget('vehicle', '公务用车购置及运行维护费', ['vehiclePurchase', 'vehicleOperation']),
        budget('vehiclePurchase', '公务用车购置费', ['vehiclePurchase']),
        budget('vehicleOperation', '公务用车运行维护费', ['vehicleOperation']),
        budget('reception', '公务接待费', ['reception']),
        spent('total', '合计', ALL, ['abroad', 'vehicle', 'reception']),
        spent('abroad', '因公出国（境）费', three.abroad),
        spent('vehicle', '公务用车购置及运行维护费', VEHICLE, ['vehiclePurchase', 'vehicleOperation']),
        spent('vehiclePurchase', '公务用车购置费', three.vehiclePurchase),
        spent('vehicleOperation', '公务用车运行维护费', three.vehicleOperation),
        spent('reception', '公务接待费', three.reception),
      ],
      rows: [{ type: 'fixed', key: 'total', name: '合计', level: 0, emphasis: true }],
    },
  ],
};
