import type { Indicator } from '../../../../src-core/domain/draft/types';
import { INDICATOR_OPS } from '../../../../src-core/domain/draft/vocabulary';
import { err, ok, type Result } from '../../../../src-core/domain/result';

/** 一级指标 of the 项目绩效目标表 (财政部 指标体系). Other text in a file is kept and shown. */
export const LEVEL1 = ['产出指标', '效益指标', '成本指标', '满意度指标'] as const;

/** A new indicator row. */
export function blankIndicator(): Indicator {
  return { level1: '产出指标', level2: '', level3: '', op: '≥', value: '', unit: '', weight: null };
}

/** A weight as typed: blank → none; otherwise 0–100, at most two decimals. */
export function readWeight(text: string): Result<number | null, string> {
  const t = text
    .trim()
    .replace(/[\uFF10-\uFF19．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (t === '') return ok(null);
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return err(`权重“${text.trim()}”应为 0 到 100 之间的数，最多两位小数`);
  const n = Number(t);
  if (n > 100) return err(`权重“${text.trim()}”超过 100`);
  return ok(n);
}

/** One typed cell of an indicator, applied (or why it is refused). */
export function withIndicatorCell(ind: Indicator, key: string, text: string): Result<Indicator, string> {
  switch (key) {
    case 'weight': {
      const w = readWeight(text);
      return w.ok ? ok({ ...ind, weight: w.value }) : w;
    }
    case 'op':
      if (!(INDICATOR_OPS as readonly string[]).includes(text)) return err(`运算符只能是 ${INDICATOR_OPS.join(' ')}`);
      return ok({ ...ind, op: text });
    case 'level1':
    case 'level2':
    case 'level3':
    case 'value':
    case 'unit':
      return ok({ ...ind, [key]: text.trim() });
    default:
      return err('该列不能修改');
  }
}
