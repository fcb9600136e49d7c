import type { Assets } from '../../../../src-core/domain/draft/types';

/** One counted category (辆 / 台套) of the 国有资产 facts. */
export interface CountRow {
  category: string;
  count: number;
  [extra: string]: unknown;
}

/** The lists of `assets` the 国有资产占有使用情况 paragraph reads (docs/draft-format.md `assets`). */
export const ASSET_LISTS = [
  { path: ['vehicles'], title: '车辆（现有）', unit: '辆' },
  { path: ['equipment'], title: '大型设备（现有）', unit: '台套' },
  { path: ['planned', 'vehicles'], title: '计划购置车辆', unit: '辆' },
  { path: ['planned', 'equipment'], title: '计划购置大型设备', unit: '台套' },
] as const;

export type AssetPath = (typeof ASSET_LISTS)[number]['path'];

/** Keys of `assets` (and of `assets.planned`) this section edits; others are kept as they are. */
const KNOWN = new Set(['asOf', 'vehicles', 'equipment', 'planned']);
const KNOWN_PLANNED = new Set(['vehicles', 'equipment']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A list at `path`: [] when absent, null when the file holds something else there (then read-only). */
export function countList(assets: Assets, path: AssetPath): CountRow[] | null {
  const v =
    path.length === 1
      ? assets[path[0]]
      : isRecord(assets.planned)
        ? assets.planned[path[1]]
        : assets.planned === undefined
          ? undefined
          : null;
  if (v === undefined) return [];
  if (!Array.isArray(v)) return null;
  return v.every((x) => isRecord(x) && typeof x.category === 'string' && typeof x.count === 'number')
    ? (v as CountRow[])
    : null;
}

/** `assets` with the list at `path` replaced; every other key, known or not, kept. */
export function withCountList(assets: Assets, path: AssetPath, list: CountRow[]): Assets {
  if (path.length === 1) return { ...assets, [path[0]]: list };
  const planned = isRecord(assets.planned) ? assets.planned : {};
  return { ...assets, planned: { ...planned, [path[1]]: list } };
}

/** Keys the section does not know, with their values (shown read-only, kept on save). */
export function unknownFacts(assets: Assets): [string, unknown][] {
  const out: [string, unknown][] = Object.entries(assets).filter(([k]) => !KNOWN.has(k));
  if (isRecord(assets.planned)) {
    for (const [k, v] of Object.entries(assets.planned)) if (!KNOWN_PLANNED.has(k)) out.push([`planned.${k}`, v]);
  }
  if (assets.asOf !== undefined && typeof assets.asOf !== 'string') out.push(['asOf', assets.asOf]);
  for (const l of ASSET_LISTS) {
    if (countList(assets, l.path) === null) {
      const v =
        l.path.length === 1
          ? assets[l.path[0]]
          : ((assets.planned as Record<string, unknown> | undefined)?.[l.path[1]] ?? assets.planned);
      out.push([l.path.join('.'), v]);
    }
  }
  return out;
}

/** 统计截止日期 as typed: blank removes it; otherwise YYYY-MM-DD. */
export function readAsOf(text: string): { ok: true; value: string | undefined } | { ok: false; error: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return { ok: false, error: `“${t}”不是日期，请按 2021-12-31 的格式填写` };
  return { ok: true, value: t };
}
