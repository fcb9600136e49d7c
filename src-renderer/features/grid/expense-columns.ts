import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import type { BudgetUnit, ExpenseLine, Project } from '../../../src-core/domain/draft/types';
import {
  ALL_SOURCES,
  EXPENSE_KIND_NAMES,
  EXPENSE_KINDS,
  SOURCE_NAMES,
  SOURCE_SHORT_NAMES,
  type Source,
} from '../../../src-core/domain/draft/vocabulary';
import type { EnumValue, GridColumn } from '../../../src-core/editor/grid-model';
import { SHEET_FIELDS, type FieldDef } from '../../../src-core/import/mapping';
import type { GridLine } from './grid-session';

/** A column of the 支出明细 grid: the editor's column plus how it is drawn. */
export interface ExpenseColumn extends GridColumn {
  /** Width in pixels. */
  width: number;
  align?: 'right' | 'center';
}

const SOURCES = ALL_SOURCES;

/** The import template's fields (and their synonyms) each grid column stands for: their titles mark a pasted header row. */
const TEMPLATE_FIELDS: Record<string, readonly string[]> = {
  unit: ['unit', 'unitName'],
  function: ['function'],
  economic: ['economic'],
  kind: ['kind'],
  source: ['source'],
  carryover: ['carryover'],
  project: ['project', 'projectName'],
  amount: ['amount'],
  note: ['note'],
};

/** The titles (and synonyms) of the template fields a grid column stands for, among `sheet`'s fields. */
export function templateTitles(key: string, sheet: readonly FieldDef[] = SHEET_FIELDS.expenses): string[] {
  const fields = TEMPLATE_FIELDS[key] ?? [];
  return sheet.filter((f) => fields.includes(f.key)).flatMap((f) => [f.label, ...f.synonyms]);
}

/** What the columns are built from: the draft's units and (for 项目) its projects. */
export interface ColumnSource {
  readonly units: readonly BudgetUnit[];
  readonly projects?: readonly Project[];
}

/**
 * 支出明细 columns (docs/draft-format.md `expenses[]`). 单位 offers the draft's units, 项目 its
 * projects (a line picks among those of its own unit: `projectValues`), the other list columns
 * the vocabulary; each column also knows the import template's titles for it.
 */
export function expenseColumns(draft: ColumnSource): ExpenseColumn[] {
  const columns: ExpenseColumn[] = [
    {
      key: 'unit',
      label: '单位',
      kind: 'enum',
      width: 140,
      values: draft.units.map((u) => ({ key: u.code, label: u.name, aliases: [u.code] })),
      hint: '单位须先在“基本信息”中登记',
    },
    { key: 'function', label: '功能科目', kind: 'code-function', width: 210 },
    { key: 'economic', label: '经济科目', kind: 'code-economic', width: 165 },
    {
      key: 'kind',
      label: '支出类型',
      kind: 'enum',
      width: 86,
      values: EXPENSE_KINDS.map((k) => ({ key: k, label: EXPENSE_KIND_NAMES[k] })),
    },
    {
      key: 'source',
      label: '资金来源',
      kind: 'enum',
      width: 120,
      values: SOURCES.map((s) => ({ key: s, label: SOURCE_SHORT_NAMES[s], aliases: [SOURCE_NAMES[s]] })),
    },
    {
      key: 'carryover',
      label: '上年结转',
      kind: 'enum',
      width: 70,
      align: 'center',
      values: [
        { key: 'false', label: '否', aliases: ['n', 'no', '0'] },
        { key: 'true', label: '是', aliases: ['y', 'yes', '1'] },
      ],
    },
    {
      key: 'project',
      label: '项目',
      kind: 'enum',
      optional: true,
      width: 130,
      values: projectValues(draft.projects ?? []),
      hint: '项目须先在“项目”中登记，并属于本行的单位',
    },
    { key: 'amount', label: '金额', kind: 'amount', width: 120, align: 'right' },
    { key: 'note', label: '备注', kind: 'text', width: 110 },
  ];
  return columns.map((c) => ({ ...c, titles: templateTitles(c.key) }));
}

/** The 项目 values: each project by its name, or its code; only those of `unit` when given. */
export function projectValues(projects: readonly Project[], unit?: string): EnumValue[] {
  return projects
    .filter((p) => unit === undefined || p.unit === unit)
    .map((p) => ({ key: p.code, label: p.name, aliases: [p.code] }));
}

/** The stored value of a cell as the editor speaks it (codes, enum keys, the amount string). */
export function cellValue(line: GridLine, key: string): string {
  switch (key) {
    case 'carryover':
      return line.carryover ? 'true' : 'false';
    case 'project':
      return line.project ?? '';
    case 'note':
      return line.note ?? '';
    default:
      return String((line as unknown as Record<string, unknown>)[key] ?? '');
  }
}

/** The line with one cell replaced by an accepted value (other fields, `extra` included, kept). */
export function withCell<L extends GridLine>(line: L, key: string, value: string): L {
  switch (key) {
    case 'carryover':
      return { ...line, carryover: value === 'true' };
    case 'project':
      return { ...line, project: value === '' ? null : value };
    default:
      return { ...line, [key]: value } as L;
  }
}

/** The text a cell shows, and copies to the clipboard (labels for enums, so that it pastes back). */
export function cellText(column: ExpenseColumn, line: GridLine): string {
  const value = cellValue(line, column.key);
  if (column.kind === 'enum') return column.values?.find((v) => v.key === value)?.label ?? value;
  return value;
}

/** The catalog name shown beside a code (功能科目 / 经济科目), '' when unknown. */
export function codeName(column: ExpenseColumn, line: GridLine, catalogs: CatalogPair): string {
  if (column.kind === 'code-function') return catalogs.function.get(line.function)?.name ?? '';
  if (column.kind === 'code-economic') return catalogs.economic.get(line.economic)?.name ?? '';
  return '';
}

/** A new line (插入行, rows a paste adds): the unit and kind of `like`, codes to be filled in. */
export function blankLine(
  draft: { readonly units: readonly Pick<BudgetUnit, 'code'>[] },
  like?: GridLine,
): ExpenseLine {
  return {
    unit: like?.unit ?? draft.units[0]?.code ?? '',
    function: '',
    economic: '',
    kind: like?.kind ?? 'personnel',
    source: (like?.source as Source | undefined) ?? 'gpb',
    carryover: false,
    amount: '0.00',
    project: null,
    note: '',
  };
}
