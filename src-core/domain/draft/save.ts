import type { Draft } from './types';
import type { FieldType, ObjectSpec } from './schema';
import { DRAFT } from './schema';
import { CURRENT_FORMAT_VERSION } from './migrations';
import { setOwn } from './read';

/**
 * Writes a draft as `*.budget.json` text: keys in the order of the format definition, then the
 * unknown keys kept in `extra`, absent optional keys left out. load(save(d)) equals d.
 */
export function saveDraftText(draft: Draft): string {
  const json = writeObject(
    { ...draft, formatVersion: CURRENT_FORMAT_VERSION } as unknown as Record<string, unknown>,
    DRAFT,
  );
  return `${JSON.stringify(json, null, 1)}\n`;
}

/** An object in its spec's key order, then its unknown keys (`extra`); shared with the 决算 writer. */
export function writeObject(value: Record<string, unknown>, spec: ObjectSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const v = value[field.key];
    if (v === undefined) continue;
    out[field.key] = writeValue(v, field.type);
  }
  const extra = value.extra;
  if (extra && typeof extra === 'object') {
    // Own keys only: an unknown key named `constructor` or `toString` is data like any other.
    for (const [k, v] of Object.entries(extra)) if (!Object.hasOwn(out, k)) setOwn(out, k, v);
  }
  return out;
}

function writeValue(v: unknown, type: FieldType): unknown {
  if (v === null) return null;
  switch (type.t) {
    case 'object':
      return writeObject(v as Record<string, unknown>, type.spec);
    case 'array':
      return (v as unknown[]).map((item) => writeValue(item, type.of));
    case 'record':
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, writeValue(x, type.of)]),
      );
    case 'nullable':
      return writeValue(v, type.of);
    default:
      return v;
  }
}
