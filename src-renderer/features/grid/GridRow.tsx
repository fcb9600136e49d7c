import { memo } from 'react';
import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import { displayAmount } from './amount-display';
import { cellText, codeName, type ExpenseColumn } from './expense-columns';
import type { GridLine } from './grid-session';
import { ROW_HEIGHT } from './virtual-window';

interface Props {
  row: number;
  line: GridLine;
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
  line: GridLine;
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
  if (column.key === 'project' && line.project) {
    const name = projectNames.get(line.project);
    return <span title={name ? `${line.project} ${name}` : line.project}>{name ?? text}</span>;
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

/**
 * The row below the last line: typing or pasting there adds lines (Enter on the last line comes
 * here), so that lines are typed in order without inserting blank rows first.
 */
export const NewRow = memo(function NewRow({
  row,
  columns,
  selectedFrom,
  selectedTo,
  activeCol,
}: Pick<Props, 'row' | 'columns' | 'selectedFrom' | 'selectedTo' | 'activeCol'>) {
  return (
    <div
      className="grid-row new-row"
      role="row"
      aria-rowindex={row + 2}
      aria-label="新行：在此输入或粘贴以添加支出行"
      style={{ top: row * ROW_HEIGHT }}
      data-row={row}
    >
      <div className="grid-rownum" role="rowheader" title="新行">
        ＋
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
            {col === 0 && activeCol === null && <span className="new-row-hint">在此输入新行</span>}
          </div>
        );
      })}
    </div>
  );
});
