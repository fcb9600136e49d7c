import { Catalog, type CatalogEntry, type Scheme } from '../../../src-core/domain/catalog/catalog';
import {
  EXPENSE_KIND_NAMES,
  EXPENSE_KINDS,
  SOURCE_NAMES,
  SOURCE_SHORT_NAMES,
  CURRENT_SOURCES,
} from '../../../src-core/domain/draft/vocabulary';
import type { CodeCatalogs } from '../../../src-core/editor/cell-input';
import type { GridColumn } from '../../../src-core/editor/grid-model';

/**
 * A fixture for the editor core's tests: one column of every kind the core knows (text, code,
 * enum, amount, a read-only name column), shaped like expense lines. It is not the app's grid —
 * the 支出明细 columns are `src-renderer/features/grid/expense-columns.ts`, tested in
 * test/unit/grid/expense-columns.test.ts.
 */
export const EXPENSE_COLUMNS: GridColumn[] = [
  { key: 'unit', label: '单位', kind: 'text', optional: false },
  { key: 'function', label: '功能科目', kind: 'code-function' },
  { key: 'functionName', label: '功能科目名称', kind: 'text', readOnly: true },
  { key: 'economic', label: '经济科目', kind: 'code-economic' },
  {
    key: 'kind',
    label: '支出类型',
    kind: 'enum',
    values: EXPENSE_KINDS.map((k) => ({ key: k, label: EXPENSE_KIND_NAMES[k] })),
  },
  {
    key: 'source',
    label: '资金来源',
    kind: 'enum',
    values: CURRENT_SOURCES.map((s) => ({ key: s, label: SOURCE_NAMES[s], aliases: [SOURCE_SHORT_NAMES[s]] })),
  },
  { key: 'amount', label: '金额', kind: 'amount' },
  { key: 'note', label: '备注', kind: 'text' },
];

export const col = (key: string): number => EXPENSE_COLUMNS.findIndex((c) => c.key === key);

function entries(scheme: Scheme, rows: [string, string][]): CatalogEntry[] {
  const lengths = scheme === 'function' ? [3, 5, 7] : [3, 5];
  return rows.map(([code, name]) => {
    const level = lengths.indexOf(code.length) + 1;
    return {
      code,
      name,
      description: '',
      level,
      parent: level > 1 ? code.slice(0, lengths[level - 2]) : null,
      verified: true,
    };
  });
}

/** A few real catalog rows (resources/catalogs, 2025). */
export const SMALL_CATALOGS: CodeCatalogs & { function: Catalog; economic: Catalog } = {
  function: new Catalog(
    'function',
    2025,
    entries('function', [
      ['201', '一般公共服务支出'],
      ['20103', '政府办公厅（室）及相关机构事务'],
      ['2010301', '行政运行'],
      ['2010302', '一般行政管理事务'],
      ['208', '社会保障和就业支出'],
      ['20805', '行政事业单位养老支出'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
    ]),
  ),
  economic: new Catalog(
    'economic',
    2025,
    entries('economic', [
      ['301', '工资福利支出'],
      ['30101', '基本工资'],
      ['30102', '津贴补贴'],
      ['302', '商品和服务支出'],
      ['30217', '公务接待费'],
    ]),
  ),
};
