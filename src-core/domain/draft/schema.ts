import {
  ALL_SOURCES,
  EXPENSE_KINDS,
  FINAL_SOURCES,
  INDICATOR_OPS,
  PROCUREMENT_KINDS,
  THREE_COUNT_KEYS,
  THREE_COUNT_NAMES,
  UNIT_TYPES,
} from './vocabulary';
import { AMOUNT_UNITS } from '../money/units';

/**
 * The draft file's structure as data (docs/draft-format.md). One interpreter (read.ts) validates and
 * reads it, another (write.ts) writes it back in this key order, so that the format has one
 * definition. `label` is the Chinese name used in messages.
 */
export type FieldType =
  | { t: 'string' }
  | { t: 'digits' }
  | { t: 'amount' }
  | { t: 'boolean' }
  | { t: 'integer' }
  | { t: 'number' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'const'; value: string | number }
  | { t: 'object'; spec: ObjectSpec }
  | { t: 'array'; of: FieldType }
  | { t: 'record'; of: FieldType }
  | { t: 'nullable'; of: FieldType }
  | { t: 'any' };

/** `defaultValue`: what an absent optional key reads as (written back on save: canonical form). */
export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  defaultValue?: () => unknown;
}
export interface ObjectSpec {
  name: string;
  fields: FieldSpec[];
}

const f = (key: string, label: string, type: FieldType, required = true): FieldSpec => ({ key, label, type, required });
const opt = (key: string, label: string, type: FieldType): FieldSpec => f(key, label, type, false);
const withDefault = (key: string, label: string, type: FieldType, defaultValue: () => unknown): FieldSpec => ({
  key,
  label,
  type,
  required: false,
  defaultValue,
});

const str: FieldType = { t: 'string' };
const digits: FieldType = { t: 'digits' };
const amount: FieldType = { t: 'amount' };
const bool: FieldType = { t: 'boolean' };
const obj = (spec: ObjectSpec): FieldType => ({ t: 'object', spec });
const arr = (of: FieldType): FieldType => ({ t: 'array', of });
const en = (values: readonly string[]): FieldType => ({ t: 'enum', values });
const nullable = (of: FieldType): FieldType => ({ t: 'nullable', of });

export const DEPARTMENT: ObjectSpec = {
  name: '部门',
  fields: [f('code', '部门编码', str), f('name', '部门名称', str), opt('shortName', '部门简称', str)],
};

export const UNIT: ObjectSpec = {
  name: '预算单位',
  fields: [f('code', '单位编码', str), f('name', '单位名称', str), f('type', '单位类型', en(UNIT_TYPES))],
};

export const INCOME: ObjectSpec = {
  name: '收入行',
  fields: [
    f('unit', '单位', str),
    f('source', '收入来源', en(ALL_SOURCES)),
    f('carryover', '是否上年结转', bool),
    f('amount', '金额', amount),
  ],
};

export const EXPENSE: ObjectSpec = {
  name: '支出行',
  fields: [
    f('unit', '单位', str),
    f('function', '功能分类科目', digits),
    f('economic', '经济分类科目', digits),
    f('kind', '支出类型', en(EXPENSE_KINDS)),
    f('source', '资金来源', en(ALL_SOURCES)),
    f('carryover', '是否上年结转', bool),
    f('amount', '金额', amount),
    opt('project', '项目', nullable(str)),
    opt('note', '备注', str),
  ],
};

export const CARRY_FORWARD: ObjectSpec = {
  name: '年终结转结余行',
  fields: [f('unit', '单位', str), f('source', '资金来源', en(ALL_SOURCES)), f('amount', '金额', amount)],
};

export const INDICATOR: ObjectSpec = {
  name: '绩效指标',
  fields: [
    f('level1', '一级指标', str),
    f('level2', '二级指标', str),
    f('level3', '三级指标', str),
    f('op', '指标性质', en(INDICATOR_OPS)),
    f('value', '指标值', str),
    f('unit', '度量单位', str),
    f('weight', '权重', nullable({ t: 'number' })),
  ],
};

export const PROJECT: ObjectSpec = {
  name: '项目',
  fields: [
    f('code', '项目编码', str),
    f('unit', '单位', str),
    f('name', '项目名称', str),
    opt('parent', '一级项目', str),
    opt('category', '项目类别', str),
    opt('period', '实施期', str),
    opt('basis', '立项依据', str),
    opt('goal', '总体目标', str),
    opt('executionWeight', '预算执行率权重', nullable({ t: 'number' })),
    withDefault('indicators', '绩效指标', arr(obj(INDICATOR)), () => []),
  ],
};

export const PROCUREMENT: ObjectSpec = {
  name: '政府采购',
  fields: [
    f('unit', '单位', str),
    opt('project', '项目', nullable(str)),
    f('item', '采购品目', str),
    f('kind', '采购类别', en(PROCUREMENT_KINDS)),
    f('amount', '金额', amount),
  ],
};

export const PRIOR: ObjectSpec = {
  name: '上年数',
  fields: [
    opt('year', '上年年度', { t: 'integer' }),
    opt('actual', '上年执行数', { t: 'record', of: amount }),
    opt('budget', '上年预算数', { t: 'record', of: amount }),
  ],
};

export const TEXT: ObjectSpec = {
  name: '说明文字',
  fields: [
    opt('functions', '主要职能', str),
    opt('composition', '部门预算单位构成', str),
    opt('staffing', '机构设置及人员情况', str),
    opt('reasons', '增减原因', { t: 'record', of: str }),
    opt('purposes', '资金用途', { t: 'record', of: str }),
    opt('notes', '补充说明', { t: 'record', of: str }),
    opt('contact', '联系人及联系方式', str),
  ],
};

export const CATALOG_EXTRA: ObjectSpec = {
  name: '本地科目',
  fields: [
    f('scheme', '分类', en(['function', 'economic'])),
    f('code', '编码', digits),
    f('name', '名称', str),
    opt('description', '说明', str),
  ],
};

export const REVIEW: ObjectSpec = {
  name: '出错说明',
  fields: [f('rule', '规则', str), f('target', '对象', { t: 'any' }), f('note', '说明', str)],
};

export const DRAFT: ObjectSpec = {
  name: '草稿',
  fields: [
    f('format', '文件格式', { t: 'const', value: 'dept-budget-draft' }),
    f('formatVersion', '格式版本', { t: 'integer' }),
    f('stage', '阶段', { t: 'const', value: 'budget' }),
    f('year', '预算年度', { t: 'integer' }),
    f('amountUnit', '金额单位', en(AMOUNT_UNITS)),
    f('publishUnit', '公开单位', en(AMOUNT_UNITS)),
    f('department', '部门', obj(DEPARTMENT)),
    f('units', '预算单位', arr(obj(UNIT))),
    f('income', '收入', arr(obj(INCOME))),
    f('expenses', '支出', arr(obj(EXPENSE))),
    withDefault('carryForward', '年终结转结余', arr(obj(CARRY_FORWARD)), () => []),
    withDefault('projects', '项目', arr(obj(PROJECT)), () => []),
    withDefault('procurement', '政府采购', arr(obj(PROCUREMENT)), () => []),
    withDefault('assets', '国有资产', { t: 'any' }, () => ({})),
    withDefault('prior', '上年数', obj(PRIOR), () => ({})),
    withDefault('text', '说明文字', obj(TEXT), () => ({})),
    withDefault('catalogExtras', '本地科目', arr(obj(CATALOG_EXTRA)), () => []),
    withDefault('reviews', '出错说明', arr(obj(REVIEW)), () => []),
  ],
};

// ---- 部门决算 (docs/final-accounts.md, format version 2) -------------------------------------------

export const FINAL_INCOME: ObjectSpec = {
  name: '收入行',
  fields: [
    f('unit', '单位', str),
    f('source', '收入来源', en(FINAL_SOURCES)),
    f('function', '功能分类科目', digits),
    f('amount', '金额', amount),
  ],
};

/**
 * A 决算 line is a 预算 line without 上年结转 (spending out of money carried in is this year's
 * spending) and with the 决算 sources: the same fields otherwise, in the same order.
 */
export const FINAL_EXPENSE: ObjectSpec = {
  name: EXPENSE.name,
  fields: EXPENSE.fields
    .filter((x) => x.key !== 'carryover')
    .map((x) => (x.key === 'source' ? f('source', x.label, en(FINAL_SOURCES)) : x)),
};

export const BALANCE: ObjectSpec = {
  name: '结转结余行',
  fields: [
    f('unit', '单位', str),
    f('source', '资金来源', en(FINAL_SOURCES)),
    opt('function', '功能分类科目', digits),
    f('opening', '年初结转和结余', amount),
    opt('surplusUsed', '使用非财政拨款结余', amount),
    opt('distribution', '结余分配', amount),
  ],
};

export const FINAL_BUDGET: ObjectSpec = {
  name: '预算数',
  fields: [
    opt('initial', '年初预算数', { t: 'record', of: amount }),
    opt('adjusted', '全年预算数', { t: 'record', of: amount }),
  ],
};

export const THREE: ObjectSpec = {
  name: '“三公”经费情况',
  fields: [
    ...THREE_COUNT_KEYS.map((k) => opt(k, THREE_COUNT_NAMES[k], { t: 'integer' })),
    opt('receptionForeign', '外宾接待费', amount),
  ],
};

export const FINAL_PROCUREMENT: ObjectSpec = {
  name: '政府采购',
  fields: [
    f('unit', '单位', str),
    f('kind', '采购类别', en(PROCUREMENT_KINDS)),
    f('amount', '合同金额', amount),
    opt('sme', '授予中小企业合同金额', amount),
  ],
};

export const PERFORMANCE: ObjectSpec = {
  name: '预算绩效情况',
  fields: [
    opt('management', '预算绩效管理工作开展情况', str),
    opt('overall', '部门整体支出自评结果', str),
    opt('projects', '项目支出自评结果', str),
    opt('application', '绩效自评结果应用情况', str),
  ],
};

export const FINAL_TEXT: ObjectSpec = {
  name: '说明文字',
  fields: [
    ...TEXT.fields.filter((x) => x.key !== 'contact'),
    opt('performance', '预算绩效情况', obj(PERFORMANCE)),
    opt('achievements', '重点工作完成情况', str),
    ...TEXT.fields.filter((x) => x.key === 'contact'),
  ],
};

/**
 * Last year's 决算数 (`prior`): a flat object whose keys are open (`incomeTotal`, `fn:2013750` …),
 * so its spec is made for the keys a file has: `year` an integer, every other key an amount.
 */
export function finalPriorSpec(raw: Record<string, unknown>): ObjectSpec {
  return {
    name: '上年决算数',
    fields: [
      opt('year', '上年年度', { t: 'integer' }),
      ...Object.keys(raw)
        .filter((k) => k !== 'year')
        .map((k) => opt(k, `上年决算数“${k}”`, amount)),
    ],
  };
}

/** A field of the 预算 draft the 决算 draft has as it is (format, units, projects, reviews …). */
const budgetField = (key: string): FieldSpec => DRAFT.fields.find((x) => x.key === key)!;

/** The 决算 draft. `prior` is read with `finalPriorSpec` (its keys are open). */
export const FINAL_DRAFT: ObjectSpec = {
  name: '决算草稿',
  fields: [
    budgetField('format'),
    budgetField('formatVersion'),
    f('stage', '阶段', { t: 'const', value: 'final' }),
    f('year', '决算年度', { t: 'integer' }),
    ...['amountUnit', 'publishUnit', 'department', 'units'].map(budgetField),
    f('income', '收入', arr(obj(FINAL_INCOME))),
    f('expenses', '支出', arr(obj(FINAL_EXPENSE))),
    withDefault('balances', '结转结余', arr(obj(BALANCE)), () => []),
    budgetField('projects'),
    withDefault('budget', '预算数', obj(FINAL_BUDGET), () => ({})),
    withDefault('prior', '上年决算数', { t: 'any' }, () => ({})),
    withDefault('three', '“三公”经费情况', obj(THREE), () => ({})),
    withDefault('procurement', '政府采购', arr(obj(FINAL_PROCUREMENT)), () => []),
    budgetField('assets'),
    withDefault('text', '说明文字', obj(FINAL_TEXT), () => ({})),
    budgetField('catalogExtras'),
    budgetField('reviews'),
  ],
};
