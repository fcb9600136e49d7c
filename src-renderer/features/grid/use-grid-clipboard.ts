import { useCallback, type ClipboardEvent } from 'react';
import type { CodeCatalogs } from '../../../src-core/editor/cell-input';
import { parseHtmlTable } from '../../../src-core/editor/clipboard/parse-html';
import { parseTsv } from '../../../src-core/editor/clipboard/parse-tsv';
import { dropHeaderRow } from '../../../src-core/editor/clipboard/paste-header';
import { planPaste } from '../../../src-core/editor/clipboard/paste-plan';
import { toTsv } from '../../../src-core/editor/clipboard/to-tsv';
import type { CellChange } from '../../../src-core/editor/grid-model';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import {
  cellSelection,
  extendTo,
  isSingleCell,
  type CellRange,
  type GridSize,
  type Selection,
} from '../../../src-core/editor/selection';
import { cellText, type ExpenseColumn } from './expense-columns';
import type { GridSource } from './grid-edits';
import type { GridEdit } from './use-cell-popup';
import type { GridMessage } from './use-grid-controller';

/** After a refused paste: the source is corrected and copied again. */
const PASTE_HINT = '请在原表格中改正后重新复制粘贴，或直接在单元格中修改。按 Esc 关闭本提示。';

interface Options {
  edit: GridEdit | null;
  columns: readonly ExpenseColumn[];
  range: CellRange;
  selection: Selection;
  source: GridSource;
  readContext: { unit: AmountUnit; catalogs: CodeCatalogs };
  size: GridSize;
  apply(label: string, changes: readonly CellChange[], rowsToAdd?: number): void;
  setSelection(selection: Selection): void;
  setMessage(message: GridMessage | null): void;
  setNotice(notice: string | null): void;
}

/** The titles of a skipped header row as a notice quotes them: the first few. */
function quoteTitles(titles: readonly string[]): string {
  return titles.length > 4 ? `${titles.slice(0, 4).join('、')}…` : titles.join('、');
}

/**
 * Copy and paste of the 支出明细 grid. A pasted block is read whole, all or nothing; rows past the
 * last line (pasted on the new row at the bottom, or running past it) become new lines, and a
 * header row copied with the data (the grid's titles or the import template's) is skipped, with
 * one short notice.
 */
export function useGridClipboard({
  edit,
  columns,
  range,
  selection,
  source,
  readContext,
  size,
  apply,
  setSelection,
  setMessage,
  setNotice,
}: Options) {
  const onCopy = useCallback(
    (e: ClipboardEvent<HTMLElement>) => {
      if (edit) return;
      e.preventDefault();
      const block: string[][] = [];
      for (let row = range.top; row <= range.bottom && row < source.ids.length; row++) {
        const line = source.line(source.ids[row]);
        block.push(columns.slice(range.left, range.right + 1).map((c) => cellText(c, line)));
      }
      e.clipboardData.setData('text/plain', toTsv(block));
    },
    [edit, range, source, columns],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLElement>) => {
      if (edit) return;
      e.preventDefault();
      const html = e.clipboardData.getData('text/html');
      const pasted = (html ? parseHtmlTable(html) : null) ?? parseTsv(e.clipboardData.getData('text/plain'));
      const { block, header } = dropHeaderRow(pasted, columns);
      const skipped = header ? `第一行是表头（${quoteTitles(header)}），已跳过` : null;
      if (block.length === 0) {
        setNotice(skipped ? '粘贴的内容只有表头行，没有粘贴任何内容。' : null);
        return;
      }
      const plan = planPaste({
        columns,
        anchor: { row: range.top, col: range.left },
        block,
        rowCount: source.ids.length,
        ...readContext,
        target: isSingleCell(selection) ? undefined : range,
      });
      if (!plan.ok) {
        setNotice(null);
        setMessage({
          title: `无法粘贴：${plan.errors.length} 个单元格有问题，没有粘贴任何内容${header ? '（已跳过表头行）' : ''}`,
          issues: plan.errors,
          kind: 'error',
          hint: PASTE_HINT,
        });
        return;
      }
      apply('粘贴', plan.changes, plan.rowsToAdd);
      const height = Math.max(1, block.length);
      const width = Math.max(1, ...block.map((r) => r.length));
      const grown = { ...size, rows: size.rows + plan.rowsToAdd };
      setSelection(
        extendTo(
          cellSelection({ row: range.top, col: range.left }, grown),
          { row: range.top + height - 1, col: range.left + width - 1 },
          grown,
        ),
      );
      setNotice(skipped ? `已粘贴 ${block.length} 行；${skipped}。` : null);
      setMessage(
        plan.warnings.length > 0 ? { title: '已粘贴，请核对以下单元格', issues: plan.warnings, kind: 'warning' } : null,
      );
    },
    [edit, columns, range, source, readContext, selection, apply, size, setSelection, setMessage, setNotice],
  );

  return { onCopy, onPaste };
}
