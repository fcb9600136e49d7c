import type { Block } from './model';
import { printsZero } from './numbers';
import { paragraph, type Writer } from './writer';

/** (七) 政府性基金预算支出 (T08) / (八) 国有资本经营预算支出 (T09): amounts, or the “没有使用…” sentence. */
export function fundSection(w: Writer, fund: 'gf' | 'soc'): { blocks: Block[]; empty?: boolean } {
  const table = fund === 'gf' ? 'T08' : 'T09';
  const name = fund === 'gf' ? '政府性基金预算拨款' : '国有资本经营预算拨款';
  const total = w.figures.section(table, 'main')
    ? w.figures.cell(table, 'main', 'total', 'total')
    : w.figures.ctx.auxGroupRows('units').reduce((a, r) => a + w.figures.ctx.aux('units', r.key, `out|${fund}|0`), 0);
  if (printsZero(total))
    return { blocks: [paragraph(`${w.subject}${w.year}年没有使用${name}安排的支出。`)], empty: true };
  const classes = w.figures
    .tableCodes(table, 'main', 3, 'total')
    .filter((c) => !printsZero(c.cents))
    .map((c) => `${c.name}${w.amt(c.cents)}`);
  return {
    blocks: [
      paragraph(
        `${w.subject}${w.year}年使用${name}安排的支出${w.amt(total)}${classes.length > 0 ? `，包括：${classes.join('、')}` : ''}。`,
      ),
    ],
  };
}
