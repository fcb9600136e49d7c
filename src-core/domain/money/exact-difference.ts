import { fromCents, messageAmount, toDisplaySteps, type Cents } from './cents';
import { CENTS_PER_UNIT, type AmountUnit } from './units';

/**
 * A difference as an officer must read it: exact, never rounded away. In the publish unit when it
 * is a whole number of its 0.01 steps (“-12.54 万元”); otherwise in 元, to the 分 (“1.00 元”, not
 * “0.00 万元” or “0.0001 万元”), since a 尾差 is found and fixed in 元.
 */
export function exactDifference(cents: Cents, publishUnit: AmountUnit): { amount: string; unit: AmountUnit } {
  const step = CENTS_PER_UNIT[publishUnit] / 100;
  if (toDisplaySteps(cents, publishUnit) * step === cents)
    return { amount: messageAmount(cents, publishUnit), unit: publishUnit };
  return { amount: fromCents(cents, 'yuan'), unit: 'yuan' };
}
