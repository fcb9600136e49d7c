import { describe, expect, it } from 'vitest';
import type { FinalDraft } from '../../../src-core/domain/draft/types';
import { generateFinalReport } from '../../../src-core/domain/final/report/generate-final';
import {
  allSections,
  findSection,
  plainText,
  type Block,
  type ReportDocument,
} from '../../../src-core/domain/report/model';
import { fixtureText } from '../fixture-resources';
import { finalEngineFor, huangpiDraft } from './helpers';

const phrases: string[] = JSON.parse(fixtureText('huangpi-2024.report.json')).phrases;
const squash = (s: string) => s.replace(/\s+/g, '');

function sectionText(doc: ReportDocument, id: string): string {
  const s = findSection(doc, id);
  if (!s) throw new Error(`no section ${id}`);
  return plainText({
    ...doc,
    draftMark: false,
    parts: [{ kind: 'part', id: 'explanation', numbering: null, label: '', title: '', blocks: [s] }],
  });
}

describe('the printed 决算 of 黄陂 2024', () => {
  const doc = generateFinalReport(finalEngineFor(huangpiDraft()));
  const text = squash(plainText(doc));

  it('contains every phrase of huangpi-2024.report.json', () => {
    const missing = phrases.filter((p) => !text.includes(squash(p)));
    expect(phrases.length).toBe(20);
    expect(missing).toEqual([]);
  });

  it('prints the parts and the 13 sections of the 情况说明 in the seed order', () => {
    expect(doc.title).toBe('武汉市黄陂区大数据中心（本级）2024年度部门决算');
    expect(doc.parts.map((p) => p.label)).toEqual(['第一部分', '第二部分', '第三部分', '第四部分', '第五部分']);
    const explanation = doc.parts.find((p) => p.id === 'explanation')!;
    const top = explanation.blocks.filter((b) => b.kind === 'section');
    expect(top.map((s) => (s.kind === 'section' ? `${s.label}${s.title}` : ''))).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、政府性基金预算财政拨款收入支出决算情况说明',
      '八、国有资本经营预算财政拨款支出决算情况说明',
      '九、财政拨款“三公”经费支出决算情况说明',
      '十、机关运行经费支出说明',
      '十一、政府采购支出说明',
      '十二、国有资产占用情况说明',
      '十三、预算绩效情况说明',
    ]);
    expect(doc.parts.find((p) => p.id === 'tables')!.blocks).toHaveLength(9);
  });

  it('has the charts 图1–4 with the shares of the text', () => {
    const charts = doc.parts.flatMap((p) => allBlocks(p.blocks)).filter((b) => b.kind === 'chart');
    expect(charts.map((c) => (c.kind === 'chart' ? c.chart.title : ''))).toEqual([
      '图1：收、支决算总计变动情况',
      '图2：收入决算结构',
      '图3：支出决算结构',
      '图4：财政拨款收、支决算总计变动情况',
    ]);
    const pie = charts[2].kind === 'chart' && charts[2].chart.type === 'pie' ? charts[2].chart : null;
    expect(pie?.slices.map((s) => `${s.label}${s.value.text}/${s.share}`)).toEqual([
      '基本支出167.56/59.2',
      '项目支出115.35/40.8',
    ]);
  });

  it('prints every percentage with one decimal and never a missing amount', () => {
    const percents = [...text.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => m[1]);
    expect(percents.length).toBeGreaterThan(8);
    for (const p of percents) expect(p).toMatch(/^\d+\.\d$/);
    expect(text).not.toMatch(/为万元|[^\d.]万元/);
    // The seed's own errors are not repeated: 基本支出 is 167.56 everywhere, completion 32.2%.
    expect(text).not.toContain('167.57');
    expect(text).not.toContain('32.22%');
  });

  it('says why the 项 differs from its 年初预算数, from text.reasons["exec:fn:2013750"]', () => {
    expect(sectionText(doc, 'final.gpb.items')).toContain(
      '事业运行（项）年初预算为878.12万元，支出决算为282.91万元，完成年初预算的32.2%，支出决算数小于年初预算数，主要原因是业务减少，部分款项已请款未支付。',
    );
  });

  it('prints the empty 政府性基金 and 国有资本 sections with their sentence', () => {
    expect(findSection(doc, 'final.gf')?.empty).toBe(true);
    expect(sectionText(doc, 'final.gf')).toContain(
      '本单位2024年度无政府性基金预算财政拨款收入支出，故公开07表《2024年度政府性基金预算财政拨款收入支出决算表》为空表。',
    );
    expect(sectionText(doc, 'final.soc')).toContain('本单位2024年度无国有资本经营预算财政拨款支出');
  });

  it('is not marked as a draft (no error findings)', () => {
    expect(doc.draftMark).toBe(false);
    expect(allSections(doc).length).toBeGreaterThan(20);
  });
});

describe('a 决算 with 政府性基金 and 国有资本经营 spending and a missing 三公 budget', () => {
  const base = huangpiDraft();
  const draft: FinalDraft = {
    ...base,
    income: [
      ...base.income,
      { unit: '520001', source: 'gf', function: '2120801', amount: '50.00' },
      { unit: '520001', source: 'soc', function: '2230199', amount: '20.00' },
    ],
    expenses: [
      ...base.expenses,
      {
        unit: '520001',
        function: '2120801',
        economic: '31005',
        kind: 'project',
        source: 'gf',
        amount: '40.00',
        project: null,
      },
      {
        unit: '520001',
        function: '2230199',
        economic: '31005',
        kind: 'project',
        source: 'soc',
        amount: '20.00',
        project: null,
      },
    ],
    budget: { ...base.budget, adjusted: { reception: '0.13' } },
  };
  const doc = generateFinalReport(finalEngineFor(draft));

  it('describes 政府性基金 (opening, income, spending, closing) and 国有资本经营', () => {
    const gf = sectionText(doc, 'final.gf');
    expect(findSection(doc, 'final.gf')?.empty).toBeUndefined();
    expect(gf).toContain('本年收入50万元，本年支出40万元（基本支出0万元，项目支出40万元），年末结转和结余10万元');
    expect(sectionText(doc, 'final.soc')).toContain(
      '国有资本经营预算财政拨款支出20万元，其中：基本支出0万元，项目支出20万元',
    );
  });

  it('leaves out a 全年预算数 the draft does not give, instead of “全年预算为万元”', () => {
    const three = sectionText(doc, 'final.three');
    expect(three).toContain('因公出国（境）费支出决算为0万元');
    expect(three).toContain('公务接待费全年预算为0.13万元，支出决算为0.13万元');
    expect(squash(plainText(doc))).not.toContain('为万元');
  });

  it('says 国有资产 were not recorded rather than printing counts nobody gave', () => {
    const text = sectionText(generateFinalReport(finalEngineFor({ ...draft, assets: {} })), 'final.assets');
    expect(text).toContain('武汉市黄陂区大数据中心（本级）未填报国有资产占用情况。');
    expect(text).not.toContain('0辆');
  });

  it('with two decimals asked, every percentage has two', () => {
    const two = squash(plainText(generateFinalReport(finalEngineFor(draft), { percentDecimals: 2 })));
    for (const m of two.matchAll(/(\d+(?:\.\d+)?)%/g)) expect(m[1]).toMatch(/^\d+\.\d\d$/);
  });
});

function allBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'section' ? [b, ...allBlocks(b.blocks)] : [b]));
}
