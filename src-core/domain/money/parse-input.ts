import { err, ok, type Result } from '../result';
import { MAX_DECIMALS, UNIT_LABEL, type AmountUnit } from './units';

/**
 * Parsing what an officer types, or pastes from Excel/WPS, into an amount cell (docs/architecture.md “Money”).
 *
 * The answer is the canonical plain decimal string of the draft file (`"1234.50"`, `"-12"`) or a
 * Chinese message quoting the input. Anything that could be read two ways (`13,6`: 13.6 or a
 * mistyped 13,600?) is refused rather than guessed. Pure string work: no Number on amounts.
 */

/** Largest number of integer digits accepted (below 10^15, well within the engine's exact range). */
export const MAX_INTEGER_DIGITS = 15;

/** Longest input quoted verbatim in a message; longer input is cut with “…”. */
const QUOTE_LIMIT = 40;

/** Minus-like characters read as '-': U+2212 minus, hyphens and dashes an IME or Word may produce. */
const MINUS_RE = /[\u2010\u2011\u2012\u2013\u2212\uFE63]/g;
/** Spaces that may separate digit groups: NBSP, figure space, thin spaces, ideographic space. */
const SPACE_RE = /[\u00A0\u2007\u2009\u202F\u3000]/g;
/** Invisible characters that ride along with pasted text: zero-width spaces/joiners, BOM. */
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Full-width ASCII (U+FF01–U+FF5E: ０-９ ． ， － ＋ （ ） ％ Ｅ …) to half-width, ideographic,
 * no-break and thin spaces to ' ', the minus sign U+2212 (and dash look-alikes) to '-'; drops
 * zero-width characters.
 */
export function normalizeFullWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(INVISIBLE_RE, '')
    .replace(SPACE_RE, ' ')
    .replace(MINUS_RE, '-');
}

/** The input as quoted in a message: trimmed, cut when long. */
function quote(text: string): string {
  const t = text.trim();
  const chars = Array.from(t);
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : t;
}

const CURRENCY = new Set(['￥', '¥']);
const SIGNS = new Set(['-', '+', '负']);

/**
 * Parses one cell of user input in `unit` to a canonical decimal string: no thousands separators,
 * no '+', no trailing dot, no superfluous leading zeros, `-0` → `0`; decimals are kept as typed,
 * except that zeros past the unit's limit are dropped (`12.500` 元 → `12.50`).
 */
export function parseAmountInput(text: string, unit: AmountUnit): Result<string, string> {
  const fail = (reason: string): Result<never, string> => err(`无法识别金额“${quote(text)}”：${reason}`);

  let s = normalizeFullWidth(text).trim();
  if (s === '') return err('金额不能为空');

  if (s.includes('%')) return fail('不能填写百分数，请填写金额');
  if (/\d\s*[eE]\s*[+-]?\s*\d/.test(s))
    return fail('不支持科学计数法，请填写完整的数字（Excel 中可先把列宽拉大或设为数值格式再复制）');

  // Unit suffix.
  if (s.endsWith('万元')) {
    if (unit !== 'wanyuan')
      return fail(`本稿金额单位为${UNIT_LABEL[unit]}，请换算成${UNIT_LABEL[unit]}后填写数字，不要带“万元”`);
    s = s.slice(0, -2).trimEnd();
  } else if (s.endsWith('元')) {
    s = s.slice(0, -1).trimEnd();
  } else if (s.endsWith('万')) {
    return fail(`请直接填写以${UNIT_LABEL[unit]}为单位的数字，不要带“万”`);
  }

  // Wrappers in front of the digits: one sign (- + 负), one currency mark, or accounting parentheses.
  let sign = '';
  let currency = false;
  let parens = false;
  for (;;) {
    s = s.trim();
    const first = s.charAt(0);
    if (first === '(') {
      if (parens) return fail('括号重复');
      if (!s.endsWith(')')) return fail('括号不成对');
      if (sign !== '') return fail('括号表示负数，不能再加正负号');
      parens = true;
      s = s.slice(1, -1);
    } else if (CURRENCY.has(first)) {
      if (currency) return fail('货币符号重复');
      currency = true;
      s = s.slice(1);
    } else if (SIGNS.has(first)) {
      if (sign !== '') return fail('正负号重复');
      if (parens) return fail('括号表示负数，不能再加正负号');
      sign = first;
      s = s.slice(1);
    } else {
      break;
    }
  }
  const negative = parens || sign === '-' || sign === '负';

  // What is left must be digits, at most one '.', and thousands separators (',' or ' ').
  if (s === '') return fail(sign !== '' && !parens && !currency ? '只有符号没有数字；没有数额请填 0' : '缺少数字');
  if (s.endsWith('元')) {
    s = s.slice(0, -1).trimEnd(); // “(12)元”, “-12 元” after the wrappers
    if (s === '') return fail('缺少数字');
  }
  const bad = Array.from(s).find((c) => !/[0-9., ]/.test(c));
  if (bad !== undefined) {
    if (SIGNS.has(bad)) {
      const at = s.indexOf(bad);
      if (!/[0-9]/.test(s.slice(0, at))) return fail('正负号重复');
      return fail(/[0-9]/.test(s.slice(at)) ? `数字中间不能有“${bad}”` : '正负号应写在数字前面');
    }
    if (CURRENCY.has(bad)) return fail('货币符号应写在数字前面');
    if (bad === '(' || bad === ')') return fail('括号不成对');
    if (bad === '。') return fail('小数请用小数点“.”，不要用句号');
    if (!/[0-9]/.test(s)) return fail('不是数字');
    return fail(`含有无法识别的字符“${bad}”`);
  }
  if (!/[0-9]/.test(s)) return fail('不是数字');

  const dot = s.indexOf('.');
  if (dot !== s.lastIndexOf('.')) return fail('小数点多于一个');
  const intRaw = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (/[, ]/.test(frac)) {
    if (frac.includes(',')) return fail('小数点后不能有逗号；千分位逗号只能写在整数部分');
    return fail('小数部分中间不能有空格');
  }

  const grouped = checkGroups(intRaw);
  if (!grouped.ok) return fail(grouped.error);
  const digits = grouped.value;

  const max = MAX_DECIMALS[unit];
  if (frac.length > max) {
    const kept = frac.slice(0, max);
    if (!/^0*$/.test(frac.slice(max))) {
      return fail(`${UNIT_LABEL[unit]}最多${CHINESE_COUNT[max] ?? max}位小数（精确到分）`);
    }
    frac = kept;
  }

  const int = digits.replace(/^0+(?=\d)/, '') || '0';
  if (int.length > MAX_INTEGER_DIGITS) {
    return fail(`整数部分超过${MAX_INTEGER_DIGITS}位，请检查金额或单位`);
  }

  const body = frac === '' ? int : `${int}.${frac}`;
  const zero = /^[0.]*$/.test(body);
  return ok(negative && !zero ? `-${body}` : body);
}

const CHINESE_COUNT: Record<number, string> = { 2: '两', 6: '六' };

/**
 * Validates the integer part with optional thousands separators (all ',' or all ' ', groups of
 * three after a first group of 1–3 digits not starting with 0) and returns its bare digits.
 */
function checkGroups(intRaw: string): Result<string, string> {
  if (!/[, ]/.test(intRaw)) return ok(intRaw);
  const hasComma = intRaw.includes(',');
  if (hasComma && intRaw.includes(' ')) return fail2('千分位分隔符不一致：逗号与空格不能混用');
  const sep = hasComma ? ',' : ' ';
  const what = hasComma ? '逗号' : '空格';
  if (intRaw.startsWith(sep)) return fail2(hasComma ? '开头不能是逗号' : '数字中间有多余的空格');
  if (intRaw.includes(sep + sep)) return fail2(`${what}重复`);
  const groups = intRaw.split(sep);
  const [head, ...rest] = groups;
  const groupsOk = head.length <= 3 && rest.every((g) => g.length === 3);
  if (!groupsOk || head === '') {
    return fail2(
      hasComma ? '逗号后应为三位数字的千分位，小数请用小数点' : '数字中间有空格：空格只能作为三位一组的千分位',
    );
  }
  if (head.startsWith('0')) return fail2(`以0开头的数字不能带千分位${what}`);
  return ok(groups.join(''));
}

function fail2(reason: string): Result<never, string> {
  return err(reason);
}
