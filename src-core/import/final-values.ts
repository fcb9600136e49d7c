import { normalizeFullWidth } from '../domain/money/parse-input';
import { err, ok, type Result } from '../domain/result';
import { FINAL_SOURCE_NAMES, FINAL_SOURCES, SOURCE_SHORT_NAMES, type FinalSource } from '../domain/draft/vocabulary';
import { parseSource } from './values';

/**
 * 资金来源 of a 决算 line: the names 公开01表 prints (一般公共预算财政拨款收入 … 经营收入), the
 * 预算 import's names and aliases (values.ts), never a carried-over source — a 决算 has no
 * 是否上年结转: spending out of money carried in is 本年支出 of the money's own source.
 */
const FINAL_NAMES = new Map<string, FinalSource>();
const norm = (s: string) => normalizeFullWidth(s).replace(/\s+/g, '').toLowerCase();
for (const s of FINAL_SOURCES) {
  FINAL_NAMES.set(norm(FINAL_SOURCE_NAMES[s]), s);
  FINAL_NAMES.set(norm(FINAL_SOURCE_NAMES[s].replace(/收入$/, '')), s);
}

const SOURCE_LIST = FINAL_SOURCES.map((s) => FINAL_SOURCE_NAMES[s]).join('、');

export function parseFinalSource(text: string): Result<FinalSource, string> {
  const direct = FINAL_NAMES.get(norm(text));
  if (direct) return ok(direct);
  if (text.trim() === '') return err('资金来源不能为空');
  const read = parseSource(text);
  if (!read.ok) return err(`无法识别资金来源“${text.trim()}”（应为${SOURCE_LIST}之一）`);
  if (read.value.carryover)
    return err(
      `决算不区分是否上年结转：“${text.trim()}”请按资金本身的来源填写（如一般公共预算财政拨款收入），年初结转和结余填在“结转结余”工作表`,
    );
  const source = read.value.source;
  if ((FINAL_SOURCES as readonly string[]).includes(source)) return ok(source as FinalSource);
  if (source === 'special') return err(`决算中财政专户管理资金列入事业收入：请把“${text.trim()}”改为“事业收入”`);
  return err(`资金来源“${SOURCE_SHORT_NAMES[source]}”不是决算的收入来源（应为${SOURCE_LIST}之一）`);
}
