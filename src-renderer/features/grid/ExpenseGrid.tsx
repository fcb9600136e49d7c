import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { UNIT_LABEL } from '../../domain/money/units';
import { selectionRange, type Cell } from '../../editor/selection';
import type { DraftSession } from '../session/draft-session';
import { expenseColumns } from './expense-columns';
import { GridMessageBox } from './GridMessageBox';
import { GridRow } from './GridRow';
import { GridToolbar } from './GridToolbar';
import { useGridController } from './use-grid-controller';
import { pageRows, ROW_HEIGHT, scrollToReveal, visibleRows, windowCapacity } from './virtual-window';

/** A request to select a cell from outside the grid (a finding clicked in 审核). */
export interface RevealRequest { row: number; col: string | null; nonce: number }

interface Props {
  session: DraftSession;
  version: number;
  reveal: RevealRequest | null;
}

const ROWNUM_WIDTH = 48;

/**
 * 支出明细: every expense line of the draft, edited as in Excel. Only the rows in view are in the
 * DOM (50,000 lines scroll like 50). The keyboard focus sits in one input placed over the active
 * cell: it is the cell editor while editing and receives IME composition, copy and paste otherwise.
 */
export function ExpenseGrid({ session, version, reveal }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const columns = useMemo(() => expenseColumns(session.engine.head), [session]);
  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = ROWNUM_WIDTH;
    for (const c of columns) { out.push(x); x += c.width; }
    return { out, total: x };
  }, [columns]);

  const revealRow = useCallback((row: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const body = el.clientHeight - ROW_HEIGHT; // below the sticky header
    const next = scrollToReveal(row, el.scrollTop, body);
    if (next !== el.scrollTop) el.scrollTop = next;
  }, []);

  const grid = useGridController({ session, version, columns, pageSize: pageRows(viewport.height - ROW_HEIGHT), reveal: revealRow });
  const { source, selection, edit } = grid;
  const rowCount = source.ids.length;

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setViewport({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    inputRef.current?.focus({ preventScroll: true });
  }, [selection.anchor.row, selection.anchor.col, edit === null]);

  const { select } = grid;
  useEffect(() => {
    if (!reveal) return;
    const col = Math.max(0, columns.findIndex((c) => c.key === reveal.col));
    select({ row: reveal.row, col });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new request (nonce) selects once
  }, [reveal?.nonce]);

  // Horizontal: keep the active column in view when moving with the keyboard.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const left = lefts.out[selection.focus.col] - ROWNUM_WIDTH;
    const right = lefts.out[selection.focus.col] + columns[selection.focus.col].width;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
  }, [selection.focus.col, lefts, columns]);

  const { first, last } = visibleRows(Math.max(0, viewport.top), viewport.height, rowCount);
  const range = selectionRange(selection);
  const catalogs = session.engine.catalogs;
  const projectNames = useMemo(() => new Map(session.engine.head.projects.map((p) => [p.code, p.name])), [session]);

  const cellAt = (e: MouseEvent): Cell | null => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('.grid-cell');
    const rowEl = target?.parentElement;
    if (!target || !rowEl?.dataset.row) return null;
    return { row: Number(rowEl.dataset.row), col: columns.findIndex((c) => c.key === target.dataset.col) };
  };

  // Row elements are a pool: row r is drawn by element r % capacity, listed in that order, so that
  // scrolling gives the same elements other rows to show (React updates their text) instead of
  // removing the rows that left the window and building the ones that entered it, and no element
  // moves. Positions are absolute, and aria-rowindex gives each row's place to assistive technology.
  const capacity = windowCapacity(viewport.height);
  const rows = [];
  const wrapped = Math.max(0, last - (first + ((capacity - (first % capacity)) % capacity)) + 1); // rows from element 0 on
  for (let i = 0; i <= last - first; i++) {
    const r = i < wrapped ? last - wrapped + 1 + i : first + i - wrapped;
    const inRange = r >= range.top && r <= range.bottom;
    rows.push(
      <GridRow
        key={r % capacity}
        row={r}
        line={source.line(source.ids[r])}
        columns={columns}
        catalogs={catalogs}
        projectNames={projectNames}
        selectedFrom={inRange ? range.left : null}
        selectedTo={inRange ? range.right : null}
        activeCol={r === selection.anchor.row ? selection.anchor.col : null}
      />,
    );
  }

  const active = selection.anchor;
  const editorStyle = {
    top: active.row * ROW_HEIGHT, left: lefts.out[active.col], width: columns[active.col].width, height: ROW_HEIGHT,
  };

  return (
    <section className="expense-grid" aria-label="支出明细">
      <GridToolbar
        rowCount={rowCount}
        undoLabel={session.undoLabel}
        redoLabel={session.redoLabel}
        unitLabel={UNIT_LABEL[session.engine.head.amountUnit]}
        onInsertRow={grid.insertRow}
        onDeleteRows={grid.deleteRows}
        onUndo={grid.undo}
        onRedo={grid.redo}
      />
      {grid.message && <GridMessageBox message={grid.message} onDismiss={() => { grid.dismissMessage(); inputRef.current?.focus(); }} />}
      <div
        className="grid-scroll"
        ref={scrollRef}
        role="grid"
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length + 1}
        data-testid="expense-grid"
        onScroll={(e) => {
          const top = e.currentTarget.scrollTop;
          setViewport((v) => ({ ...v, top }));
        }}
        onMouseDown={(e) => {
          const cell = cellAt(e);
          if (!cell) return;
          e.preventDefault();
          grid.select(cell, e.shiftKey);
          inputRef.current?.focus({ preventScroll: true });
        }}
        onDoubleClick={(e) => {
          if (cellAt(e)) grid.startEdit('edit');
        }}
      >
        <div className="grid-header" role="row" style={{ width: lefts.total }}>
          <div className="grid-rownum" role="columnheader">序号</div>
          {columns.map((c) => (
            <div key={c.key} className={`grid-colhead ${c.align ?? ''}`} role="columnheader" style={{ width: c.width }}>
              {c.label}{c.kind === 'amount' && <small>（{UNIT_LABEL[session.engine.head.amountUnit]}）</small>}
            </div>
          ))}
        </div>
        <div className="grid-body" style={{ height: Math.max(rowCount, 1) * ROW_HEIGHT, width: lefts.total }}>
          {rows}
          {rowCount === 0 && <div className="grid-empty">还没有支出行。点击“插入行”，或从 Excel 复制后在此按 Ctrl+V 粘贴。</div>}
          <input
            ref={inputRef}
            className={edit ? 'cell-editor editing' : 'cell-editor'}
            style={editorStyle}
            aria-label={`${columns[active.col].label}，第 ${active.row + 1} 行`}
            data-testid="cell-editor"
            value={edit?.text ?? ''}
            onChange={(e) => grid.setEditText(e.target.value)}
            onKeyDown={grid.onKeyDown}
            onCopy={grid.onCopy}
            onPaste={grid.onPaste}
            onCompositionStart={grid.onCompositionStart}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </div>
    </section>
  );
}
