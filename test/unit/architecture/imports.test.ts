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
  return [...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n;]*?from\s+['"]([^'"]+)['"]/g), ...src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

describe('import boundaries (style.md)', () => {
  it('the domain imports nothing but decimal.js and itself', () => {
    const domain = join(ROOT, 'src-renderer', 'domain');
    for (const f of files(domain)) {
      for (const spec of imports(f)) {
        if (spec === 'decimal.js') continue;
        expect(spec.startsWith('.'), `${relative(ROOT, f)} imports ${spec}`).toBe(true);
        const target = join(f, '..', spec);
        expect(target.startsWith(domain), `${relative(ROOT, f)} reaches outside the domain: ${spec}`).toBe(true);
      }
    }
  });

  it('no code that Node or vitest runs imports electron (it would trigger the binary download)', () => {
    const nodeRun = [join(ROOT, 'src-main', 'cli'), join(ROOT, 'src-renderer'), join(ROOT, 'test', 'unit'), join(ROOT, 'test', 'bench')];
    for (const dir of nodeRun) {
      for (const f of files(dir)) for (const spec of imports(f)) expect(spec, relative(ROOT, f)).not.toBe('electron');
    }
  });
});
