import { memo } from 'react';
import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { displayAmount } from './amount-display';
import { cellText, codeName, type ExpenseColumn } from './expense-columns';
import { ROW_HEIGHT } from './virtual-window';

interface Props {
  row: number;
  line: ExpenseLine;
  columns: readonly ExpenseColumn[];
  catalogs: CatalogPair;
  projectNames: ReadonlyMap<string, string>;
  /** Selected columns of this row (inclusive), or null. */
  selectedFrom: number | null;
  selectedTo: number | null;
  activeCol: number | null;
}

function CellContent({
  column,
  line,
  catalogs,
  projectNames,
}: {
  column: ExpenseColumn;
  line: ExpenseLine;
  catalogs: CatalogPair;
  projectNames: ReadonlyMap<string, string>;
}) {
  const text = cellText(column, line);
  if (column.kind === 'amount') return <>{displayAmount(text)}</>;
  if (column.kind === 'code-function' || column.kind === 'code-economic') {
    const name = codeName(column, line, catalogs);
    return (
      <>
        <span className="code">{text}</span>
        {name && <span className="code-name">{name}</span>}
      </>
    );
  }
  if (column.key === 'project' && text) {
    const name = projectNames.get(text);
    return <span title={name ? `${text} ${name}` : text}>{name ?? text}</span>;
  }
  return <>{text}</>;
}

/** One expense line in the grid, absolutely placed at its row (only visible rows are drawn). */
export const GridRow = memo(function GridRow({
  row,
  line,
  columns,
  catalogs,
  projectNames,
  selectedFrom,
  selectedTo,
  activeCol,
}: Props) {
  return (
    <div className="grid-row" role="row" aria-rowindex={row + 2} style={{ top: row * ROW_HEIGHT }} data-row={row}>
      <div className="grid-rownum" role="rowheader">
        {row + 1}
      </div>
      {columns.map((c, col) => {
        const selected = selectedFrom !== null && selectedTo !== null && col >= selectedFrom && col <= selectedTo;
        const cls = ['grid-cell', c.align ?? '', selected ? 'selected' : '', col === activeCol ? 'active' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <div
            key={c.key}
            className={cls}
            role="gridcell"
            aria-colindex={col + 2}
            data-col={c.key}
            style={{ width: c.width }}
          >
            <CellContent column={c} line={line} catalogs={catalogs} projectNames={projectNames} />
          </div>
        );
      })}
    </div>
  );
});
