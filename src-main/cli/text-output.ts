import type { DerivedTable } from '../../src-core/domain/tables/derived';
import { UNIT_LABEL } from '../../src-core/domain/money/units';

/** Plain-text rendering of the tables for a terminal: printed rows and columns, zero as blank. */
export function renderTablesText(tables: DerivedTable[]): string {
  const out: string[] = [];
  for (const t of tables) {
    out.push(`${t.number ? `${t.number} ` : ''}${t.title}（单位：${UNIT_LABEL[t.unit]}）`);
    const cols = t.columns.filter((c) => c.printed);
    for (const r of t.rows.filter((x) => x.printed)) {
      const cells = cols
        .filter((c) => c.section === r.section)
        .map((c) => {
          const v = r.values[c.key];
          return `${c.title}=${v === undefined || v === '0.00' ? '' : v}`;
        });
      out.push(`  ${'  '.repeat(Math.max(0, r.level - 1))}${r.code ? `${r.code} ` : ''}${r.name}  ${cells.join('  ')}`);
    }
    for (const n of t.notes) out.push(`  注：${n}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
