import type { Assets } from '../../../../src-core/domain/draft/types';
import { readCount } from '../amounts';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { TextField } from '../TextField';
import { ASSET_LISTS, countList, readAsOf, unknownFacts, withCountList, type AssetPath } from './asset-facts';

/** What the panel needs of an open draft: a budget DraftSession or a 决算's FinalSession fits. */
export interface AssetsHost {
  readonly head: { readonly assets: Assets };
  setPart(label: string, key: 'assets', after: Assets): void;
}

/** 国有资产占有使用情况: 截止日期, vehicles and equipment now and planned; other facts kept and shown. */
export function AssetsPanel({ session }: { session: AssetsHost }) {
  const assets = session.head.assets;
  const set = (label: string, after: Assets) => session.setPart(label, 'assets', after);
  const unknown = unknownFacts(assets);
  return (
    <div className="assets-panel">
      <div className="field-row">
        <TextField
          label="统计截止日期"
          className="narrow"
          value={typeof assets.asOf === 'string' ? assets.asOf : ''}
          placeholder="如 2021-12-31"
          onCommit={(t) => {
            const r = readAsOf(t);
            if (!r.ok) return r.error;
            const next = { ...assets };
            if (r.value === undefined) delete next.asOf;
            else next.asOf = r.value;
            set('修改资产截止日期', next);
            return null;
          }}
        />
      </div>
      <div className="assets-grid">
        {ASSET_LISTS.map((l) => (
          <CountTable
            key={l.path.join('.')}
            title={l.title}
            unit={l.unit}
            path={l.path}
            assets={assets}
            onChange={set}
          />
        ))}
      </div>
      {unknown.length > 0 && (
        <div className="unknown-facts">
          <h4>文件中的其他资产信息（原样保留）</h4>
          <dl>
            {unknown.map(([k, v]) => (
              <div key={k}>
                <dt>
                  <code>{k}</code>
                </dt>
                <dd>{JSON.stringify(v)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}

interface CountProps {
  title: string;
  unit: string;
  path: AssetPath;
  assets: Assets;
  onChange(label: string, after: Assets): void;
}

function CountTable({ title, unit, path, assets, onChange }: CountProps) {
  const list = countList(assets, path);
  if (list === null)
    return <p className="field-note">{title}：文件中的内容格式不同，未在此编辑（原样保留，见下方）。</p>;
  const columns: RecordColumn[] = [
    { key: 'category', label: '类别' },
    { key: 'count', label: `数量（${unit}）`, width: 110, kind: 'number' },
  ];
  const rows = list.map((r, i) => ({ key: String(i), cells: { category: r.category, count: String(r.count) } }));
  const label = `修改${title}`;
  return (
    <div className="count-table">
      <h4>{title}</h4>
      <RecordTable
        label={title}
        columns={columns}
        rows={rows}
        onCommit={(row, key, text) => {
          let next = list[row];
          if (key === 'count') {
            const n = readCount(text);
            if (!n.ok) return n.error;
            next = { ...next, count: n.value ?? 0 };
          } else {
            if (text.trim() === '') return '类别不能为空';
            next = { ...next, category: text.trim() };
          }
          onChange(
            label,
            withCountList(
              assets,
              path,
              list.map((r, i) => (i === row ? next : r)),
            ),
          );
          return null;
        }}
        onAdd={() => onChange(label, withCountList(assets, path, [...list, { category: '新类别', count: 0 }]))}
        addLabel="新增类别"
        onRemove={(row) => {
          onChange(
            label,
            withCountList(
              assets,
              path,
              list.filter((_, i) => i !== row),
            ),
          );
          return null;
        }}
        emptyText="无"
      />
    </div>
  );
}
