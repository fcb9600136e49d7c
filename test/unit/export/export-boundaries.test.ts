import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const EXPORT = join(ROOT, 'src-core', 'export');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the xlsx writer can run in the renderer (docs/architecture.md: imports point inward)', () => {
  it('imports only the domain, exceljs and itself: no Node modules, no screens', () => {
    const list = files(EXPORT);
    expect(list.length).toBeGreaterThan(5);
    for (const f of list) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        if (spec === 'exceljs') continue;
        expect(spec.startsWith('.'), `${f}: ${spec}`).toBe(true);
        const target = join(f, '..', spec);
        expect(target.startsWith(EXPORT) || target.startsWith(join(ROOT, 'src-core', 'domain')), `${f}: ${spec}`).toBe(
          true,
        );
      }
      expect(src).not.toMatch(/\bprocess\.|\bBuffer\b|require\(/);
    }
  });
});
