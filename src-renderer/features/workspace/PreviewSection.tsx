import { useMemo, useState } from 'react';
import type { BudgetEngine } from '../../domain/engine/budget-engine';
import type { Layout } from '../../domain/layout/types';
import { LayoutSelect } from '../header/LayoutSelect';
import { PaperTable } from '../tables/PaperTable';
import { TableList } from '../tables/TableList';

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
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version marks a change of the engine's lines
  const tables = useMemo(() => engine.tables(), [engine, version]);
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
