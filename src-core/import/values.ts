import { Decimal } from '../domain/money/decimal';
import { normalizeFullWidth, parseAmountInput } from '../domain/money/parse-input';
import { UNIT_LABEL, type AmountUnit } from '../domain/money/units';
import { err, ok, type Result } from '../domain/result';
import {
  EXPENSE_KIND_NAMES,
  EXPENSE_KINDS,
  SOURCE_NAMES,
  SOURCE_SHORT_NAMES,
  UNIT_TYPE_NAMES,
  UNIT_TYPES,
  type ExpenseKind,
  type Source,
  type UnitType,
} from '../domain/draft/vocabulary';

/**
 * Cell texts → draft values (codes, the closed vocabularies by their Chinese names, amounts in
 * the draft's unit). Each returns a value or the Chinese reason, never guesses.
 */
const key = (s: string) => normalizeFullWidth(s).replace(/\s+/g, '').toLowerCase();

function table<T extends string>(entries: [T, string[]][]): Map<string, T> {
  const m = new Map<string, T>();
  for (const [value, names] of entries) for (const n of [value, ...names]) m.set(key(n), value);
  return m;
}

const KIND_BY_NAME = table<ExpenseKind>(EXPENSE_KINDS.map((k) => [k, [EXPENSE_KIND_NAMES[k]]]));
for (const [alias, kind] of [
  ['人员', 'personnel'],
  ['基本支出-人员经费', 'personnel'],
  ['基本支出（人员经费）', 'personnel'],
  ['工资福利支出', 'personnel'],
  ['公用', 'public'],
  ['基本支出-公用经费', 'public'],
  ['基本支出（公用经费）', 'public'],
  ['日常公用经费', 'public'],
  ['项目', 'project'],
  ['项目经费', 'project'],
  ['经营支出', 'operating'],
  ['上缴上级', 'toSuperior'],
  ['对附属单位补助', 'toSubsidiary'],
] as const)
  KIND_BY_NAME.set(key(alias), kind);

const SOURCE_BY_NAME = table<Source>(
  (Object.keys(SOURCE_NAMES) as Source[]).map((s) => [s, [SOURCE_NAMES[s], SOURCE_SHORT_NAMES[s]]]),
);
for (const [alias, src] of [
  ['一般公共预算拨款', 'gpb'],
  ['一般公共预算资金', 'gpb'],
  ['财政拨款', 'gpb'],
  ['一般预算', 'gpb'],
  ['政府性基金预算拨款', 'gf'],
  ['政府性基金', 'gf'],
  ['国有资本经营预算拨款', 'soc'],
  ['国有资本经营预算', 'soc'],
  ['财政专户', 'special'],
  ['财政专户管理资金', 'special'],
  ['事业收入（不含财政专户管理资金）', 'business'],
  ['经营收入', 'operating'],
  ['上级补助', 'superior'],
  ['附属单位上缴', 'subsidiary'],
  ['其他', 'other'],
  ['单位资金结转结余', 'unit'],
  ['单位资金', 'unit'],
] as const)
  SOURCE_BY_NAME.set(key(alias), src);

const UNIT_TYPE_BY_NAME = table<UnitType>(UNIT_TYPES.map((t) => [t, [UNIT_TYPE_NAMES[t]]]));
for (const [alias, t] of [
  ['行政', 'admin'],
  ['参公', 'civil'],
  ['参公单位', 'civil'],
  ['参照公务员法管理事业单位', 'civil'],
  ['参照公务员法管理的事业单位（参公）', 'civil'],
  ['事业', 'institution'],
  ['公益一类事业单位', 'institution'],
  ['公益二类事业单位', 'institution'],
] as const)
  UNIT_TYPE_BY_NAME.set(key(alias), t);

export function parseKind(text: string): Result<ExpenseKind, string> {
  const k = KIND_BY_NAME.get(key(text));
  if (k) return ok(k);
  if (text.trim() === '') return err('支出类型不能为空');
  return err(
    `无法识别支出类型“${text.trim()}”（应为${EXPENSE_KINDS.map((x) => EXPENSE_KIND_NAMES[x]).join('、')}之一）`,
  );
}

/**
 * 资金来源, with 上年结转 written into the name (“上年结转-一般公共预算”, “一般公共预算（上年结转）”)
 * read as carryover.
 */
export function parseSource(text: string): Result<{ source: Source; carryover?: boolean }, string> {
  const direct = SOURCE_BY_NAME.get(key(text));
  if (direct) return ok({ source: direct, ...(direct === 'unit' ? { carryover: true } : {}) });
  const stripped = key(text)
    .replace(/^(上年结转结余|上年结转)[-—:：]?/, '')
    .replace(/[(（]?(上年结转结余|上年结转)[)）]?$/, '');
  if (stripped !== key(text)) {
    const s = SOURCE_BY_NAME.get(stripped);
    if (s) return ok({ source: s, carryover: true });
  }
  if (text.trim() === '') return err('资金来源不能为空');
  return err(
    `无法识别资金来源“${text.trim()}”（如：一般公共预算拨款收入、政府性基金预算拨款收入、财政专户管理资金收入、事业收入、其他收入）`,
  );
}

export function parseUnitType(text: string): Result<UnitType, string> {
  const t = UNIT_TYPE_BY_NAME.get(key(text));
  if (t) return ok(t);
  if (text.trim() === '') return err('单位类型不能为空');
  return err(`无法识别单位类型“${text.trim()}”（应为行政单位、参照公务员法管理的事业单位或事业单位）`);
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '结转', '上年结转']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '', '本年', '当年']);

/** 是/否; an empty cell is 否 (本年收入). */
export function parseYesNo(text: string): Result<boolean, string> {
  const k = key(text);
  if (YES.has(k)) return ok(true);
  if (NO.has(k)) return ok(false);
  return err(`应填“是”或“否”，实际为“${text.trim()}”`);
}

/**
 * A classification code: digits, optionally followed by the name (“2010301 行政运行”,
 * “[30101]基本工资”) as budget systems export them.
 */
export function parseCode(text: string): Result<string, string> {
  const s = normalizeFullWidth(text).trim();
  if (s === '') return err('科目编码不能为空');
  const m = /^[[【]?(\d+)[\]】]?(?:[\s\-—:：_]*[^\d\s].*)?$/.exec(s);
  if (!m) return err(`“${s}”不是科目编码（应为数字，如 2010301）`);
  return ok(m[1]);
}

/**
 * A code cell that also holds the name, as budget systems export them: “103005 某某中心”,
 * “[103005]某某中心”, “103005-某某中心”. The code is letters and digits (with at least one digit;
 * “167001-01” stays one code: a name begins with a character that is not ASCII). null when the
 * cell is not of that form.
 */
export function splitCodeName(text: string): { code: string; name: string } | null {
  const s = normalizeFullWidth(text).trim();
  const m =
    /^[[【]\s*([0-9A-Za-z][0-9A-Za-z._-]*)\s*[\]】]\s*(\S.*)$/.exec(s) ??
    /^([0-9A-Za-z][0-9A-Za-z._-]*?)(?:\s+|\s*[-—–:：_]\s*)(\P{ASCII}.*)$/u.exec(s);
  if (!m || !/\d/.test(m[1])) return null;
  return { code: m[1], name: m[2].trim() };
}

/** Plain identifier (unit / project code): trimmed, full-width folded. */
export function cleanCode(text: string): string {
  return normalizeFullWidth(text).trim();
}

/**
 * An amount cell in the file's unit → canonical decimal string in the draft's unit. Parsing is
 * parseAmountInput's (full-width digits, thousands separators, `13,6` refused…); converting
 * 万元 ↔ 元 is exact (decimal.js), and refused when 元 would get fractions of a 分.
 */
export function parseAmountCell(text: string, fileUnit: AmountUnit, draftUnit: AmountUnit): Result<string, string> {
  const parsed = parseAmountInput(text, fileUnit);
  if (!parsed.ok || fileUnit === draftUnit) return parsed;
  const d = new Decimal(parsed.value);
  if (draftUnit === 'yuan') {
    const yuan = d.times(10000);
    if (yuan.decimalPlaces() > 2)
      return err(`金额“${text.trim()}”${UNIT_LABEL[fileUnit]}换算成元后超过两位小数（不足一分）`);
    return ok(yuan.toFixed(2));
  }
  return ok(d.dividedBy(10000).toFixed());
}

/**
 * Codes that begin with 0, by the code without its zeros (“001” under “1”): how a code typed into
 * an Excel number cell comes out.
 */
export function zeroPadded(codes: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of codes) {
    if (c.length > 1 && c.charCodeAt(0) === 48 && /^\d+$/.test(c)) {
      const bare = c.replace(/^0+/, '');
      if (bare !== '' && !out.has(bare)) out.set(bare, c);
    }
  }
  return out;
}

/**
 * Appended to “not found” for a code cell that may have lost its leading zeros: the cell is an
 * Excel number (001 typed into it is stored as 1), or the code with zeros put back is one the
 * file or the draft knows (`where`: 单位表, 项目表, 科目表). '' when neither.
 */
export function lostZerosHint(code: string, isNumber: boolean, full: string | undefined, where: string): string {
  if (!/^\d+$/.test(code) || code.charCodeAt(0) === 48) return '';
  if (isNumber)
    return `。该单元格是数字格式，开头的 0 可能已丢失（${full ? `${where}中有“${full}”` : '如 001 变成 1'}），请把该列设为文本格式后重新输入`;
  if (full)
    return `。开头的 0 可能已丢失（${where}中有“${full}”；在数字格式的单元格中输入 001 会变成 1），请把该列设为文本格式后重新输入`;
  return '';
}
