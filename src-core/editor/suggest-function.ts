import { SOCIAL_INSURANCE, SOCIAL_INSURANCE_FUNCTION_NAMES } from '../domain/catalog/social-insurance';
import { UNIT_TYPE_NAMES, type UnitType } from '../domain/draft/vocabulary';
import type { CodeLookup } from './cell-input';

/**
 * When an officer picks an economic code for a social-insurance or housing-fund payment, the
 * function code is fixed by what is paid, not by the department's work (the pairs are data:
 * `domain/catalog/social-insurance.ts`, shared with rule R-LINK-SOCIAL). Proposing it saves a
 * look-up and avoids the common mistake of booking these under 2010301 行政运行. 30110 depends on
 * the unit type: 行政单位 and 参公事业单位 → 2101101 行政单位医疗, 事业单位 → 2101102 事业单位医疗.
 */

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
  const pairing = SOCIAL_INSURANCE.find((p) => p.economic === input.economic.trim());
  if (!pairing) return null;
  const byType = typeof pairing.function !== 'string';
  if (byType && !input.unitType) return null;
  const code = typeof pairing.function === 'string' ? pairing.function : pairing.function[input.unitType as UnitType];
  if (input.currentFunction === code) return null;
  const name = input.functionCatalog?.get(code)?.name ?? SOCIAL_INSURANCE_FUNCTION_NAMES[code] ?? '';
  const subject = byType
    ? `${UNIT_TYPE_NAMES[input.unitType as UnitType]}的“${pairing.economic} ${pairing.economicName}”`
    : `经济分类“${pairing.economic} ${pairing.economicName}”`;
  return { code, name, reason: `${subject}按支出功能分类科目说明应列“${code} ${name}”。` };
}
