import { Decimal } from '../../../src-core/domain/money/decimal';
import { normalizeFullWidth } from '../../../src-core/domain/money/parse-input';
import { err, ok, type Result } from '../../../src-core/domain/result';

/** Most decimals accepted in an across-the-board change (3.25 % is plausible, 3.14159 % is a slip). */
export const MAX_PERCENT_DECIMALS = 4;

/** Largest increase accepted: a copy of last year's draft times 11 is a typo, not a budget. */
export const MAX_PERCENT = 1000;

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * The across-the-board change typed in 以上年草稿新建, as a canonical decimal string of percent
 * (`-5`, `3.5`, `0`). Accepts full-width digits and signs, one `%` at the end and a leading `+`;
 * empty means no change. Anything else (`5,5`, `1e2`, `五`, `--5`) is refused with a Chinese
 * message rather than guessed. Pure string work: no Number on the value.
 */
export function parsePercentInput(text: string): Result<string, string> {
  const typed = text.trim();
  let s = normalizeFullWidth(text).trim();
  if (s === '') return ok('0');
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  const m = PLAIN.exec(s);
  if (!m)
    return err(`调整比例“${typed}”无法识别：请填写数字，如 -5 表示减少 5%，3.5 表示增加 3.5%；不调整请留空或填 0`);
  const [, sign, int, frac = ''] = m;
  if (frac.length > MAX_PERCENT_DECIMALS)
    return err(`调整比例“${typed}”的小数位过多：最多 ${MAX_PERCENT_DECIMALS} 位小数`);
  const value = new Decimal(`${sign === '-' ? '-' : ''}${int}.${frac || '0'}`);
  if (value.lt(-100)) return err(`调整比例“${typed}”低于 -100%：金额不能减少到负数`);
  if (value.gt(MAX_PERCENT)) return err(`调整比例“${typed}”超过 ${MAX_PERCENT}%，请检查是否多输了数字`);
  return ok(value.isZero() ? '0' : value.toFixed());
}
