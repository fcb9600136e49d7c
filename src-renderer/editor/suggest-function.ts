import type { UnitType } from '../domain/draft/vocabulary';
import { UNIT_TYPE_NAMES } from '../domain/draft/vocabulary';
import type { CodeLookup } from './cell-input';

/**
 * When an officer picks an economic code for a social-insurance or housing-fund payment, the
 * function code is fixed by what is paid, not by the department's work: 养老保险 goes to 20805,
 * 医疗 to 21011, 住房公积金 to 22102 (支出功能分类科目说明). Proposing it saves a look-up and
 * avoids the common mistake of booking these under 2010301 行政运行.
 *
 * The pairs are data (`SOCIAL_INSURANCE_FUNCTIONS`); 30110 depends on the unit type: 行政单位 and
 * 参公事业单位 → 2101101 行政单位医疗, 事业单位 → 2101102 事业单位医疗.
 */

interface Pairing {
  economic: string;
  economicName: string;
  /** The function code by unit type, or one code for all. */
  function: string | Record<UnitType, string>;
}

export const SOCIAL_INSURANCE_FUNCTIONS: readonly Pairing[] = [
  { economic: '30108', economicName: '机关事业单位基本养老保险缴费', function: '2080505' },
  { economic: '30109', economicName: '职业年金缴费', function: '2080506' },
  { economic: '30110', economicName: '职工基本医疗保险缴费', function: { admin: '2101101', civil: '2101101', institution: '2101102' } },
  { economic: '30111', economicName: '公务员医疗补助缴费', function: '2101103' },
  { economic: '30113', economicName: '住房公积金', function: '2210201' },
];

/** Names used when no catalog is at hand (支出功能分类科目, 2022 onwards). */
const FUNCTION_NAMES: Record<string, string> = {
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '2101103': '公务员医疗补助',
  '2210201': '住房公积金',
};

export interface FunctionSuggestion {
  /** The proposed 支出功能分类 项 code. */
  code: string;
  name: string;
  /** Why, in Chinese, for a tooltip or the confirmation prompt. */
  reason: string;
}

export interface SuggestFunctionInput {
  /** The economic code just picked (款, 5 digits). */
  economic: string;
  /** Type of the line's unit; needed for 30110. */
  unitType?: UnitType;
  /** The line's function code now: no proposal when it already is the one proposed. */
  currentFunction?: string;
  /** The function catalog, for the official names (falls back to built-in names). */
  functionCatalog?: CodeLookup;
}

/** The function code to propose for an economic code, or null when there is none (or the unit type is unknown for 30110). */
export function suggestFunction(input: SuggestFunctionInput): FunctionSuggestion | null {
  const pairing = SOCIAL_INSURANCE_FUNCTIONS.find((p) => p.economic === input.economic.trim());
  if (!pairing) return null;
  const byType = typeof pairing.function !== 'string';
  if (byType && !input.unitType) return null;
  const code = typeof pairing.function === 'string' ? pairing.function : pairing.function[input.unitType as UnitType];
  if (input.currentFunction === code) return null;
  const name = input.functionCatalog?.get(code)?.name ?? FUNCTION_NAMES[code] ?? '';
  const subject = byType
    ? `${UNIT_TYPE_NAMES[input.unitType as UnitType]}的“${pairing.economic} ${pairing.economicName}”`
    : `经济分类“${pairing.economic} ${pairing.economicName}”`;
  return { code, name, reason: `${subject}按支出功能分类科目说明应列“${code} ${name}”。` };
}
