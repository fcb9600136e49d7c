import { describe, expect, it } from 'vitest';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { fixtureText, testResources } from '../fixture-resources';
import { rng } from '../../support/rng';

const WEIRD: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  '',
  ' ',
  '13,6',
  '１２３',
  'abc',
  '-0.001',
  [],
  {},
  [1],
  { a: 1 },
  '2010301',
  '99999',
  'gpb',
  'unit',
];

function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}

describe('loader fuzz: random mutations of the fixture', () => {
  const base = JSON.parse(fixtureText('zhoushan-2022.budget.json'));
  const all = paths(base).filter((p) => p.length > 0);

  it('never throws; either rejects with paths or loads a draft that saves, reloads equal and derives', () => {
    const next = rng(20221);
    const resources = testResources();
    let rejected = 0;
    let accepted = 0;
    for (let n = 0; n < 1500; n++) {
      const doc = structuredClone(base);
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const path = all[Math.floor(next() * all.length)];
        let parent: any = doc;
        for (const k of path.slice(0, -1)) parent = parent?.[k];
        if (parent === null || typeof parent !== 'object') continue;
        const key = path[path.length - 1];
        const op = next();
        if (op < 0.25) delete parent[key];
        else if (op < 0.9) parent[key] = WEIRD[Math.floor(next() * WEIRD.length)];
        else parent[`x${Math.floor(next() * 100)}`] = 'added';
      }
      let text = JSON.stringify(doc);
      if (next() < 0.05) text = text.slice(0, Math.floor(next() * text.length));
      const r = loadDraftText(text);
      if (!r.ok) {
        rejected++;
        expect(r.error.length).toBeGreaterThan(0);
        for (const p of r.error) expect(typeof p.message).toBe('string');
        continue;
      }
      accepted++;
      const again = loadDraftText(saveDraftText(r.value.draft));
      expect(again.ok).toBe(true);
      if (again.ok) expect(again.value.draft).toEqual(r.value.draft);
      const engine = new BudgetEngine(r.value.draft, {
        catalogs: resources.catalogs.forYear(r.value.draft.year),
        layout: resources.layouts.get('zhejiang')!,
      });
      expect(engine.tables().length).toBe(resources.layouts.get('zhejiang')!.tables.length);
      // The status bar's count is the number of error findings (not a separate tally that could drift).
      expect(engine.status().errors).toBe(engine.findings().filter((f) => f.severity === 'error').length);
    }
    expect(rejected).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(100);
  });

  it('rejects thousands of random strings without throwing', () => {
    const next = rng(7);
    const alphabet = '{}[]":,0123456789.-abcdefgtrun \n\\中文';
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(next() * 60);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      const r = loadDraftText(s);
      expect(r.ok).toBe(false);
    }
  });
});
