import type { Layout } from '../layout/types';
import type { NumberStyle, PartId } from './model';

/**
 * The wording and structure of the report for a layout (data, not code): the order of the parts,
 * their numbering, the titles of the 情况说明 sections and the few phrases regions word
 * differently. `national` follows docs/report.md; `zhejiang` reproduces the 舟山 2022 seed
 * (shared/seeds/000_19a3390ee44d180d.txt); a layout's `report` wording is laid over either
 * (`profileFor`). Placeholders: {department} {shortName} {year} {priorYear} {budget}.
 */
export interface ReportProfile {
  id: string;
  /** Parts in print order. `contact` is printed only when `text.contact` is given. */
  parts: readonly PartId[];
  partNumbering: NumberStyle | null;
  /** Parts printed without a number (the seed's tables follow the glossary unnumbered). */
  unnumberedParts: readonly PartId[];
  partTitles: Record<PartId, string>;
  /** Numbering of the sections under 部门概况 and of the (一)…(十) of the 情况说明. */
  overviewNumbering: NumberStyle;
  explanationNumbering: NumberStyle;
  overviewTitles: { functions: string; composition: string; staffing: string };
  sectionTitles: Record<ExplanationSectionId, string>;
  /** Titles of the numbered sub-sections of (五) and (十). */
  subTitles: {
    gpbScale: string;
    gpbStructure: string;
    gpbItems: string;
    officeOperation: string;
    procurement: string;
    assets: string;
    performance: string;
  };
  /**
   * What the document calls the budget (“部门预算”, or “单位预算” where a 单位 publishes its own):
   * the {budget} of the titles, the cover and the sentences that name it.
   */
  budgetName: string;
  /** Names the sentences give to income sources (`gpb`, `gf`, `soc`, …, `carryover`) where the region words them differently. */
  incomeNames: Partial<Record<string, string>>;
  /** Prose amounts with 2 fixed decimals instead of trimmed (a layout option, docs/report.md). */
  fixedDecimals: boolean;
  /** Names of the prior figure by basis, and per comparison key where the region words it differently. */
  priorLabels: { actual: string; budget: string };
  priorLabelOverrides: Record<string, Partial<Record<'actual' | 'budget', string>>>;
  /** Default purposes of the “三公” items (from the glossary's definition) when `text.purposes` has none. */
  threePurposes: Record<'abroad' | 'reception' | 'vehiclePurchase' | 'vehicleOperation', string>;
}

export type ExplanationSectionId =
  'overall' | 'income' | 'expense' | 'fiscal' | 'gpb' | 'basic' | 'gf' | 'soc' | 'three' | 'other';

export const EXPLANATION_SECTIONS: readonly ExplanationSectionId[] = [
  'overall',
  'income',
  'expense',
  'fiscal',
  'gpb',
  'basic',
  'gf',
  'soc',
  'three',
  'other',
];

const THREE_PURPOSES: ReportProfile['threePurposes'] = {
  abroad: '主要用于单位工作人员公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出。',
  reception: '主要用于按规定开支的各类公务接待（含外宾接待）支出。',
  vehiclePurchase: '主要用于经批准购置公务用车的支出。',
  vehicleOperation: '主要用于公务用车燃料费、维修费、过桥过路费、保险费、安全奖励费用等支出。',
};

const SUB_TITLES: ReportProfile['subTitles'] = {
  gpbScale: '一般公共预算当年拨款规模变化情况',
  gpbStructure: '一般公共预算当年拨款结构情况',
  gpbItems: '一般公共预算当年拨款具体使用情况',
  officeOperation: '机关运行经费',
  procurement: '政府采购情况',
  assets: '国有资产占有使用情况',
  performance: '绩效目标设置情况',
};

/** docs/report.md: 第一部分 部门概况 … 第四部分 名词解释. */
export const NATIONAL_PROFILE: ReportProfile = {
  id: 'national',
  parts: ['overview', 'tables', 'explanation', 'glossary', 'contact'],
  partNumbering: 'part',
  unnumberedParts: ['contact'],
  partTitles: {
    overview: '部门概况',
    tables: '{budget}表',
    explanation: '{budget}情况说明',
    glossary: '名词解释',
    contact: '联系人及联系方式',
  },
  overviewNumbering: 'cn',
  explanationNumbering: 'paren-cn',
  overviewTitles: { functions: '主要职能', composition: '部门预算单位构成', staffing: '机构设置及人员情况' },
  sectionTitles: {
    overall: '收支预算总体情况',
    income: '收入预算情况',
    expense: '支出预算情况',
    fiscal: '财政拨款收支预算总体情况',
    gpb: '一般公共预算当年拨款情况',
    basic: '一般公共预算基本支出情况',
    gf: '政府性基金预算支出情况',
    soc: '国有资本经营预算支出情况',
    three: '一般公共预算“三公”经费预算情况',
    other: '其他重要事项的情况说明',
  },
  subTitles: SUB_TITLES,
  budgetName: '部门预算',
  incomeNames: {},
  fixedDecimals: false,
  priorLabels: { actual: '上年执行数', budget: '上年预算数' },
  priorLabelOverrides: {},
  threePurposes: THREE_PURPOSES,
};

/**
 * The 舟山 2022 seed: 一、概况 (（一）主要职能 （二）部门预算单位构成), 二、情况说明 (（一）…（十）),
 * 三、名词解释, then the tables unnumbered. Seed wording kept: 机关运行经费 “比上年预算”, the
 * “三公” total “与2021年预算数…”. Section (八) is titled like its siblings (the seed prints the
 * bare “国有资本经营预算”).
 */
export const ZHEJIANG_PROFILE: ReportProfile = {
  id: 'zhejiang',
  parts: ['overview', 'explanation', 'glossary', 'tables', 'contact'],
  partNumbering: 'cn',
  unnumberedParts: ['tables', 'contact'],
  partTitles: {
    overview: '{department}概况',
    explanation: '{department}{year}年{budget}安排情况说明',
    glossary: '名词解释',
    tables: '{department}{year}年{budget}公开表',
    contact: '联系人及联系方式',
  },
  overviewNumbering: 'paren-cn',
  explanationNumbering: 'paren-cn',
  overviewTitles: { functions: '主要职能', composition: '部门预算单位构成', staffing: '机构设置及人员情况' },
  sectionTitles: {
    overall: '关于{shortName}{year}年收支预算情况的总体说明',
    income: '关于{shortName}{year}年收入预算情况说明',
    expense: '关于{shortName}{year}年支出预算情况说明',
    fiscal: '关于{shortName}{year}年财政拨款收支预算情况的总体说明',
    gpb: '关于{shortName}{year}年一般公共预算当年拨款情况说明',
    basic: '关于{shortName}{year}年一般公共预算基本支出情况说明',
    gf: '关于{shortName}{year}年政府性基金预算支出情况说明',
    soc: '关于{shortName}{year}年国有资本经营预算支出情况说明',
    three: '关于{shortName}{year}年一般公共预算“三公”经费预算情况说明',
    other: '其他重要事项的情况说明',
  },
  subTitles: SUB_TITLES,
  budgetName: '部门预算',
  incomeNames: {},
  fixedDecimals: false,
  priorLabels: { actual: '上年执行数', budget: '上年预算数' },
  priorLabelOverrides: {
    threeTotal: { budget: '{priorYear}年预算数' },
    officeOperation: { budget: '上年预算' },
  },
  threePurposes: THREE_PURPOSES,
};

const PROFILES: ReadonlyMap<string, ReportProfile> = new Map(
  [NATIONAL_PROFILE, ZHEJIANG_PROFILE].map((p) => [p.id, p]),
);

/** The report styles a layout may name (`report.style`). */
export const REPORT_STYLES = ['national', 'zhejiang'] as const;

/**
 * The profile of a layout: the style its `report.style` names, else the profile of its id, else
 * the national one; then the layout's `report` wording laid over it (docs/layouts.md “Report
 * wording”) — what the budget is called, part and section titles, names of income sources.
 */
export function profileFor(layout: Pick<Layout, 'id' | 'report'>): ReportProfile {
  const wording = layout.report ?? {};
  const base = PROFILES.get(wording.style ?? layout.id) ?? NATIONAL_PROFILE;
  if (!layout.report) return base;
  return {
    ...base,
    budgetName: wording.budgetName ?? base.budgetName,
    partTitles: { ...base.partTitles, ...wording.partTitles },
    sectionTitles: { ...base.sectionTitles, ...wording.sectionTitles },
    incomeNames: { ...base.incomeNames, ...wording.incomeNames },
  };
}

/** Fills the placeholders of a title pattern. */
export function fill(
  pattern: string,
  v: { department: string; shortName: string; year: number; priorYear: number; budget: string },
): string {
  return pattern
    .replaceAll('{budget}', v.budget)
    .replaceAll('{department}', v.department)
    .replaceAll('{shortName}', v.shortName)
    .replaceAll('{priorYear}', String(v.priorYear))
    .replaceAll('{year}', String(v.year));
}
