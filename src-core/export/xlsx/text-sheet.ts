import { findTableSpec } from '../../domain/tables/definitions';
import type { DerivedRow, DerivedTable } from '../../domain/tables/derived';
import { breakHeader, displayWidth } from './widths';
import { printedAmount } from '../paper/form-layout';
import { longLabelKeys } from '../paper/long-labels';
import { GridBuilder, sideKey, writeNotes, writeTitleLines, type ColumnKind, type SheetLayout } from './grid';

/** Indicator fields no wider than this (≥, 次, %, 40) are centred. */
const SHORT_WIDTH = 6;

/**
 * Is this a text table (T11 项目支出绩效目标表, `kind: 'text'` in its definition): rows with
 * amounts (a project) each followed by detail rows without amounts (its indicators)?
 */
export function isTextTable(table: DerivedTable): boolean {
  return findTableSpec(table.id, table.variant)?.kind === 'text';
}

/**
 * A text table as the 绩效目标表 prints it: one block per project, its first indicator on the
 * project's line and the others below; the project's cells (unit, name, amounts, 总体目标) merged
 * down the block. Columns, all from the table's own label and amount columns: the project's unit
 * and name, its amounts, its 总体目标, then the indicator fields (short ones centred).
 */
export function layoutTextSheet(table: DerivedTable, departmentName: string): SheetLayout {
  const rows = table.rows.filter((r) => r.printed);
  const columns = table.columns.filter((c) => c.printed);
  const heads = rows.filter((r) => !isDetail(r));
  const long = longLabelKeys(rows);
  const headLabels = table.labelColumns.filter((l) => heads.some((r) => (r.text?.[l.key] ?? '') !== ''));
  type Col = { key: string; title: string; kind: ColumnKind; head: boolean; centered: boolean };
  const labelCols: Col[] = table.labelColumns.map((l) => {
    const texts = rows.map((r) => r.text?.[l.key] ?? '');
    return {
      key: l.key,
      title: l.title,
      kind: long.has(l.key) ? 'prose' : 'text',
      head: headLabels.includes(l),
      // Short fields (≥, 次, %, 权重) read best centred.
      centered: !headLabels.includes(l) && texts.every((t) => displayWidth(t) <= SHORT_WIDTH),
    };
  });
  const amountCols: Col[] = columns.map((c) => ({
    key: c.key,
    title: c.title,
    kind: 'amount',
    head: true,
    centered: false,
  }));
  // A project's amounts follow its name (项目名称), then its 总体目标 and the indicator fields.
  const at =
    labelCols.findIndex((c) => c.key === 'projectName') + 1 ||
    labelCols.filter((c) => c.head && c.kind !== 'prose').length;
  const cols: Col[] = [...labelCols.slice(0, at), ...amountCols, ...labelCols.slice(at)];
  const g = new GridBuilder(cols.length);
  const { titleRow } = writeTitleLines(g, table, departmentName);
  const headerTop = g.addRow();
  cols.forEach((c, i) =>
    g.put(headerTop, i, { kind: 'header', text: c.kind === 'amount' ? breakHeader(c.title) : c.title }),
  );
  const section = rows[0]?.section ?? 'main';
  const columnIndex = new Map<string, number>();
  const labelIndex = new Map<string, number>();
  cols.forEach((c, i) => (c.kind === 'amount' ? columnIndex : labelIndex).set(sideKey(section, c.key), i));

  const rowIndex = new Map<string, number>();
  const bodyTop = headerTop + 1;
  for (let i = 0; i < rows.length;) {
    const head = rows[i];
    const details: DerivedRow[] = [];
    for (i++; i < rows.length && isDetail(rows[i]); i++) details.push(rows[i]);
    const top = g.rows;
    const height = Math.max(1, details.length);
    for (let k = 0; k < height; k++) g.addRow();
    rowIndex.set(sideKey(head.section, head.key), top);
    cols.forEach((c, j) => {
      if (!c.head) return;
      if (c.kind === 'amount') {
        const amount = printedAmount(head.values[c.key]);
        g.put(top, j, { kind: 'amount', ...(amount ? { amount } : {}) }, height, 1);
      } else g.put(top, j, { kind: c.kind === 'prose' ? 'prose' : 'text', text: head.text?.[c.key] ?? '' }, height, 1);
    });
    for (let k = 0; k < height; k++) {
      const d = details[k];
      if (d) rowIndex.set(sideKey(d.section, d.key), top + k);
      cols.forEach((c, j) => {
        if (!c.head)
          g.put(top + k, j, {
            kind: c.centered ? 'centered' : c.kind === 'prose' ? 'prose' : 'text',
            text: d?.text?.[c.key] ?? '',
          });
      });
    }
  }
  const bodyBottom = g.rows - 1;
  writeNotes(g, table.notes);
  return {
    width: cols.length,
    columnKinds: cols.map((c) => c.kind),
    cells: g.cells,
    merges: g.merges,
    mergeAt: g.mergeAt,
    titleRow,
    headerTop,
    headerBottom: headerTop,
    bodyTop,
    bodyBottom,
    rowIndex,
    columnIndex,
    labelIndex,
  };
}

/** A detail row (an indicator): descriptive text only, no amounts. */
function isDetail(row: DerivedRow): boolean {
  return Object.keys(row.values).length === 0;
}
