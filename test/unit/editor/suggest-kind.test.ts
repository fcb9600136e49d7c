import { describe, expect, it } from 'vitest';
import { suggestKind } from '../../../src-core/editor/suggest-kind';
import { testResources } from '../fixture-resources';

const economicCatalog = testResources().catalogs.forYear(2025).economic;

describe('suggestKind: 支出类型 follows the economic code (the catalog’s basicKind of its 类)', () => {
  it('301/303 → 人员经费, 302/310 → 公用经费 on a basic line of the other type', () => {
    const cases: [string, 'personnel' | 'public', string][] = [
      ['30201', 'personnel', 'public'],
      ['31002', 'personnel', 'public'],
      ['30101', 'public', 'personnel'],
      ['30305', 'public', 'personnel'],
    ];
    for (const [economic, currentKind, kind] of cases) {
      expect(suggestKind({ economic, currentKind, economicCatalog })?.kind, economic).toBe(kind);
    }
  });

  it('gives the type’s name and a Chinese reason naming the 类', () => {
    expect(suggestKind({ economic: '30201', currentKind: 'personnel', economicCatalog })).toEqual({
      kind: 'public',
      name: '公用经费',
      reason: '经济分类“302 商品和服务支出”属于公用经费，人员经费不能使用。',
    });
  });

  it('proposes nothing when the type fits, for other types, project lines, other 类 or an unknown code', () => {
    expect(suggestKind({ economic: '30201', currentKind: 'public', economicCatalog })).toBeNull();
    expect(suggestKind({ economic: '30201', currentKind: 'project', economicCatalog })).toBeNull();
    expect(suggestKind({ economic: '30201', currentKind: 'operating', economicCatalog })).toBeNull();
    expect(suggestKind({ economic: '30201', currentKind: 'personnel', project: 'P01', economicCatalog })).toBeNull();
    expect(suggestKind({ economic: '30902', currentKind: 'personnel', economicCatalog })).toBeNull(); // 309 基本建设
    expect(suggestKind({ economic: '39999', currentKind: 'personnel', economicCatalog })).toBeNull();
    expect(suggestKind({ economic: '302', currentKind: 'personnel', economicCatalog })).toBeNull();
  });
});
