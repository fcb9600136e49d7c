/** Counts of vehicles and equipment (`draft.assets`, free-form), read for the 三公 and 国有资产 paragraphs. */
export interface Count {
  category: string;
  count: number;
}

/** `[{ category, count }]` from the free-form assets object; anything else is skipped. */
export function countsOf(value: unknown): Count[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((x: unknown) => {
    const o = (x ?? {}) as Record<string, unknown>;
    const count =
      typeof o.count === 'number'
        ? o.count
        : typeof o.count === 'string' && /^\d+$/.test(o.count)
          ? Number(o.count)
          : null;
    return typeof o.category === 'string' && count !== null ? [{ category: o.category, count }] : [];
  });
}

export const sum = (xs: readonly Count[]) => xs.reduce((a, x) => a + x.count, 0);

/** The four lists of `draft.assets` the report reads: held and planned vehicles and equipment. */
export interface AssetFacts {
  vehicles: Count[];
  equipment: Count[];
  plannedVehicles: Count[];
  plannedEquipment: Count[];
}

export function assetFacts(assets: Record<string, unknown>): AssetFacts {
  const planned = (assets.planned ?? {}) as Record<string, unknown>;
  return {
    vehicles: countsOf(assets.vehicles),
    equipment: countsOf(assets.equipment),
    plannedVehicles: countsOf(planned.vehicles),
    plannedEquipment: countsOf(planned.equipment),
  };
}

/**
 * True when the draft records any asset count (a 0 included: “没有车辆” is a fact). Without one the
 * 国有资产占有使用情况 paragraph is not printed and rule R-ASSETS asks for the facts.
 */
export function hasAssetFacts(assets: Record<string, unknown>): boolean {
  return Object.values(assetFacts(assets)).some((list: Count[]) => list.length > 0);
}
