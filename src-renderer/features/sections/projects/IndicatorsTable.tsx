import type { Project } from '../../../../src-core/domain/draft/types';
import { INDICATOR_OPS } from '../../../../src-core/domain/draft/vocabulary';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { blankIndicator, LEVEL1, withIndicatorCell } from './indicator-rows';

const COLUMNS: RecordColumn[] = [
  {
    key: 'level1',
    label: '一级指标',
    width: 120,
    kind: 'select',
    options: LEVEL1.map((l) => ({ value: l, label: l })),
  },
  { key: 'level2', label: '二级指标', width: 130 },
  { key: 'level3', label: '三级指标' },
  { key: 'op', label: '符号', width: 70, kind: 'select', options: INDICATOR_OPS.map((o) => ({ value: o, label: o })) },
  { key: 'value', label: '指标值', width: 120 },
  { key: 'unit', label: '计量单位', width: 90 },
  { key: 'weight', label: '权重', width: 70, kind: 'number' },
];

interface Props {
  project: Project;
  /** Stores the project with new indicators as one undo step; returns a reason when refused. */
  onChange(label: string, indicators: Project['indicators']): string | null;
}

/** 绩效指标 of one project: add, edit, remove; weights shown with their sum. */
export function IndicatorsTable({ project, onChange }: Props) {
  const list = project.indicators;
  const rows = list.map((ind, i) => ({
    key: String(i),
    cells: {
      level1: ind.level1,
      level2: ind.level2,
      level3: ind.level3,
      op: ind.op,
      value: ind.value,
      unit: ind.unit,
      weight: ind.weight === null ? '' : String(ind.weight),
    },
  }));
  const weights =
    list.reduce((s, ind) => s + Math.round((ind.weight ?? 0) * 100), 0) +
    Math.round((project.executionWeight ?? 0) * 100);
  return (
    <RecordTable
      label={`项目“${project.name}”的绩效指标`}
      columns={COLUMNS}
      rows={rows}
      onCommit={(row, key, text) => {
        const r = withIndicatorCell(list[row], key, text);
        if (!r.ok) return r.error;
        return onChange(
          '修改绩效指标',
          list.map((x, i) => (i === row ? r.value : x)),
        );
      }}
      onAdd={() => onChange('新增绩效指标', [...list, blankIndicator()])}
      addLabel="新增指标"
      onRemove={(row) =>
        onChange(
          '删除绩效指标',
          list.filter((_, i) => i !== row),
        )
      }
      emptyText="尚未设置绩效指标"
      footer={
        list.length > 0 ? (
          <tr className="total-row">
            <th scope="row" colSpan={6}>
              权重合计{project.executionWeight ? `（含预算执行率 ${project.executionWeight}）` : ''}
            </th>
            <td className={`right${weights === 10000 ? '' : ' warn'}`}>{weights / 100}</td>
            <td />
          </tr>
        ) : undefined
      }
    />
  );
}
