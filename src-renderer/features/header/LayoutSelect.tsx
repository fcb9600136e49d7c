import type { Layout } from '../../../src-core/domain/layout/types';

interface Props {
  layouts: readonly Layout[];
  value: string;
  onChange(layoutId: string): void;
}

/** 版式: which region's layout the tables follow (names come from resources/layouts). */
export function LayoutSelect({ layouts, value, onChange }: Props) {
  return (
    <label className="layout-select">
      版式
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {layouts.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
