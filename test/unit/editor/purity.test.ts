import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const EDITOR = join(ROOT, 'src-core', 'editor');
const DOMAIN = join(ROOT, 'src-core', 'domain');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('the editor core is pure (docs/architecture.md: editor/ imports only the domain)', () => {
  it('imports nothing but itself and src-core/domain: no React, DOM helpers, Dexie or Node', () => {
    for (const f of files(EDITOR)) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n;]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        expect(spec.startsWith('.'), `${relative(ROOT, f)} imports ${spec}`).toBe(true);
        const target = join(f, '..', spec);
        expect(target.startsWith(EDITOR) || target.startsWith(DOMAIN), `${relative(ROOT, f)} reaches ${spec}`).toBe(
          true,
        );
      }
      expect(/\b(document|window|DOMParser|navigator)\./.test(src), `${relative(ROOT, f)} uses a browser global`).toBe(
        false,
      );
    }
  });

  it('has no .tsx files (no React in the core)', () => {
    expect(files(EDITOR).filter((f) => f.endsWith('.tsx'))).toEqual([]);
  });
});
