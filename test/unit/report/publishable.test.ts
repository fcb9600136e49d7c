import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { findSection, plainText } from '../../../src-core/domain/report/model';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf, sectionText } from './helpers';

/**
 * Nothing unpublishable in the 情况说明 (issue #14 item 11): no zero item listed (“…0万元，占0%”,
 * “结转下年0万元”, “0辆”), no amount missing (“为万元”), no sentence about a missing fact — a
 * wholly empty part gets its “没有…” sentence, a missing fact is a finding (R-ASSETS, R-TEXT).
 */
const textOf = (draft: Draft, layout = 'zhejiang') => plainText(reportOf(engineFor(draft, layout)));

/** Every way a zero or empty figure could be printed. */
const UNPUBLISHABLE = [
  /(?<![\d.])0万元/u,
  /占0%/u,
  /为万元/u,
  /(?<!\d)0辆/u,
  /(?<!\d)0台（套）/u,
  /未填报/u,
  /未填写/u,
];

/** The fixture with its facts taken away: no assets, no 主要职能, no procurement, no “三公” money. */
function sparseDraft(): Draft {
  const d = zhoushanDraft();
  d.assets = {};
  d.text.functions = '';
  d.procurement = [];
  // 公务接待费 (30217) and 公务用车运行维护费 (30231) become 其他商品和服务支出: no “三公” money at all.
  d.expenses = d.expenses.map((e) => (['30217', '30231'].includes(e.economic) ? { ...e, economic: '30299' } : e));
  d.prior = { year: 2021 };
  return d;
}

describe('zero items are not listed', () => {
  const text = textOf(zhoushanDraft());

  it.each(['zhejiang', 'national', 'chongqing', 'xinjiang', 'shanghai'])(
    '舟山 under %s: no “0万元”, “占0%”, “为万元”, “0辆”, “0台（套）”',
    (layout) => {
      const t = textOf(zhoushanDraft(), layout);
      for (const bad of UNPUBLISHABLE) expect(t).not.toMatch(bad);
    },
  );

  it('(一)(二) list only the sources with money', () => {
    expect(text).toContain('收入包括：一般公共预算拨款收入；支出包括：');
    expect(text).toContain('其中：一般公共预算拨款收入2725.6万元，占100%。');
    expect(text).not.toContain('政府性基金预算拨款收入');
  });

  it('(三) lists only the uses with money, and no 结转下年 when nothing is carried forward', () => {
    const expense = sectionText(reportOf(engineFor(zhoushanDraft())), 'expense');
    expect(expense).toContain('项目支出434万元，占15.92%。');
    expect(expense).not.toContain('事业单位经营支出');
    expect(expense).not.toContain('结转下年');
  });

  it('(三) prints 结转下年 when money is carried forward', () => {
    const d = zhoushanDraft();
    d.income.push({ unit: '167001', source: 'gpb', carryover: true, amount: '123400.00' });
    d.carryForward.push({ unit: '167001', source: 'gpb', amount: '123400.00' });
    expect(sectionText(reportOf(engineFor(d)), 'expense')).toContain('结转下年12.34万元。');
  });

  it('(九) an item without money says so, without a purpose; 公务用车购置 0 is left out', () => {
    const three = sectionText(reportOf(engineFor(zhoushanDraft())), 'three');
    expect(three).toContain('2022年没有安排因公出国（境）费用预算，与上年预算数持平。');
    expect(three).not.toContain('国际旅费');
    expect(three).toContain('其中，公务用车运行维护费支出9万元，与上年预算数持平，主要用于公务用车燃料费');
    expect(three).not.toContain('公务用车购置支出');
  });

  it('(九) a 公务用车购置 part that had money last year is named with its decrease', () => {
    const d = zhoushanDraft();
    d.prior.budget = { ...d.prior.budget, vehiclePurchase: '300000.00' };
    const three = sectionText(reportOf(engineFor(d)), 'three');
    expect(three).toContain('其中，没有安排公务用车购置支出，比上年预算数减少30万元，下降100%');
  });

  it('(十) 政府采购 lists only the kinds with money', () => {
    expect(text).toContain('政府采购预算总额23万元，其中：政府采购服务预算23万元。');
    expect(text).not.toContain('政府采购货物预算');
  });

  it('(十) assets: categories recorded as 0 go into one “没有…” clause', () => {
    expect(text).toContain(
      '截至2021年12月31日，市府办所属各预算单位共有车辆2辆，其中，机要通信用车及应急保障用车1辆、老干部服务用车1辆；没有单位价值50万元以上通用设备、单位价值100万元以上专用设备。',
    );
    expect(text).toContain('2022年部门预算未安排购置车辆、单位价值50万元以上通用设备、单位价值100万元以上专用设备。');
  });

  it('(十) assets with planned purchases list what is bought', () => {
    const d = zhoushanDraft();
    d.assets = {
      asOf: '2021-12-31',
      planned: { vehicles: [{ category: '一般公务用车', count: 2 }], equipment: [{ category: '专用设备', count: 1 }] },
    };
    expect(sectionText(reportOf(engineFor(d)), 'other.assets')).toBe(
      '2022年部门预算安排购置车辆2辆，其中，一般公务用车2辆；专用设备1台（套）。',
    );
  });

  it('(六) a department without 公用经费 prints only 人员经费', () => {
    const d = zhoushanDraft();
    d.expenses = d.expenses.filter((e) => e.kind !== 'public');
    const basic = sectionText(reportOf(engineFor(d)), 'basic');
    expect(basic).toContain('人员经费2040.86万元');
    expect(basic).not.toContain('公用经费');
    expect(basic.trim().endsWith('。')).toBe(true);
  });
});

describe('a draft with facts missing and parts empty', () => {
  const draft = sparseDraft();
  const engine = engineFor(draft);
  const doc = reportOf(engine);
  const text = plainText(doc);

  it('prints nothing unpublishable', () => {
    for (const bad of UNPUBLISHABLE) expect(text).not.toMatch(bad);
  });

  it('missing assets: no 国有资产 section (the others renumbered) and an R-ASSETS warning leading there', () => {
    expect(findSection(doc, 'other.assets')).toBeUndefined();
    const other = findSection(doc, 'other')!;
    expect(other.blocks.map((b) => (b.kind === 'section' ? `${b.label}${b.title}` : ''))).toEqual([
      '1.机关运行经费',
      '2.政府采购情况',
      '3.绩效目标设置情况',
    ]);
    const found = engine.findings().filter((f) => f.rule === 'R-ASSETS');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', target: { text: 'other.assets' } });
    expect(found[0].message).toContain('其他事项 → 国有资产占有使用情况');
  });

  it('missing 主要职能: no placeholder printed, R-TEXT asks for it', () => {
    expect(findSection(doc, 'functions')).toBeUndefined();
    expect(
      engine.findings().some((f) => f.rule === 'R-TEXT' && 'text' in f.target && f.target.text === 'functions'),
    ).toBe(true);
  });

  it('empty parts get their sentence: 政府采购, “三公”经费', () => {
    expect(sectionText(doc, 'other.procurement')).toBe('2022年市府办没有安排政府采购预算。');
    expect(sectionText(doc, 'three')).toBe('市府办2022年没有安排“三公”经费预算。');
  });

  it('a note on the assets keeps the section, with the note only', () => {
    const d = sparseDraft();
    d.text.notes = { 'other.assets': '本部门资产由机关事务管理局统一管理。' };
    expect(sectionText(reportOf(engineFor(d)), 'other.assets')).toBe('本部门资产由机关事务管理局统一管理。');
  });

  it('assets recorded as 0 satisfy R-ASSETS and read “没有车辆”', () => {
    const d = sparseDraft();
    d.assets = { asOf: '2021-12-31', vehicles: [{ category: '一般公务用车', count: 0 }] };
    const e = engineFor(d);
    expect(e.findings().filter((f) => f.rule === 'R-ASSETS')).toEqual([]);
    expect(sectionText(reportOf(e), 'other.assets')).toBe('截至2021年12月31日，市府办所属各预算单位没有车辆。');
  });

  it('a department with no money at all: “没有安排…” sentences, never “0万元”', () => {
    const d = sparseDraft();
    d.income = [];
    d.expenses = [];
    d.projects = [];
    const t = textOf(d);
    for (const bad of UNPUBLISHABLE) expect(t).not.toMatch(bad);
    expect(t).toContain('市府办2022年没有安排收支预算。');
    expect(t).toContain('市府办2022年没有安排收入预算。');
    expect(t).toContain('市府办2022年没有安排支出预算。');
    expect(t).toContain('2022年市府办没有安排机关运行经费财政拨款预算。');
  });

  it('a total that fell to nothing is compared, not printed as 0万元', () => {
    const d = sparseDraft();
    d.income = [];
    d.prior = { year: 2021, actual: { incomeTotal: '1000000.00' } };
    d.text.reasons = { incomeTotal: '机构撤并' };
    expect(sectionText(reportOf(engineFor(d)), 'income')).toBe(
      '市府办2022年没有安排收入预算，比上年执行数减少100万元，下降100%，主要是机构撤并。',
    );
  });
});
