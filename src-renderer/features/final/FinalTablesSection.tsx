import { useMemo, useRef, useState } from 'react';
import { presentColumnBlocks } from '../../../src-core/export/paper/column-blocks';
import { asOf } from '../session/as-of';
import { PaperTable } from '../tables/PaperTable';
import { TableList } from '../tables/TableList';
import type { FinalSession } from './final-session';

interface Props {
  session: FinalSession;
  version: number;
}

/**
 * 公开表 of a 决算: 公开01–09表 of the 决算 layout (final-national), derived from the current draft,
 * drawn with the budget's paper table; the form's header lines (单位 / 年度 / 金额单位) above it.
 */
export function FinalTablesSection({ session, version }: Props) {
  const engine = session.engine;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const tables = useMemo(() => asOf(engine, version).tables(), [engine, version]);
  const chosen = tables.find((t) => t.id === selectedId) ?? tables[0];
  // 公开06表 in its column blocks, as printed and exported.
  const table = useMemo(() => chosen && presentColumnBlocks(chosen), [chosen]);
  const summaries = useMemo(
    () => tables.map((t) => ({ id: t.id, number: t.number, title: t.title, empty: t.empty })),
    [tables],
  );
  const paperRef = useRef<HTMLDivElement>(null);

  return (
    <div className="preview-section" data-testid="final-tables">
      <div className="preview-side">
        {table && <TableList tables={summaries} selectedId={table.id} onSelect={setSelectedId} />}
      </div>
      <div className="preview-paper" ref={paperRef}>
        {table && (
          <>
            <p className="final-table-header" data-testid="final-table-header">
              {table.header.join('　')}
            </p>
            <PaperTable
              key={table.id}
              table={table}
              departmentName={engine.head.department.name}
              scrollRoot={paperRef}
            />
          </>
        )}
      </div>
    </div>
  );
}
