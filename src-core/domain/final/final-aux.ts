import { FINAL_SOURCES } from '../draft/vocabulary';
import { THREE_PUBLIC_CODES } from '../tables/definitions/T07';
import type { ColumnSpec, FactFilter, FixedRowSpec, TableSpec } from '../tables/spec';
import { CLOSING, FISCAL, FISCAL_CLOSING, GRAND_TOTAL_STREAMS } from './tables/common';

/**
 * Internal aggregates of a 决算 draft that rules, the status bar and the report read, kept current
 * by the same incremental engine as the published tables (never printed): the comparison metrics,
 * the balance of every unit × source, the 一般公共预算 spending and budget of every function.
 */
export const FINAL_AUX_ID = '_FINAL_AUX';

const three = THREE_PUBLIC_CODES;
const FISCAL_SPENT: FactFilter = { stream: 'expense', source: FISCAL };
const GPB_SPENT: FactFilter = { stream: 'expense', source: ['gpb'] };

const metric = (key: string, name: string, filter: FactFilter, subtract?: FactFilter): FixedRowSpec => ({
  type: 'fixed',
  key,
  name,
  filter,
  ...(subtract ? { subtract } : {}),
});

/** Per source: 年初 `open|s`, 本年收入 `in|s`, 使用结余 `used|s`, 本年支出 `out|s`, 结余分配 `dist|s`, 年末 `closing|s`. */
function balanceColumns(): ColumnSpec[] {
  const cols: ColumnSpec[] = [
    { key: 'closing', title: '年末结转和结余', filter: CLOSING.filter, subtract: CLOSING.subtract },
  ];
  for (const s of FINAL_SOURCES) {
    const source = [s];
    cols.push(
      { key: `open|${s}`, title: '', filter: { stream: 'opening', source } },
      { key: `in|${s}`, title: '', filter: { stream: 'income', source } },
      { key: `used|${s}`, title: '', filter: { stream: 'surplusUsed', source } },
      { key: `out|${s}`, title: '', filter: { stream: 'expense', source } },
      { key: `dist|${s}`, title: '', filter: { stream: 'distribution', source } },
      { key: `closing|${s}`, title: '', filter: { ...CLOSING.filter, source }, subtract: CLOSING.subtract },
    );
  }
  return cols;
}

export function finalAuxSpec(officeOperationScope: 'adminCivil' | 'all' = 'adminCivil'): TableSpec {
  return {
    id: FINAL_AUX_ID,
    variant: 'default',
    title: '决算内部汇总',
    labelColumns: [],
    sections: [
      {
        id: 'metrics',
        filter: {},
        columns: [{ key: 'amount', title: '金额' }],
        rows: [
          metric('incomeTotal', '收入总计', GRAND_TOTAL_STREAMS),
          metric('expenseTotal', '支出总计', GRAND_TOTAL_STREAMS),
          metric('income', '本年收入合计', { stream: 'income' }),
          metric('expense', '本年支出合计', { stream: 'expense' }),
          metric('opening', '年初结转和结余', { stream: 'opening' }),
          metric('surplusUsed', '使用非财政拨款结余', { stream: 'surplusUsed' }),
          metric('distribution', '结余分配', { stream: 'distribution' }),
          metric('closing', '年末结转和结余', CLOSING.filter, CLOSING.subtract),
          metric('fiscal', '财政拨款收入', { stream: 'income', source: FISCAL }),
          metric('fiscalExpense', '财政拨款支出', FISCAL_SPENT),
          metric('gpbIncome', '一般公共预算财政拨款收入', { stream: 'income', source: ['gpb'] }),
          metric('gpb', '一般公共预算财政拨款支出', GPB_SPENT),
          metric('basic', '基本支出', { stream: 'expense', kind: ['personnel', 'public'] }),
          metric('personnel', '人员经费', { stream: 'expense', kind: ['personnel'] }),
          metric('public', '公用经费', { stream: 'expense', kind: ['public'] }),
          metric('project', '项目支出', { stream: 'expense', kind: ['project'] }),
          metric('threeTotal', '“三公”经费', {
            ...FISCAL_SPENT,
            economic: [...three.abroad, ...three.vehiclePurchase, ...three.vehicleOperation, ...three.reception],
          }),
          metric('abroad', '因公出国（境）费', { ...FISCAL_SPENT, economic: three.abroad }),
          metric('vehiclePurchase', '公务用车购置费', { ...FISCAL_SPENT, economic: three.vehiclePurchase }),
          metric('vehicleOperation', '公务用车运行维护费', { ...FISCAL_SPENT, economic: three.vehicleOperation }),
          metric('reception', '公务接待费', { ...FISCAL_SPENT, economic: three.reception }),
          metric('officeOperation', '机关运行经费', {
            ...GPB_SPENT,
            kind: ['public'],
            ...(officeOperationScope === 'all' ? {} : { unitType: ['admin', 'civil'] }),
          }),
          metric('procurement', '政府采购', { stream: 'procurement' }),
        ],
      },
      {
        id: 'fnGpb',
        filter: { stream: ['expense', 'budgetInitial', 'budgetAdjusted'], source: ['gpb'] },
        columns: [
          { key: 'amount', title: '决算数', filter: { stream: 'expense' } },
          { key: 'initial', title: '年初预算数', filter: { stream: 'budgetInitial' } },
          { key: 'adjusted', title: '全年预算数', filter: { stream: 'budgetAdjusted' } },
        ],
        rows: [{ type: 'group', by: 'function', prefix: 'fn:', levels: [3, 5, 7] }],
      },
      {
        id: 'units',
        filter: CLOSING.filter,
        columns: balanceColumns(),
        rows: [{ type: 'group', by: 'unit', prefix: 'unit:' }],
      },
      {
        // 政府性基金 balances by unit × function 项 (R-F-BAL): row `unit:<code>/fn:<项>`.
        id: 'gfFunctions',
        filter: { ...FISCAL_CLOSING.filter, source: ['gf'] },
        columns: [
          { key: 'opening', title: '年初结转和结余', filter: { stream: 'opening' } },
          { key: 'income', title: '本年收入', filter: { stream: 'income' } },
          { key: 'out', title: '本年支出', filter: { stream: 'expense' } },
          {
            key: 'closing',
            title: '年末结转和结余',
            filter: FISCAL_CLOSING.filter,
            subtract: FISCAL_CLOSING.subtract,
          },
        ],
        rows: [{ type: 'group', by: 'unitFunction', prefix: 'unit:', levels: [7] }],
      },
    ],
  };
}
