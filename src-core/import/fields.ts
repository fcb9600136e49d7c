import { normalizeFullWidth } from '../domain/money/parse-input';
import type { AmountUnit } from '../domain/money/units';

/**
 * The fields of each kind of sheet and the headers that name them: the template's own names and
 * the synonyms budget systems and officers use (预算管理一体化系统, 财政局模板…). Data, read by
 * mapping.ts (which column is which field), the template writer and the 列对应 step.
 */
export type SheetKind = 'expenses' | 'units' | 'income' | 'projects';

export interface FieldDef {
  key: string;
  /** Template header (导入模板列名). */
  label: string;
  required: boolean;
  /** Normalized synonyms (see normalizeHeader). */
  synonyms: string[];
  /** A required field is also satisfied when one of these fields (or, for `funds`, a fund column) is mapped. */
  alternatives?: string[];
  /**
   * Read from other systems' files only (not a template column): 项目类别, 资金性质 of the
   * 预算管理一体化系统. `reference`: recognised and shown, never imported (政府预算经济分类).
   */
  foreign?: 'read' | 'reference';
  /** An amount column besides `amount` (年初结转和结余 …): its header may state the unit, “（万元）”. */
  money?: boolean;
}

/** A field definition: key, template header, required, synonyms (normalized here) and options. */
export const fd = (
  key: string,
  label: string,
  required: boolean,
  synonyms: string[] = [],
  more: Pick<FieldDef, 'alternatives' | 'foreign' | 'money'> = {},
): FieldDef => ({
  key,
  label,
  required,
  synonyms: [label, ...synonyms].map((s) => normalizeHeader(s).name),
  ...more,
});

export const UNIT_SYN = ['单位代码', '预算单位编码', '预算单位代码', '单位', '预算单位', '单位编号'];
export const UNIT_NAME_SYN = ['预算单位名称', '单位全称'];
export const SOURCE_SYN = ['资金性质', '收入来源', '资金来源名称', '经费来源', '资金类型'];
const CARRY_SYN = ['上年结转', '是否结转', '是否上年结转结余', '结转'];
/** 支出功能分类 / 部门预算支出经济分类 code headers (also of the 决算 sheets, final-fields.ts). */
export const FUNCTION_SYN = [
  '功能分类',
  '功能科目',
  '支出功能分类科目编码',
  '支出功能分类',
  '支出功能分类科目',
  '功能分类科目编码',
  '功能分类编码',
  '功能科目代码',
  '功能分类科目',
  '功能分类代码',
];
export const ECONOMIC_SYN = [
  '经济分类',
  '经济科目',
  '部门预算支出经济分类',
  '部门预算支出经济分类科目编码',
  '部门经济分类',
  '经济分类编码',
  '经济分类科目编码',
  '经济科目代码',
  '经济分类科目',
  '部门预算支出经济分类科目',
  '经济分类代码',
  '部门预算经济分类',
  '部门预算经济分类科目',
  '部门预算经济分类编码',
  '部门经济分类科目',
];
export const KIND_SYN = ['支出类别', '经费类型', '支出性质', '经费类别'];
export const PROJECT_SYN = ['项目代码', '项目编号'];
const AMOUNT_SYN = ['预算数', '合计', '金额合计', '预算金额', '本年预算数', '预算数合计', '总计', '数额'];

export const SHEET_FIELDS: Record<SheetKind, FieldDef[]> = {
  expenses: [
    fd('unit', '单位编码', false, UNIT_SYN),
    fd('unitName', '单位名称', false, UNIT_NAME_SYN),
    fd('function', '功能科目编码', true, FUNCTION_SYN),
    fd('economic', '经济科目编码', true, ECONOMIC_SYN),
    fd('kind', '支出类型', true, KIND_SYN, { alternatives: ['category'] }),
    fd('source', '资金来源', true, ['收入来源', '资金来源名称', '经费来源', '资金类型'], {
      alternatives: ['fundNature', 'funds'],
    }),
    fd('carryover', '是否上年结转', false, CARRY_SYN),
    fd('project', '项目编码', false, PROJECT_SYN),
    fd('projectName', '项目名称', false, []),
    fd('amount', '金额', true, AMOUNT_SYN, { alternatives: ['funds'] }),
    fd('note', '备注', false, ['说明']),
    // The 预算管理一体化系统's own columns (budget-system-terms.ts).
    fd('category', '项目类别', false, ['项目分类', '项目类型'], { foreign: 'read' }),
    fd('subCategory', '支出项目类别', false, ['支出项目分类', '项目二级类别', '项目子类'], { foreign: 'read' }),
    fd('fundNature', '资金性质', false, ['资金性质名称'], { foreign: 'read' }),
    fd('govEconomic', '政府预算经济分类', false, ['政府预算支出经济分类', '政府经济分类', '政府预算经济分类科目'], {
      foreign: 'reference',
    }),
    fd('procurement', '是否政府采购', false, ['政府采购'], { foreign: 'reference' }),
  ],
  units: [
    fd('code', '单位编码', true, UNIT_SYN),
    fd('name', '单位名称', true, UNIT_NAME_SYN),
    fd('type', '单位类型', true, ['单位性质', '单位类别']),
  ],
  income: [
    fd('unit', '单位编码', true, UNIT_SYN),
    fd('source', '资金来源', true, SOURCE_SYN),
    fd('carryover', '是否上年结转', false, CARRY_SYN),
    fd('amount', '金额', true, AMOUNT_SYN),
  ],
  projects: [
    fd('code', '项目编码', true, ['项目代码', '项目编号']),
    fd('unit', '单位编码', true, UNIT_SYN),
    fd('name', '项目名称', true, []),
    fd('parent', '一级项目', false, ['一级项目名称', '所属一级项目']),
    fd('period', '实施期', false, ['项目实施期', '实施周期', '项目期限']),
    fd('goal', '总体目标', false, ['年度目标', '项目总体目标', '绩效目标', '年度绩效目标']),
  ],
};

/**
 * The kinds of sheet one import reads, their sheet names, the order in which headers are tried
 * (classifySheet) and the kind a file of one sheet is taken for: the 预算 import's here, the 决算
 * import's in final-fields.ts.
 */
export interface SheetKindSet<K extends string> {
  names: Record<K, string[]>;
  order: readonly K[];
  primary: K;
}

/** The template's columns of a kind (the fields of other systems' files left out). */
export const templateFields = (kind: SheetKind): FieldDef[] => SHEET_FIELDS[kind].filter((f) => !f.foreign);

/** Sheet names of the template, and the names of other files' sheets that say the same. */
export const SHEET_NAMES: Record<SheetKind, string[]> = {
  expenses: ['支出明细', '支出', '支出预算', '支出明细表', '基本支出及项目支出', '支出预算明细', '支出预算明细表'],
  units: ['单位', '单位表', '预算单位'],
  income: ['收入', '收入表', '收入预算'],
  projects: ['项目', '项目表', '项目库'],
};

/** The 预算 import's sheets: 支出明细 (the primary one), 项目, 收入, 单位. */
export const BUDGET_SHEET_KINDS: SheetKindSet<SheetKind> = {
  names: SHEET_NAMES,
  order: ['expenses', 'projects', 'income', 'units'],
  primary: 'expenses',
};

/**
 * A header without decoration: full-width → half-width, no spaces, no required-field marks
 * (*), no trailing colon, and a unit annotation taken off: “金额（万元）” → 金额 + wanyuan.
 */
export function normalizeHeader(text: string): { name: string; unit?: AmountUnit } {
  let s = normalizeFullWidth(text)
    .replace(/\s+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/[:：]$/, '');
  let unit: AmountUnit | undefined;
  const m = /[([【]?(?:单位[:：]?)?(万元|元)[)\]】]?$/.exec(s);
  if (m && m.index > 0) {
    unit = m[1] === '万元' ? 'wanyuan' : 'yuan';
    s = s.slice(0, m.index);
  }
  return { name: s.toLowerCase(), unit };
}

/** Whether a required field is satisfied by a mapping (its own column, an alternative's, or fund columns). */
export function fieldPresent(f: FieldDef, columns: Record<string, number>, hasFunds: boolean): boolean {
  if (columns[f.key] !== undefined) return true;
  return (f.alternatives ?? []).some((a) => (a === 'funds' ? hasFunds : columns[a] !== undefined));
}
