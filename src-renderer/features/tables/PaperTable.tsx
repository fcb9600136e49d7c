import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import { paperGrid, type BodyCell, type HeaderCell } from './paper-grid';

interface Props {
  table: DerivedTable;
  departmentName: string;
}

function headerCell(cell: HeaderCell, key: number) {
  return (
    <th key={key} className={cell.kind} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
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

/** One published table as it looks on the paper form (title, 编制单位 line, grid, notes). */
export function PaperTable({ table, departmentName }: Props) {
  const grid = paperGrid(table);
  return (
    <article className="paper" data-testid="paper-table" data-table-id={table.id}>
      {table.number && <div className="paper-number">{table.number}</div>}
      <h2 className="paper-title">{table.title}</h2>
      <div className="paper-meta">
        <span>编制单位：{departmentName}</span>
        <span>单位：{UNIT_LABEL[table.unit]}</span>
      </div>
      <div className="paper-scroll">
        <table className="paper-grid">
          <thead>
            {grid.header.map((row, i) => (
              <tr key={i}>{row.map(headerCell)}</tr>
            ))}
            {grid.columnNumbers && <tr className="column-numbers">{grid.columnNumbers.map(headerCell)}</tr>}
          </thead>
          <tbody>
            {grid.body.map((row) => (
              <tr key={row.key}>{row.cells.map(bodyCell)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes.map((note, i) => (
        <p key={i} className="paper-note">
          {note}
        </p>
      ))}
    </article>
  );
}
