import { useMemo, useRef, useState } from 'react';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import type { Layout } from '../../../src-core/domain/layout/types';
import { LayoutSelect } from '../header/LayoutSelect';
import { PaperTable } from '../tables/PaperTable';
import { TableList } from '../tables/TableList';
import { useTableSummaries } from '../tables/use-table-summaries';
import { asOf } from '../session/as-of';

interface Props {
  engine: BudgetEngine;
  version: number;
  layouts: readonly Layout[];
  layoutId: string;
  onChooseLayout(layoutId: string): void;
}

/**
 * 公开表: the published tables of the chosen layout, derived from the current lines. Only the
 * table shown is materialized after an edit (`engine.table`), and only its lines whose text
 * changed are drawn again.
 */
export function PreviewSection({ engine, version, layouts, layoutId, onChooseLayout }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const titles = useMemo(() => asOf(engine, version).tableTitles(), [engine, version]);
  const shownId = titles.find((t) => t.id === selectedId)?.id ?? titles[0]?.id;
  const table = useMemo(
    () => (shownId === undefined ? undefined : asOf(engine, version).table(shownId)),
    [engine, version, shownId],
  );
  const tables = useTableSummaries(engine, version, titles, table);
  const paperRef = useRef<HTMLDivElement>(null);

  return (
    <div className="preview-section" data-testid="preview-section">
      <div className="preview-side">
        <LayoutSelect layouts={layouts} value={layoutId} onChange={onChooseLayout} />
        {table && <TableList tables={tables} selectedId={table.id} onSelect={setSelectedId} />}
      </div>
      <div className="preview-paper" ref={paperRef}>
        {table && (
          <PaperTable key={table.id} table={table} departmentName={engine.head.department.name} scrollRoot={paperRef} />
        )}
      </div>
    </div>
  );
}
