import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [
    ...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n;]*?from\s+['"]([^'"]+)['"]/g),
    ...src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
}

describe('import boundaries (docs/architecture.md)', () => {
  it('the core imports nothing of the app and no platform: only decimal.js, exceljs, SheetJS (.xls) and itself', () => {
    const core = join(ROOT, 'src-core');
    for (const f of files(core)) {
      for (const spec of imports(f)) {
        if (spec === 'decimal.js' || spec === 'exceljs') continue;
        // The .xls reader (src-core/import/xls-file.ts) loads SheetJS and its code pages, pure JavaScript.
        if (spec.startsWith('@e965/xlsx') && relative(core, f) === join('import', 'xls-file.ts')) continue;
        expect(spec.startsWith('.'), `${relative(ROOT, f)} imports ${spec}`).toBe(true);
        const target = join(f, '..', spec);
        expect(target.startsWith(core), `${relative(ROOT, f)} reaches outside the core: ${spec}`).toBe(true);
      }
    }
  });

  it('the domain imports nothing but decimal.js and itself', () => {
    const domain = join(ROOT, 'src-core', 'domain');
    for (const f of files(domain)) {
      for (const spec of imports(f)) {
        if (spec === 'decimal.js') continue;
        const target = join(f, '..', spec);
        expect(target.startsWith(domain), `${relative(ROOT, f)} reaches outside the domain: ${spec}`).toBe(true);
      }
    }
  });

  it('the main process and the renderer never import each other', () => {
    const pairs: [string, string][] = [
      ['src-main', 'src-renderer'],
      ['src-renderer', 'src-main'],
    ];
    for (const [from, to] of pairs) {
      for (const f of files(join(ROOT, from))) {
        for (const spec of imports(f)) {
          if (!spec.startsWith('.')) continue;
          const target = join(f, '..', spec);
          expect(target.startsWith(join(ROOT, to)), `${relative(ROOT, f)} imports ${spec}`).toBe(false);
        }
      }
    }
  });

  it('no code that Node or vitest runs imports electron (it would trigger the binary download)', () => {
    const nodeRun = [
      join(ROOT, 'src-main', 'cli'),
      join(ROOT, 'src-core'),
      join(ROOT, 'src-renderer'),
      join(ROOT, 'test', 'unit'),
      join(ROOT, 'test', 'bench'),
    ];
    for (const dir of nodeRun) {
      for (const f of files(dir)) for (const spec of imports(f)) expect(spec, relative(ROOT, f)).not.toBe('electron');
    }
  });
});
