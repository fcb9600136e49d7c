import type { TableSummary } from './use-table-summaries';

interface Props {
  tables: readonly TableSummary[];
  selectedId: string;
  onSelect(tableId: string): void;
}

/** The layout's tables in order (表一 部门收支总表 …); the selected one is shown on the right. */
export function TableList({ tables, selectedId, onSelect }: Props) {
  return (
    <nav className="table-list" aria-label="公开表">
      <h2 className="pane-title">公开表</h2>
      <ol>
        {tables.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className={t.id === selectedId ? 'selected' : undefined}
              aria-current={t.id === selectedId ? 'page' : undefined}
              data-table-id={t.id}
              onClick={() => onSelect(t.id)}
            >
              {t.number && <span className="table-number">{t.number}</span>}
              <span className="table-title">{t.title}</span>
              {t.empty === true && <span className="table-empty">无数据</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
