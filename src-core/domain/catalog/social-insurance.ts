import type { UnitType } from '../draft/vocabulary';

/**
 * Social-insurance and housing-fund payments: the economic 款 fixes the function code, whatever
 * the department's work (支出功能分类科目说明): 养老保险 under 20805, 医疗 under 21011, 住房公积金
 * under 22102. One table for the rule that checks it (R-LINK-SOCIAL) and the editor that proposes
 * the function code when such an economic code is picked.
 */
export interface SocialInsurancePairing {
  economic: string;
  economicName: string;
  /** The function 项 to propose, by unit type where it depends on it (30110: 行政/参公 vs 事业单位). */
  function: string | Record<UnitType, string>;
  /** What R-LINK-SOCIAL accepts: the function code must start with this (a 项 or a 款). */
  accepts: string;
  /** The 项 is reserved for this economic code: a line under it with another economic code is flagged too. */
  reserved: boolean;
}

export const SOCIAL_INSURANCE: readonly SocialInsurancePairing[] = [
  {
    economic: '30108',
    economicName: '机关事业单位基本养老保险缴费',
    function: '2080505',
    accepts: '2080505',
    reserved: true,
  },
  { economic: '30109', economicName: '职业年金缴费', function: '2080506', accepts: '2080506', reserved: true },
  {
    economic: '30110',
    economicName: '职工基本医疗保险缴费',
    function: { admin: '2101101', civil: '2101101', institution: '2101102' },
    accepts: '21011',
    reserved: false,
  },
  { economic: '30111', economicName: '公务员医疗补助缴费', function: '2101103', accepts: '21011', reserved: false },
  { economic: '30113', economicName: '住房公积金', function: '2210201', accepts: '2210201', reserved: true },
];

/** Names of the codes above for when no catalog is at hand (支出功能分类科目, 2022 onwards). */
export const SOCIAL_INSURANCE_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '2101103': '公务员医疗补助',
  '2210201': '住房公积金',
};
