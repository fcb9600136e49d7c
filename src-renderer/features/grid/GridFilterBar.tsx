import { memo, useEffect, useState, type MouseEvent } from 'react';
import { EXPENSE_KIND_NAMES, EXPENSE_KINDS } from '../../../src-core/domain/draft/vocabulary';
import { isFiltered, NO_PROJECT, type RowFilter, type RowSort, type ViewSpec } from '../../../src-core/editor/row-view';

interface Props {
  spec: ViewSpec;
  units: readonly { code: string; name: string }[];
  projects: readonly { code: string; name: string }[];
  /** Rows shown and rows stored. */
  shown: number;
  total: number;
  onChange(spec: ViewSpec): void;
  onClear(): void;
}

/** Sort choices of the 排序 list (column header clicks choose the same). */
export const SORT_CHOICES: readonly { value: string; label: string; sort: RowSort | null }[] = [
  { value: '', label: '原顺序', sort: null },
  { value: 'amount:desc', label: '金额从大到小', sort: { key: 'amount', dir: 'desc' } },
  { value: 'amount:asc', label: '金额从小到大', sort: { key: 'amount', dir: 'asc' } },
  { value: 'unit:asc', label: '按单位', sort: { key: 'unit', dir: 'asc' } },
  { value: 'function:asc', label: '按功能科目', sort: { key: 'function', dir: 'asc' } },
  { value: 'economic:asc', label: '按经济科目', sort: { key: 'economic', dir: 'asc' } },
  { value: 'kind:asc', label: '按支出类型', sort: { key: 'kind', dir: 'asc' } },
  { value: 'project:asc', label: '按项目', sort: { key: 'project', dir: 'asc' } },
];

export function sortValue(sort: RowSort | null): string {
  return sort ? `${sort.key}:${sort.dir}` : '';
}

export function sortLabel(sort: RowSort | null): string {
  const v = sortValue(sort);
  return (
    SORT_CHOICES.find((c) => c.value === v)?.label ??
    (sort ? `按${sort.key}${sort.dir === 'asc' ? '升序' : '降序'}` : '原顺序')
  );
}

/** A code filter typed by the officer: applied as typed (a short pause first), kept in step with the spec. */
function CodeFilterInput({
  label,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: string;
  onChange(v: string): void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const t = setTimeout(() => onChange(text), 200);
    return () => clearTimeout(t);
  }, [text, value, onChange]);
  return (
    <label>
      {label}
      <input
        type="search"
        aria-label={`按${label}筛选`}
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(text);
        }}
      />
    </label>
  );
}

/** 筛选/排序 of 支出明细: a view over the rows (the stored order is never changed), with how many rows it hides. */
export const GridFilterBar = memo(function GridFilterBar({
  spec,
  units,
  projects,
  onChange,
}: Pick<Props, 'spec' | 'units' | 'projects' | 'onChange'>) {
  const setFilter = (patch: Partial<RowFilter>) => onChange({ ...spec, filter: { ...spec.filter, ...patch } });
  return (
    <div className="grid-filter" role="search" aria-label="筛选和排序">
      <span className="grid-filter-title">筛选</span>
      <label>
        单位
        <select
          aria-label="按单位筛选"
          value={spec.filter.unit ?? ''}
          onChange={(e) => setFilter({ unit: e.target.value })}
        >
          <option value="">全部</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.code} {u.name}
            </option>
          ))}
        </select>
      </label>
      <CodeFilterInput
        label="功能科目"
        value={spec.filter.function ?? ''}
        placeholder="编码或名称"
        onChange={(v) => setFilter({ function: v })}
      />
      <CodeFilterInput
        label="经济科目"
        value={spec.filter.economic ?? ''}
        placeholder="编码或名称"
        onChange={(v) => setFilter({ economic: v })}
      />
      <label>
        类型
        <select
          aria-label="按支出类型筛选"
          value={spec.filter.kind ?? ''}
          onChange={(e) => setFilter({ kind: e.target.value })}
        >
          <option value="">全部</option>
          {EXPENSE_KINDS.map((k) => (
            <option key={k} value={k}>
              {EXPENSE_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        项目
        <select
          aria-label="按项目筛选"
          value={spec.filter.project ?? ''}
          onChange={(e) => setFilter({ project: e.target.value })}
        >
          <option value="">全部</option>
          <option value={NO_PROJECT}>（无项目）</option>
          {projects.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        排序
        <select
          aria-label="排序方式"
          value={sortValue(spec.sort)}
          onChange={(e) =>
            onChange({ ...spec, sort: SORT_CHOICES.find((c) => c.value === e.target.value)?.sort ?? null })
          }
        >
          {SORT_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});

/** “仅显示：某某单位 ×” while the rows of one unit are shown (a finding's 定位, or the 单位 filter); × shows every unit. */
export function UnitChip({ spec, units, onChange }: Pick<Props, 'spec' | 'units' | 'onChange'>) {
  const unit = spec.filter.unit ? units.find((u) => u.code === spec.filter.unit) : undefined;
  if (!unit) return null;
  const name = unit.name || unit.code;
  return (
    <span className="grid-chip" data-testid="unit-chip">
      仅显示：{name}
      <button
        type="button"
        aria-label={`取消只显示${name}，显示全部单位`}
        title="显示全部单位"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onChange({ ...spec, filter: { ...spec.filter, unit: '' } })}
      >
        ×
      </button>
    </span>
  );
}

/** In the toolbar while a view is shown: how many rows the filter hides (or the sort in use), and one click back to every row in stored order. */
export function ViewStateNotice({ spec, shown, total, onClear }: Pick<Props, 'spec' | 'shown' | 'total' | 'onClear'>) {
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  const filtered = isFiltered(spec.filter);
  if (!filtered && spec.sort === null) return null;
  return (
    <span className="grid-filter-state" data-testid="filter-state">
      {filtered ? (
        <strong>
          已筛选 {shown} / 共 {total} 行
        </strong>
      ) : (
        <strong>已排序：{sortLabel(spec.sort)}</strong>
      )}
      {filtered && spec.sort && <span>（{sortLabel(spec.sort)}）</span>}
      <span className="muted">只改变显示，不改变行的保存顺序</span>
      <button type="button" onMouseDown={keepFocus} onClick={onClear}>
        {filtered && spec.sort ? '清除筛选和排序' : filtered ? '清除筛选' : '恢复原顺序'}
      </button>
    </span>
  );
}
