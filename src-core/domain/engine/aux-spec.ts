import { ALL_SOURCES, CARRYOVER_SOURCES, CURRENT_SOURCES } from '../draft/vocabulary';
import type { Layout } from '../layout/types';
import { THREE_PUBLIC_CODES } from '../tables/definitions/T07';
import type { ColumnSpec, FixedRowSpec, TableSpec } from '../tables/spec';

/**
 * Internal aggregates the rules and the report read, maintained by the same incremental engine as
 * the published tables (never printed): the comparison metrics (prior keys), balances per unit ×
 * source, project sums, and which function codes are used.
 */
export const AUX_ID = '_AUX';

const GPB_CUR = { stream: 'expense', source: ['gpb'], carryover: false } as const;
const three = THREE_PUBLIC_CODES;

const metric = (key: string, name: string, filter: FixedRowSpec['filter']): FixedRowSpec => ({
  type: 'fixed',
  key,
  name,
  filter,
});

/** Balance columns: `in|gpb|0` income, `out|gpb|0` expense, `cf|gpb` 年终结转结余, and totals. */
export function balanceColumns(): ColumnSpec[] {
  const cols: ColumnSpec[] = [
    { key: 'in', title: '收入', filter: { stream: 'income' } },
    { key: 'out', title: '支出', filter: { stream: 'expense' } },
    { key: 'cf', title: '年终结转结余', filter: { stream: 'carryForward' } },
    { key: 'count', title: '行数', filter: { stream: ['income', 'expense'] } },
  ];
  const add = (sources: readonly string[], carryover: boolean) => {
    for (const s of sources) {
      const c = carryover ? 1 : 0;
      cols.push({ key: `in|${s}|${c}`, title: '', filter: { stream: 'income', source: [s], carryover } });
      cols.push({ key: `out|${s}|${c}`, title: '', filter: { stream: 'expense', source: [s], carryover } });
    }
  };
  add(CURRENT_SOURCES, false);
  add(CARRYOVER_SOURCES, true);
  for (const s of ALL_SOURCES) {
    cols.push({ key: `cf|${s}`, title: '', filter: { stream: 'carryForward', source: [s] } });
  }
  return cols;
}

export function auxSpec(layout: Layout): TableSpec {
  const officeUnits = layout.officeOperationScope === 'all' ? undefined : ['admin', 'civil'];
  return {
    id: AUX_ID,
    variant: 'default',
    title: '内部汇总',
    labelColumns: [],
    sections: [
      {
        id: 'metrics',
        filter: {},
        columns: [{ key: 'amount', title: '金额' }],
        rows: [
          metric('incomeTotal', '收入总计', { stream: 'income' }),
          metric('expenseTotal', '支出总计', { stream: ['expense', 'carryForward'] }),
          metric('fiscal', '财政拨款收入', { stream: 'income', source: ['gpb', 'gf', 'soc'], carryover: false }),
          metric('gpb', '一般公共预算当年拨款', GPB_CUR),
          metric('basic', '基本支出', { stream: 'expense', kind: ['personnel', 'public'] }),
          metric('personnel', '人员支出', { stream: 'expense', kind: ['personnel'] }),
          metric('public', '日常公用支出', { stream: 'expense', kind: ['public'] }),
          metric('project', '项目支出', { stream: 'expense', kind: ['project'] }),
          metric('threeTotal', '“三公”经费', {
            ...GPB_CUR,
            economic: [...three.abroad, ...three.vehiclePurchase, ...three.vehicleOperation, ...three.reception],
          }),
          metric('abroad', '因公出国（境）费', { ...GPB_CUR, economic: three.abroad }),
          metric('vehiclePurchase', '公务用车购置费', { ...GPB_CUR, economic: three.vehiclePurchase }),
          metric('vehicleOperation', '公务用车运行维护费', { ...GPB_CUR, economic: three.vehicleOperation }),
          metric('reception', '公务接待费', { ...GPB_CUR, economic: three.reception }),
          metric('officeOperation', '机关运行经费', {
            ...GPB_CUR,
            kind: ['public'],
            ...(officeUnits ? { unitType: officeUnits } : {}),
          }),
          metric('procurement', '政府采购', { stream: 'procurement' }),
        ],
      },
      {
        id: 'fnGpb',
        filter: GPB_CUR,
        columns: [{ key: 'amount', title: '金额' }],
        rows: [{ type: 'group', by: 'function', prefix: 'fn:', levels: [3, 5, 7] }],
      },
      {
        id: 'fnUsed',
        filter: { stream: 'expense' },
        columns: [
          { key: 'amount', title: '金额' },
          { key: 'count', title: '行数' },
        ],
        rows: [{ type: 'group', by: 'function', prefix: 'fn:', levels: [7] }],
      },
      {
        id: 'units',
        filter: {},
        columns: balanceColumns(),
        rows: [{ type: 'group', by: 'unit', prefix: 'unit:' }],
      },
      {
        id: 'projects',
        filter: { stream: ['expense', 'procurement'] },
        columns: [
          { key: 'amount', title: '项目金额', filter: { stream: 'expense' } },
          {
            key: 'gpb',
            title: '其中：一般公共预算当年拨款',
            filter: { stream: 'expense', source: ['gpb'], carryover: false },
          },
          { key: 'count', title: '行数', filter: { stream: 'expense' } },
          { key: 'procurement', title: '政府采购', filter: { stream: 'procurement' } },
        ],
        rows: [{ type: 'group', by: 'project', prefix: 'project:' }],
      },
    ],
  };
}
