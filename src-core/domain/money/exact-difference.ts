import { fromCents, messageAmount, toDisplaySteps, type Cents } from './cents';
import { CENTS_PER_UNIT, type AmountUnit } from './units';

/**
 * A difference as an officer must read it: exact, never rounded away, and the same in the status
 * bar and in 审核. In the publish unit when it is a whole number of its 0.01 steps (“-12.54 万元”);
 * in 元 when it is smaller than one such step (“1.00 元”, not “0.00 万元” or “0.0001 万元”: a 尾差
 * is found and fixed in 元); otherwise in the publish unit with every decimal it needs (“7.402 万元”).
 */
export function exactDifference(cents: Cents, publishUnit: AmountUnit): { amount: string; unit: AmountUnit } {
  const step = CENTS_PER_UNIT[publishUnit] / 100;
  const onGrid = toDisplaySteps(cents, publishUnit) * step === cents;
  if (!onGrid && Math.abs(cents) < step) return { amount: fromCents(cents, 'yuan'), unit: 'yuan' };
  return { amount: messageAmount(cents, publishUnit), unit: publishUnit };
}
