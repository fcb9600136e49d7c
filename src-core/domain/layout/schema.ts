import { CURRENT_SOURCES, SOURCE_NAMES, type CurrentSource } from '../draft/vocabulary';

/**
 * The structure of a layout file as data (docs/layouts.md “The file, key by key”): every key, its
 * Chinese label for messages, its type and whether it is required. `readLayout` (read-layout.ts)
 * interprets it; what the keys refer to (tables, rows, columns, rules) is checked there after.
 */
export type LayoutValueType =
  /** A non-empty string. */
  | { t: 'text' }
  /** A non-empty string that may hold the placeholders {year}, {department}, {shortName}. */
  | { t: 'pattern' }
  /** Lower-case letters, digits and `-`, starting with a letter or digit (`--layout <id>`). */
  | { t: 'id' }
  | { t: 'boolean' }
  | { t: 'enum'; values: readonly (string | number)[] }
  /** An array (non-empty when `nonEmpty`); repeated values are refused. */
  | { t: 'list'; of: LayoutValueType; nonEmpty?: boolean }
  /** An object whose keys are chosen by the writer (row or column keys, rule ids …). */
  | { t: 'map'; of: LayoutValueType }
  | { t: 'object'; fields: readonly LayoutField[] };

export interface LayoutField {
  key: string;
  /** Chinese name used in messages. */
  label: string;
  type: LayoutValueType;
  required?: boolean;
}

export const PLACEHOLDERS = ['{year}', '{department}', '{shortName}'] as const;

const text: LayoutValueType = { t: 'text' };
const pattern: LayoutValueType = { t: 'pattern' };
const bool: LayoutValueType = { t: 'boolean' };
const keys: LayoutValueType = { t: 'list', of: text };

export const LAYOUT_TABLE_FIELDS: readonly LayoutField[] = [
  { key: 'table', label: '表', type: text, required: true },
  { key: 'variant', label: '表的格式', type: text },
  { key: 'number', label: '表号', type: text },
  { key: 'title', label: '标题', type: pattern, required: true },
  { key: 'sheetName', label: '工作表名', type: pattern },
  { key: 'hideRows', label: '不打印的行', type: keys },
  { key: 'hideColumns', label: '不打印的列', type: keys },
  { key: 'hideRowsIfZero', label: '无数时不打印的行', type: keys },
  { key: 'hideColumnsIfZero', label: '无数时不打印的列', type: keys },
  { key: 'columnTitles', label: '列标题', type: { t: 'map', of: text } },
  { key: 'rowNames', label: '行名称', type: { t: 'map', of: text } },
  { key: 'columnNumbers', label: '栏次行', type: bool },
  { key: 'emptySentence', label: '无数据时的说明', type: pattern },
  { key: 'listClasses', label: '总列出的类', type: keys },
  { key: 'unitBlocksOnlyIfMultiUnit', label: '仅多单位时按单位分块', type: bool },
  { key: 'columnOrder', label: '列的顺序', type: { t: 'list', of: text, nonEmpty: true } },
  {
    key: 'functionLevels',
    label: '功能科目级次',
    type: { t: 'list', of: { t: 'enum', values: [3, 5, 7] }, nonEmpty: true },
  },
  { key: 'splitCode', label: '类款项分列', type: bool },
  { key: 'unit', label: '金额单位', type: { t: 'enum', values: ['yuan', 'wanyuan'] } },
  { key: 'unitCodeIfYuan', label: '以元为单位时列单位编码', type: bool },
];

const titles = (labels: Readonly<Record<string, string>>): LayoutValueType => ({
  t: 'object',
  fields: Object.entries(labels).map(([key, label]) => ({ key, label, type: pattern })),
});

/** `report`: how the printed report words what regions word differently (docs/layouts.md “Report wording”). */
export const REPORT_FIELDS: readonly LayoutField[] = [
  { key: 'style', label: '情况说明样式', type: { t: 'enum', values: ['national', 'zhejiang'] } },
  { key: 'budgetName', label: '预算的称谓', type: text },
  {
    key: 'partTitles',
    label: '各部分标题',
    type: titles({
      overview: '概况',
      tables: '预算表',
      explanation: '情况说明',
      glossary: '名词解释',
      contact: '联系方式',
    }),
  },
  {
    key: 'sectionTitles',
    label: '情况说明各节标题',
    type: titles({
      overall: '收支预算总体情况',
      income: '收入预算情况',
      expense: '支出预算情况',
      fiscal: '财政拨款收支情况',
      gpb: '一般公共预算当年拨款情况',
      basic: '一般公共预算基本支出情况',
      gf: '政府性基金预算支出情况',
      soc: '国有资本经营预算支出情况',
      three: '“三公”经费情况',
      other: '其他重要事项',
    }),
  },
  {
    key: 'incomeNames',
    label: '收入来源的称谓',
    type: {
      t: 'object',
      fields: [...CURRENT_SOURCES, 'carryover'].map((key) => ({
        key,
        label: key === 'carryover' ? '上年结转结余' : SOURCE_NAMES[key as CurrentSource],
        type: text,
      })),
    },
  },
];

export const LAYOUT_FIELDS: readonly LayoutField[] = [
  // A JSON Schema reference an editor may use; ignored by the app.
  { key: '$schema', label: '$schema', type: text },
  { key: 'id', label: '版式标识', type: { t: 'id' }, required: true },
  { key: 'name', label: '版式名称', type: text, required: true },
  { key: 'description', label: '说明', type: text },
  { key: 'title', label: '整套表的标题', type: pattern },
  {
    key: 'tables',
    label: '表',
    type: { t: 'list', of: { t: 'object', fields: LAYOUT_TABLE_FIELDS }, nonEmpty: true },
    required: true,
  },
  { key: 'officeOperationScope', label: '机关运行经费口径', type: { t: 'enum', values: ['adminCivil', 'all'] } },
  {
    key: 'rules',
    label: '审核规则',
    type: {
      t: 'object',
      fields: [
        { key: 'severity', label: '规则级别', type: { t: 'map', of: { t: 'enum', values: ['error', 'warning'] } } },
        { key: 'disabled', label: '停用的规则', type: keys },
      ],
    },
  },
  { key: 'priorBasis', label: '上年比较口径', type: { t: 'map', of: { t: 'enum', values: ['actual', 'budget'] } } },
  { key: 'report', label: '情况说明用语', type: { t: 'object', fields: REPORT_FIELDS } },
];

/** The largest layout file accepted (the shipped ones are 2–4 KB). */
export const MAX_LAYOUT_BYTES = 256 * 1024;
