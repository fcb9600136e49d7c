import { describe, expect, it } from 'vitest';
import { loadDraftJson, loadDraftText } from '../../../src-core/domain/draft/load';
import { migrateRaw, type Migration } from '../../../src-core/domain/draft/migrations';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { fixtureText } from '../fixture-resources';

const text = fixtureText('zhoushan-2022.budget.json');
const raw = () => JSON.parse(text) as Record<string, any>;

function problemsOf(input: unknown) {
  const r = typeof input === 'string' ? loadDraftText(input) : loadDraftJson(input);
  if (r.ok) throw new Error('expected rejection');
  return r.error;
}

describe('draft file round trip', () => {
  it('save(load(fixture)) equals the fixture, key order included', () => {
    const loaded = loadDraftText(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const saved = saveDraftText(loaded.value.draft);
    expect(JSON.parse(saved)).toEqual(JSON.parse(text));
    expect(JSON.stringify(JSON.parse(saved))).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('keeps unknown keys at every level', () => {
    const r = raw();
    r.vendorInfo = { tool: 'x' };
    r.expenses[0].lineNo = 7;
    r.units[0].leader = '张三';
    r.prior.extraNote = 'n';
    const loaded = loadDraftJson(r);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.draft.expenses[0].extra).toEqual({ lineNo: 7 });
    expect(JSON.parse(saveDraftText(loaded.value.draft))).toEqual(r);
  });

  it('accepts numbers as amounts but writes decimal strings', () => {
    const r = raw();
    r.income[0].amount = 27255980;
    const loaded = loadDraftJson(r);
    expect(loaded.ok && loaded.value.draft.income[0].amount).toBe('27255980.00');
  });

  it('fills absent optional arrays with their defaults and writes them back', () => {
    const r = raw();
    delete r.reviews;
    delete r.catalogExtras;
    const loaded = loadDraftJson(r);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(JSON.parse(saveDraftText(loaded.value.draft)).reviews).toEqual([]);
  });
});

describe('malformed files are rejected with every problem listed by JSON path', () => {
  it('not JSON', () => {
    const p = problemsOf('{"format": "dept-budget-draft",');
    expect(p).toHaveLength(1);
    expect(p[0].message).toContain('不是有效的 JSON');
  });

  it('wrong format and unknown versions', () => {
    expect(problemsOf({ format: 'other' })[0].path).toBe('format');
    const newer = raw();
    newer.formatVersion = 9;
    expect(problemsOf(newer)[0].message).toContain('较新版本');
    expect(problemsOf([1, 2])[0].message).toContain('JSON 对象');
  });

  it('lists every bad amount, code, enum and missing key at once', () => {
    const r = raw();
    r.expenses[3].amount = '13,6';
    r.expenses[5].amount = '12.345';
    r.expenses[7].economic = '30１01';
    r.expenses[9].kind = 'salary';
    delete r.income[0].source;
    r.year = '2022';
    const p = problemsOf(r);
    const paths = p.map((x) => x.path).sort();
    expect(paths).toEqual(
      [
        'expenses[3].amount',
        'expenses[5].amount',
        'expenses[7].economic',
        'expenses[9].kind',
        'income[0].source',
        'year',
      ].sort(),
    );
    expect(p.find((x) => x.path === 'expenses[3].amount')!.message).toContain('13,6');
    expect(p.find((x) => x.path === 'expenses[5].amount')!.message).toContain('最多 2 位小数');
    expect(p.find((x) => x.path === 'income[0].source')!.message).toContain('缺少必填项');
  });

  it('dangling unit and project references, duplicate codes, sources that do not fit carryover', () => {
    const r = raw();
    r.expenses[0].unit = '999999';
    r.expenses[40].project = '167001-99';
    r.procurement[0].project = 'nope';
    r.projects[1].code = r.projects[0].code;
    r.income[0].source = 'unit';
    const paths = problemsOf(r).map((x) => x.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'expenses[0].unit',
        'expenses[40].project',
        'procurement[0].project',
        'projects[1].code',
        'income[0].source',
      ]),
    );
  });
});

describe('migrations', () => {
  const chain: Migration[] = [
    { from: 0, describe: 'v0 → v1: amounts renamed', migrate: (r) => ({ ...r, expenses: r.lines, lines: undefined }) },
  ];

  it('migrates an older version step by step and records what it did', () => {
    const r = raw();
    const v0 = { ...r, formatVersion: 0, lines: r.expenses };
    delete (v0 as Record<string, unknown>).expenses;
    const m = migrateRaw(v0, chain);
    expect('raw' in m).toBe(true);
    if (!('raw' in m)) return;
    expect(m.raw.formatVersion).toBe(1);
    expect(m.applied).toEqual(['v0 → v1: amounts renamed']);
    const loaded = loadDraftJson(v0, chain);
    expect(loaded.ok && loaded.value.draft.expenses.length).toBe(r.expenses.length);
  });

  it('refuses a version no migration starts from, and never mutates its input', () => {
    const v = { ...raw(), formatVersion: -3 };
    const before = JSON.stringify(v);
    expect('problem' in migrateRaw(v, chain)).toBe(true);
    expect(JSON.stringify(v)).toBe(before);
  });
});
