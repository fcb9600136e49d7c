import { describe, expect, it } from 'vitest';
import { SOCIAL_INSURANCE as SOCIAL_INSURANCE_FUNCTIONS } from '../../../src-core/domain/catalog/social-insurance';
import { suggestFunction } from '../../../src-core/editor/suggest-function';
import { testResources } from '../fixture-resources';

const catalogs = testResources().catalogs.forYear(2025);

describe('suggestFunction', () => {
  it('proposes the function code fixed by the social-insurance economic codes', () => {
    const cases: [string, string][] = [
      ['30108', '2080505'],
      ['30109', '2080506'],
      ['30111', '2101103'],
      ['30113', '2210201'],
    ];
    for (const [economic, fn] of cases) {
      for (const unitType of ['admin', 'civil', 'institution', undefined] as const) {
        expect(suggestFunction({ economic, unitType })?.code, `${economic} ${unitType}`).toBe(fn);
      }
    }
  });

  it('30110 depends on the unit type: 行政/参公 → 2101101, 事业单位 → 2101102, unknown → no proposal', () => {
    expect(suggestFunction({ economic: '30110', unitType: 'admin' })?.code).toBe('2101101');
    expect(suggestFunction({ economic: '30110', unitType: 'civil' })?.code).toBe('2101101');
    expect(suggestFunction({ economic: '30110', unitType: 'institution' })?.code).toBe('2101102');
    expect(suggestFunction({ economic: '30110' })).toBeNull();
  });

  it('gives a Chinese reason naming both codes', () => {
    expect(suggestFunction({ economic: '30108' })).toEqual({
      code: '2080505',
      name: '机关事业单位基本养老保险缴费支出',
      reason:
        '经济分类“30108 机关事业单位基本养老保险缴费”按支出功能分类科目说明应列“2080505 机关事业单位基本养老保险缴费支出”。',
    });
    expect(suggestFunction({ economic: '30110', unitType: 'institution' })?.reason).toBe(
      '事业单位的“30110 职工基本医疗保险缴费”按支出功能分类科目说明应列“2101102 事业单位医疗”。',
    );
    expect(suggestFunction({ economic: '30110', unitType: 'civil' })?.reason).toMatch(
      /^参照公务员法管理的事业单位的“30110/,
    );
  });

  it('proposes nothing for other codes or when the line already has the code', () => {
    expect(suggestFunction({ economic: '30101' })).toBeNull();
    expect(suggestFunction({ economic: '30217' })).toBeNull();
    expect(suggestFunction({ economic: '30113', currentFunction: '2210201' })).toBeNull();
    expect(suggestFunction({ economic: '30113', currentFunction: '2010301' })?.code).toBe('2210201');
  });

  it('takes names from the catalog when given one', () => {
    const fake = { get: (code: string) => (code === '2210201' ? { code, name: '住房公积金（目录）' } : undefined) };
    expect(suggestFunction({ economic: '30113', functionCatalog: fake })?.name).toBe('住房公积金（目录）');
  });

  it('every pairing names codes that exist in the built-in catalogs, with the same names', () => {
    for (const p of SOCIAL_INSURANCE_FUNCTIONS) {
      expect(catalogs.economic.get(p.economic)?.name, p.economic).toBe(p.economicName);
      const codes = typeof p.function === 'string' ? [p.function] : Object.values(p.function);
      for (const code of codes) {
        const entry = catalogs.function.get(code);
        expect(entry?.level, code).toBe(3);
        expect(
          suggestFunction({ economic: p.economic, unitType: 'admin', functionCatalog: catalogs.function }),
        ).not.toBeNull();
        const builtIn = suggestFunction({
          economic: p.economic,
          unitType: code === '2101102' ? 'institution' : 'admin',
        });
        expect(builtIn?.name, code).toBe(entry?.name);
      }
    }
  });
});
