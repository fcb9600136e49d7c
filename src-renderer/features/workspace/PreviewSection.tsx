import { useMemo, useState } from 'react';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import type { Layout } from '../../../src-core/domain/layout/types';
import { LayoutSelect } from '../header/LayoutSelect';
import { PaperTable } from '../tables/PaperTable';
import { TableList } from '../tables/TableList';
import { asOf } from '../session/as-of';

interface Props {
  engine: BudgetEngine;
  version: number;
  layouts: readonly Layout[];
  layoutId: string;
  onChooseLayout(layoutId: string): void;
}

/** 公开表: the published tables of the chosen layout, derived from the current lines. */
export function PreviewSection({ engine, version, layouts, layoutId, onChooseLayout }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const tables = useMemo(() => asOf(engine, version).tables(), [engine, version]);
  const selected = tables.find((t) => t.id === selectedId) ?? tables[0];
  return (
    <div className="preview-section">
      <div className="preview-side">
        <LayoutSelect layouts={layouts} value={layoutId} onChange={onChooseLayout} />
        {selected && <TableList tables={tables} selectedId={selected.id} onSelect={setSelectedId} />}
      </div>
      <div className="preview-paper">
        {selected && <PaperTable table={selected} departmentName={engine.head.department.name} />}
      </div>
    </div>
  );
}
