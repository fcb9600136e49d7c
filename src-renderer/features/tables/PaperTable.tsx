import { memo, useMemo, useRef, type RefObject } from 'react';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import type { FormSide } from '../../../src-core/export/paper/form-layout';
import { isProjectForms } from '../../../src-core/export/paper/project-form';
import { PaperGap } from './PaperGap';
import { ProjectForms } from './ProjectForms';
import { lineCells, lineKeys, sameLine, type BodyCell, type HeaderCell, type PaperLine } from './paper-grid';
import { updatePaperForm, type MadeForm } from './paper-form-update';
import { CHUNK_LINES, WHOLE_TABLE_LINES } from './paper-window';
import { usePaperWindow } from './use-paper-window';
import { useSteadyColumns } from './use-steady-columns';
import './paper-table.css';

interface Props {
  table: DerivedTable;
  departmentName: string;
  /** The element that scrolls the table vertically: a long table draws only the lines near its view. */
  scrollRoot?: RefObject<HTMLElement | null>;
}

function headerCell(cell: HeaderCell, key: number) {
  return (
    <th key={key} className={cell.kind} colSpan={cell.colSpan} rowSpan={cell.rowSpan} data-col={cell.col}>
      {cell.text}
    </th>
  );
}

function bodyCell(cell: BodyCell, key: number) {
  const className = cell.emphasis ? `${cell.kind} emphasis` : cell.kind;
  const style = cell.indent > 0 ? { paddingLeft: `${0.5 + cell.indent * 1.2}em` } : undefined;
  return (
    <td key={key} className={className} colSpan={cell.colSpan} style={style}>
      {cell.text}
    </td>
  );
}

interface HeaderProps {
  header: HeaderCell[][];
  columnNumbers: HeaderCell[] | null;
  /** The form's shape, which includes every header text: equal shapes draw equal headers. */
  shape: string;
}

const HeaderRows = memo(
  function HeaderRows({ header, columnNumbers }: HeaderProps) {
    return (
      <>
        {header.map((row, i) => (
          <tr key={i}>{row.map(headerCell)}</tr>
        ))}
        {columnNumbers && <tr className="column-numbers">{columnNumbers.map(headerCell)}</tr>}
      </>
    );
  },
  (a, b) => a.shape === b.shape,
);

interface RowProps {
  line: PaperLine;
  sides: readonly FormSide[];
  shape: string;
}

/** One body line; drawn again only when its text changed (an edit elsewhere leaves it alone). */
const PaperRow = memo(
  function PaperRow({ line, sides }: RowProps) {
    return <tr>{lineCells(sides, line).map(bodyCell)}</tr>;
  },
  (a, b) => a.shape === b.shape && sameLine(b.sides, a.line, b.line),
);

interface ChunkProps {
  index: number;
  lines: readonly PaperLine[];
  sides: readonly FormSide[];
  shape: string;
}

function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  if (a.index !== b.index || a.shape !== b.shape || a.lines.length !== b.lines.length) return false;
  for (let i = 0; i < a.lines.length; i++) if (!sameLine(b.sides, a.lines[i], b.lines[i])) return false;
  return true;
}

/** A block of `CHUNK_LINES` body lines: the unit drawn, measured and skipped (paper-window.ts). */
const PaperChunk = memo(function PaperChunk({ index, lines, sides, shape }: ChunkProps) {
  const keys = lineKeys(lines);
  return (
    <tbody data-chunk={index}>
      {lines.map((line, i) => (
        <PaperRow key={keys[i]} line={line} sides={sides} shape={shape} />
      ))}
    </tbody>
  );
}, sameChunk);

/**
 * One published table as it looks on the paper form (title, 编制单位 line, grid, notes): the grid of
 * its paper form, or one form per project where the definition prints it so (Chongqing 表十).
 */
export function PaperTable({ table, departmentName, scrollRoot }: Props) {
  return (
    <article className="paper" data-testid="paper-table" data-table-id={table.id}>
      {table.number && <div className="paper-number">{table.number}</div>}
      <h2 className="paper-title">{table.title}</h2>
      <div className="paper-meta">
        <span>编制单位：{departmentName}</span>
        <span>单位：{UNIT_LABEL[table.unit]}</span>
      </div>
      <div className="paper-scroll">
        {isProjectForms(table) ? (
          <ProjectForms table={table} departmentName={departmentName} scrollRoot={scrollRoot} />
        ) : (
          <PaperGrid table={table} scrollRoot={scrollRoot} />
        )}
      </div>
      {table.notes.map((note, i) => (
        <p key={i} className="paper-note">
          {note}
        </p>
      ))}
    </article>
  );
}

/**
 * The grid of a table's paper form. After an edit only the lines whose text changed are drawn
 * again; a long table draws only the blocks of lines near the view.
 */
function PaperGrid({ table, scrollRoot }: Omit<Props, 'departmentName'>) {
  // The last form, kept to make the next one from it when only a few rows changed.
  const made = useRef<MadeForm | null>(null);
  const form = useMemo(() => (made.current = updatePaperForm(made.current, table)).form, [table]);
  const tableRef = useRef<HTMLTableElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const win = usePaperWindow(form.lines.length, scrollRoot, tableRef, headRef);
  const inBlocks = form.lines.length > WHOLE_TABLE_LINES;
  useSteadyColumns(tableRef, form.width, inBlocks);
  const chunks = [];
  for (let c = win.first; c <= win.last; c++) {
    const start = c * CHUNK_LINES;
    chunks.push(
      <PaperChunk
        key={c}
        index={c}
        lines={form.lines.slice(start, start + CHUNK_LINES)}
        sides={form.sides}
        shape={form.shape}
      />,
    );
  }
  return (
    <table className="paper-grid" ref={tableRef} data-lines={form.lines.length}>
      <thead ref={headRef}>
        <HeaderRows header={form.header} columnNumbers={form.columnNumbers} shape={form.shape} />
      </thead>
      {win.before > 0 && <PaperGap height={win.before} width={form.width} />}
      {chunks}
      {win.after > 0 && <PaperGap height={win.after} width={form.width} />}
    </table>
  );
}
