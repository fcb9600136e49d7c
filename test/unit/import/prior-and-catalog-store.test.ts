import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src-core/domain/catalog/catalog';
import { parseCatalogCsv } from '../../../src-core/domain/catalog/load';
import { priorFigures } from '../../../src-core/domain/engine/prior-figures';
import { catalogToCsv } from '../../../src-core/import/catalog-csv';
import { fillPriorFromDraft } from '../../../src-core/import/prior-from-draft';
import { catalogs } from './helpers';
import { zhoushanDraft } from '../fixture-resources';

describe('上年草稿 → 上年数', () => {
  const lastYear = zhoushanDraft(); // 2022, in 元
  const current = {
    ...zhoushanDraft(),
    year: 2023,
    prior: { year: 2021, budget: { threeTotal: '1.00' }, actual: { stale: '9.00' } },
  };

  it("fills the chosen basis with last year's figures and keeps the other basis", () => {
    const r = fillPriorFromDraft(current, lastYear, 'actual');
    if (!r.ok) throw new Error(r.error);
    const expected = priorFigures(lastYear);
    expect(r.value.draft.prior.actual).toEqual(expected);
    expect(r.value.draft.prior.budget).toEqual({ threeTotal: '1.00' });
    expect(r.value.draft.prior.year).toBe(2022);
    expect(r.value.removed).toEqual(['stale']);
    expect(r.value.yearNote).toBeNull();
    // The fixture's totals: 收支 27,255,980.00 元 (shown as 2725.60 万元).
    expect(r.value.figures.incomeTotal).toBe('27255980.00');
    expect(r.value.figures.expenseTotal).toBe('27255980.00');
    expect(Object.keys(r.value.figures).some((k) => k.startsWith('fn:'))).toBe(true);
    expect(current.prior.actual).toEqual({ stale: '9.00' }); // the input is not changed
  });

  it("converts 元 to the draft's 万元 exactly; refuses a draft that is not earlier; notes a gap year", () => {
    const r = fillPriorFromDraft({ ...current, amountUnit: 'wanyuan' }, lastYear, 'budget');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.figures.incomeTotal).toBe('2725.598');
    const same = fillPriorFromDraft({ ...current, year: 2022 }, lastYear, 'actual');
    expect(same.ok ? '' : same.error).toBe('所选草稿是 2022 年度的，不早于本草稿的 2022 年度，不能作为上年数。');
    const gap = fillPriorFromDraft({ ...current, year: 2024 }, lastYear, 'actual');
    expect(gap.ok && gap.value.yearNote).toMatch(/不是上一年（2023 年）/);
  });
});

describe('imported catalogs stored as the shipped CSV', () => {
  it('round-trips through parseCatalogCsv with names, explanations, 人员/公用 and quoting', () => {
    const shipped = catalogs().economic;
    const eco = new Catalog(
      'economic',
      2026,
      shipped.all().map((e, i) => (i === 1 ? { ...e, description: '含"引号",逗号\n与换行' } : e)),
    );
    const back = parseCatalogCsv('economic', 2026, catalogToCsv(eco));
    if (!back.ok) throw new Error(back.error);
    expect(back.value.all().map((e) => [e.code, e.name, e.description, e.basicKind, e.level, e.parent])).toEqual(
      eco
        .all()
        .filter((e) => !e.local)
        .map((e) => [e.code, e.name, e.description, e.basicKind, e.level, e.parent]),
    );
    expect(back.value.all()[1].description).toBe('含"引号",逗号\n与换行');
  });
});
