import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import { auxSpec } from '../../../src-core/domain/engine/aux-spec';
import type { Layout } from '../../../src-core/domain/layout/types';

/**
 * What a reason or purpose place is about, in Chinese, for its editor's label: the figure's name
 * as the engine defines it (engine/aux-spec.ts: 收入总计, 公务接待费 …), or the function 项 with its
 * code (行政运行（2010301）). Never the stored key.
 */
export function slotSubject(key: string, layout: Layout, catalogs: CatalogPair): string {
  if (key.startsWith('fn:')) {
    const code = key.slice(3);
    const name = catalogs.function.name(code);
    return name ? `${name}（${code}）` : code;
  }
  if (key === 'vehicle') return '公务用车购置及运行维护费';
  const metrics = auxSpec(layout).sections.find((section) => section.id === 'metrics');
  const row = metrics?.rows.find((r) => r.type === 'fixed' && r.key === key);
  return row?.type === 'fixed' ? row.name : '';
}
