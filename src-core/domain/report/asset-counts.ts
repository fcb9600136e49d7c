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
