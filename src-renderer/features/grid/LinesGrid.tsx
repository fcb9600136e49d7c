import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import { createCodeSearch } from '../../../src-core/editor/code-search';
import { isFiltered, NO_VIEW, type SortKey, type ViewSpec } from '../../../src-core/editor/row-view';
import { selectionRange, type Cell } from '../../../src-core/editor/selection';
import type { SectionFocus } from '../sections/focus';
import type { ExpenseColumn } from './expense-columns';
import { CELL_POPUP_ID, CellPopupList } from './CellPopupList';
import { GridFilterBar, UnitChip, ViewStateNotice } from './GridFilterBar';
import { GridFooter } from './GridFooter';
import { GridMessageBox } from './GridMessageBox';
import { GridRow, NewRow } from './GridRow';
import { GridToolbar } from './GridToolbar';
import type { BlankLine, GridSession } from './grid-session';
import { ProposalBar } from './ProposalBar';
import { useGridController } from './use-grid-controller';
import { ACCEPT_PROPOSAL_KEYS } from './use-line-proposals';
import './grid-view.css';
import { useRowView } from './use-row-view';
import { pageRows, ROW_HEIGHT, scrollToReveal, visibleRows, windowCapacity } from './virtual-window';

/** A request to select a cell from outside the grid (a finding clicked in 审核). */
export interface RevealRequest {
  row: number;
  col: string | null;
  nonce: number;
}

/** The columns of a kind of lines, as data: built from the draft's units and projects, and how a new line is made. */
export interface GridColumnSet {
  columns(choices: {
    units: GridSession['engine']['head']['units'];
    projects: GridSession['engine']['head']['projects'];
  }): ExpenseColumn[];
  /** The 预算's blank line when absent. */
  blank?: BlankLine;
  /** The grid's name (aria-label). */
  label: string;
  /** What the empty grid says. */
  emptyText: string;
}

interface Props {
  session: GridSession;
  version: number;
  columnSet: GridColumnSet;
  reveal: RevealRequest | null;
  /** A finding's 定位 to a unit: the grid shows only that unit's lines (once per request). */
  focus?: SectionFocus | null;
}

/** The last unit request each draft's grid has applied (the grid is rebuilt on every visit). */
const appliedFocus = new WeakMap<GridSession, number>();

const ROWNUM_WIDTH = 48;
/** Height the code list needs below a cell; nearer the bottom of the view it opens above the cell. */
const POPUP_HEIGHT = 300;
const SORTABLE = new Set<string>(['unit', 'function', 'economic', 'kind', 'project', 'amount']);

/**
 * The lines of a draft edited as in Excel — the 预算's 支出明细 (ExpenseGrid) and the 决算's 支出决算明细,
 * each with its column set: every expense line of the draft. Only the rows in view are in the
 * DOM (50,000 lines scroll like 50). The keyboard focus sits in one input placed over the active
 * cell: it is the cell editor while editing and receives IME composition, copy and paste otherwise.
 */
export function LinesGrid({ session, version, columnSet, reveal, focus = null }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const headUnits = session.engine.head.units;
  const headProjects = session.engine.head.projects;
  // Units and projects change in 基本信息 / 项目 (a new array each time): the choices follow.
  const columns = useMemo(
    () => columnSet.columns({ units: headUnits, projects: headProjects }),
    [columnSet, headUnits, headProjects],
  );
  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = ROWNUM_WIDTH;
    for (const c of columns) {
      out.push(x);
      x += c.width;
    }
    return { out, total: x };
  }, [columns]);

  const revealRow = useCallback((row: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const body = el.clientHeight - ROW_HEIGHT; // below the sticky header
    const next = scrollToReveal(row, el.scrollTop, body);
    if (next !== el.scrollTop) el.scrollTop = next;
  }, []);

  const view = useRowView(session, version);
  const codeSearch = useMemo(
    () => ({
      function: createCodeSearch(session.engine.catalogs.function),
      economic: createCodeSearch(session.engine.catalogs.economic),
    }),
    [session],
  );
  const grid = useGridController({
    session,
    version,
    ids: view.ids,
    stored: view.stored,
    codeSearch,
    columns,
    blank: columnSet.blank,
    pageSize: pageRows(viewport.height - ROW_HEIGHT),
    reveal: revealRow,
  });
  const { selection, edit, popup, rowCount } = grid;

  /** A new filter or sort: the view is rebuilt, shown from its first row. */
  const changeView = useCallback(
    (spec: ViewSpec) => {
      if (!grid.commit()) return;
      view.setSpec(spec);
      grid.select({ row: 0, col: grid.selection.anchor.col });
      if (scrollRef.current) scrollRef.current.scrollTop = 0;
    },
    [grid, view],
  );
  // The filter bar lists every project (thousands of <option>s at 50,000 lines): it is memoised and
  // gets a callback that never changes, so a keystroke does not redraw it.
  const changeViewRef = useRef(changeView);
  changeViewRef.current = changeView;
  const onViewChange = useCallback((spec: ViewSpec) => changeViewRef.current(spec), []);

  const sortBy = (key: SortKey) => {
    const s = view.spec.sort;
    const first = key === 'amount' ? 'desc' : 'asc';
    const next =
      s?.key !== key
        ? ({ key, dir: first } as const)
        : s.dir === first
          ? ({ key, dir: first === 'asc' ? 'desc' : 'asc' } as const)
          : null;
    changeView({ ...view.spec, sort: next });
  };

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setViewport({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // The input follows the active cell, and takes focus back when an edit ends.
  const editing = edit !== null;
  useEffect(() => {
    inputRef.current?.focus({ preventScroll: true });
  }, [selection.anchor.row, selection.anchor.col, editing]);

  // 定位 to a unit: only its lines, from the first (a chip in the filter bar clears it).
  useEffect(() => {
    if (focus?.kind !== 'unit' || appliedFocus.get(session) === focus.nonce) return;
    appliedFocus.set(session, focus.nonce);
    changeView({ filter: { unit: focus.key }, sort: null });
  }, [focus, session, changeView]);

  const { select } = grid;
  const revealed = useRef(0);
  useEffect(() => {
    if (!reveal || revealed.current === reveal.nonce) return;
    // `reveal.row` counts stored lines; under a filter or sort, find the line in the view.
    const row = view.ids === view.stored ? reveal.row : view.ids.indexOf(view.stored[reveal.row]);
    if (row < 0) {
      view.clear(); // hidden by the filter: show every row, then select it (this effect runs again)
      return;
    }
    revealed.current = reveal.nonce;
    const col = Math.max(
      0,
      columns.findIndex((c) => c.key === reveal.col),
    );
    select({ row, col });
  }, [reveal, view, columns, select]);

  // Horizontal: keep the active column in view when moving with the keyboard.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const left = lefts.out[selection.focus.col] - ROWNUM_WIDTH;
    const right = lefts.out[selection.focus.col] + columns[selection.focus.col].width;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
  }, [selection.focus.col, lefts, columns]);

  // Rows drawn: the lines, and the new row below them.
  const { first, last } = visibleRows(Math.max(0, viewport.top), viewport.height, rowCount + 1);
  const range = selectionRange(selection);
  const catalogs = session.engine.catalogs;
  const projectNames = useMemo(() => new Map(headProjects.map((p) => [p.code, p.name])), [headProjects]);

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
    const selectedFrom = inRange ? range.left : null;
    const selectedTo = inRange ? range.right : null;
    const activeCol = r === selection.anchor.row ? selection.anchor.col : null;
    rows.push(
      r === rowCount ? (
        <NewRow
          key={r % capacity}
          row={r}
          columns={columns}
          selectedFrom={selectedFrom}
          selectedTo={selectedTo}
          activeCol={activeCol}
        />
      ) : (
        <GridRow
          key={r % capacity}
          row={r}
          line={grid.source.line(grid.source.ids[r])}
          columns={columns}
          catalogs={catalogs}
          projectNames={projectNames}
          selectedFrom={selectedFrom}
          selectedTo={selectedTo}
          activeCol={activeCol}
        />
      ),
    );
  }

  const active = selection.anchor;
  const editorStyle = {
    top: active.row * ROW_HEIGHT,
    left: lefts.out[active.col],
    width: columns[active.col].width,
    height: ROW_HEIGHT,
  };
  const bodyHeight = (rowCount + 1) * ROW_HEIGHT;
  const below = viewport.top + viewport.height - (active.row + 1) * ROW_HEIGHT;
  const above = active.row * ROW_HEIGHT - viewport.top - ROW_HEIGHT;
  const popupStyle =
    below < POPUP_HEIGHT && above > below
      ? { bottom: bodyHeight - active.row * ROW_HEIGHT, left: lefts.out[active.col] }
      : { top: (active.row + 1) * ROW_HEIGHT, left: lefts.out[active.col] };
  const { proposals } = grid;
  const proposalRow = proposals ? grid.source.ids.indexOf(proposals.lineId) : -1;
  const keepGridFocus = () => inputRef.current?.focus({ preventScroll: true });

  return (
    <section className="expense-grid" aria-label={columnSet.label}>
      <GridToolbar
        rowCount={rowCount}
        totalCount={view.stored.length}
        viewNotice={
          view.active ? (
            <>
              <UnitChip spec={view.spec} units={headUnits} onChange={changeView} />
              <ViewStateNotice
                spec={view.spec}
                shown={rowCount}
                total={view.stored.length}
                onClear={() => changeView(NO_VIEW)}
              />
            </>
          ) : null
        }
        undoLabel={session.undoLabel}
        redoLabel={session.redoLabel}
        unitLabel={UNIT_LABEL[session.engine.head.amountUnit]}
        onInsertRow={grid.insertRow}
        onDeleteRows={grid.deleteRows}
        onUndo={grid.undo}
        onRedo={grid.redo}
      />
      <GridFilterBar
        spec={view.spec}
        units={session.engine.head.units}
        projects={session.engine.head.projects}
        onChange={onViewChange}
      />
      {proposals?.function && (
        <ProposalBar
          title="建议功能科目"
          testId="function-proposal"
          shortcut={grid.firstProposal === 'function' ? ACCEPT_PROPOSAL_KEYS : undefined}
          row={proposalRow}
          value={`${proposals.function.code} ${proposals.function.name}`}
          reason={proposals.function.reason}
          onAccept={() => {
            grid.acceptProposal('function');
            keepGridFocus();
          }}
          onDismiss={() => grid.dismissProposal('function')}
        />
      )}
      {proposals?.kind && (
        <ProposalBar
          title="建议支出类型"
          testId="kind-proposal"
          shortcut={grid.firstProposal === 'kind' ? ACCEPT_PROPOSAL_KEYS : undefined}
          row={proposalRow}
          value={proposals.kind.name}
          reason={proposals.kind.reason}
          onAccept={() => {
            grid.acceptProposal('kind');
            keepGridFocus();
          }}
          onDismiss={() => grid.dismissProposal('kind')}
        />
      )}
      {grid.notice && (
        <div className="grid-notice" role="status" data-testid="grid-notice">
          <span>{grid.notice}</span>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={grid.dismissNotice}>
            关闭
          </button>
        </div>
      )}
      {grid.message && (
        <GridMessageBox
          message={grid.message}
          onDismiss={() => {
            grid.dismissMessage();
            inputRef.current?.focus();
          }}
        />
      )}
      <div
        className="grid-scroll"
        ref={scrollRef}
        role="grid"
        aria-rowcount={rowCount + 2}
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
          <div className="grid-rownum" role="columnheader">
            序号
          </div>
          {columns.map((c) => {
            const sorted = view.spec.sort?.key === c.key ? view.spec.sort.dir : null;
            const sortable = SORTABLE.has(c.key);
            return (
              <div
                key={c.key}
                className={`grid-colhead ${c.align ?? ''}${sortable ? ' sortable' : ''}${sorted ? ' sorted' : ''}`}
                role="columnheader"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                title={sortable ? '点击按此列排序（再点击反向，第三次恢复原顺序）' : undefined}
                style={{ width: c.width }}
                onClick={sortable ? () => sortBy(c.key as SortKey) : undefined}
              >
                {c.label}
                {c.kind === 'amount' && <small>（{UNIT_LABEL[session.engine.head.amountUnit]}）</small>}
                {sorted && <span className="sort-mark">{sorted === 'asc' ? '▲' : '▼'}</span>}
              </div>
            );
          })}
        </div>
        <div className="grid-body" style={{ height: bodyHeight, width: lefts.total }}>
          {rows}
          {rowCount === 0 && (
            <div className="grid-empty" style={{ top: ROW_HEIGHT + 12 }}>
              {view.active && view.stored.length > 0 ? '没有符合筛选条件的行。' : columnSet.emptyText}
            </div>
          )}
          {popup && (
            <CellPopupList
              popup={popup}
              style={popupStyle}
              title={columns[active.col].label}
              onPick={grid.pickOption}
            />
          )}
          <input
            ref={inputRef}
            className={edit ? 'cell-editor editing' : 'cell-editor'}
            style={editorStyle}
            aria-label={
              active.row === rowCount
                ? `${columns[active.col].label}，新行`
                : `${columns[active.col].label}，第 ${active.row + 1} 行`
            }
            data-testid="cell-editor"
            aria-autocomplete={popup ? 'list' : undefined}
            aria-controls={popup ? CELL_POPUP_ID : undefined}
            aria-activedescendant={popup && popup.active >= 0 ? `${CELL_POPUP_ID}-${popup.active}` : undefined}
            value={edit?.text ?? ''}
            onChange={(e) => grid.setEditText(e.target.value)}
            onKeyDown={grid.onKeyDown}
            onCopy={grid.onCopy}
            onPaste={grid.onPaste}
            onCompositionStart={grid.onCompositionStart}
            onCompositionEnd={grid.onCompositionEnd}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </div>
      <GridFooter
        session={session}
        version={version}
        ids={view.ids}
        total={view.stored.length}
        filtered={isFiltered(view.spec.filter)}
        top={range.top}
        bottom={Math.min(range.bottom, rowCount - 1)}
      />
    </section>
  );
}
