import { describe, expect, it } from 'vitest';
import { kindFromCategory, sourceFromNature } from '../../../src-core/import/budget-system-terms';
import { splitCodeName } from '../../../src-core/import/values';
import { unitTypeFromName } from '../../../src-core/import/unit-cell';

describe('the 预算管理一体化系统 vocabulary', () => {
  it('项目类别 (+ 支出项目类别) → 支出类型', () => {
    const kind = (c: string, s = '') => {
      const r = kindFromCategory(c, s);
      return r.ok ? r.value : r.error.field;
    };
    expect(kind('人员类项目')).toBe('personnel');
    expect(kind('运转类项目')).toBe('public');
    expect(kind('运转类项目', '公用经费')).toBe('public');
    expect(kind('运转类项目', '其他运转类项目')).toBe('project');
    expect(kind('其他运转类项目')).toBe('project');
    expect(kind('特定目标类项目', '随便')).toBe('project');
    expect(kind('运转类项目', '差旅类')).toBe('subCategory');
    expect(kind('奖励类')).toBe('category');
    expect(kind('')).toBe('category');
  });

  it('资金性质 + 资金来源 → source and 上年结转', () => {
    const src = (n: string, s: string, hasSource = true) => {
      const r = sourceFromNature(n, s, hasSource);
      return r.ok ? `${r.value.source}${r.value.carryover ? '+结转' : ''}` : r.error.field;
    };
    expect(src('一般公共预算资金', '本级财政拨款')).toBe('gpb');
    expect(src('一般公共预算资金', '上级转移支付')).toBe('gpb');
    expect(src('一般公共预算资金', '上年结转')).toBe('gpb+结转');
    expect(src('政府性基金预算资金', '')).toBe('gf');
    expect(src('国有资本经营预算资金', '上年结余')).toBe('soc+结转');
    expect(src('财政专户管理资金', '本级财政拨款')).toBe('special');
    expect(src('单位资金', '事业收入')).toBe('business');
    expect(src('单位资金', '经营收入')).toBe('operating');
    expect(src('单位资金', '其他收入')).toBe('other');
    expect(src('单位资金', '上年结转')).toBe('unit+结转');
    expect(src('单位资金', '')).toBe('source');
    expect(src('单位资金', '本级财政拨款')).toBe('source');
    expect(src('一般公共预算资金', '一般公共预算拨款收入')).toBe('gpb');
    expect(src('一般公共预算资金', '事业收入')).toBe('source');
    expect(src('自筹', '事业收入')).toBe('fundNature');
    // No 资金性质: the template's 资金来源; no 资金来源 column: older files' 资金性质 holding the source.
    expect(src('', '一般公共预算')).toBe('gpb');
    expect(src('一般公共预算', '', false)).toBe('gpb');
    expect(src('单位资金', '', false)).toBe('unit+结转');
  });

  it('“code name” cells and the type of a unit created from its name', () => {
    expect(splitCodeName('103005 垫江县人民政府电子政务中心')).toEqual({
      code: '103005',
      name: '垫江县人民政府电子政务中心',
    });
    expect(splitCodeName('[103005]某中心')).toEqual({ code: '103005', name: '某中心' });
    expect(splitCodeName('【103005】某中心')).toEqual({ code: '103005', name: '某中心' });
    expect(splitCodeName('103005-某中心')).toEqual({ code: '103005', name: '某中心' });
    expect(splitCodeName('167001-01')).toBeNull();
    expect(splitCodeName('某中心')).toBeNull();
    expect(unitTypeFromName('某县数据资源中心')).toBe('institution');
    expect(unitTypeFromName('某县人民政府办公室')).toBe('admin');
    expect(unitTypeFromName('某县公安局城关派出所')).toBe('admin');
  });
});
