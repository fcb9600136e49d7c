import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../src-core/domain/layout/read-layout';
import type { Layout } from '../../../src-core/domain/layout/types';
import { headingText, plainText } from '../../../src-core/domain/report/model';
import { NATIONAL_PROFILE, profileFor, ZHEJIANG_PROFILE } from '../../../src-core/domain/report/profile';
import { createEngine } from '../../../src-core/domain/resources';
import { renderReportHtml } from '../../../src-core/report-html/render';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';
import { reportOf, sectionText } from './helpers';

/** An engine of the 舟山 draft under a layout object (a shipped layout with changes). */
function engineWith(layout: Layout) {
  const layouts = new Map(testResources().layouts);
  layouts.set(layout.id, layout);
  const built = createEngine(zhoushanDraft(), { ...testResources(), layouts }, layout.id);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}
const shipped = (id: string) => structuredClone(testResources().layouts.get(id)!);

describe('the report title is the layout’s', () => {
  it('chongqing (单位预算): title, cover, part titles and the sentences that name the budget', () => {
    const engine = engineFor(zhoushanDraft(), 'chongqing');
    const doc = reportOf(engine);
    expect(doc.title).toBe('舟山市人民政府办公室2022年单位预算');
    expect(doc.coverTitle).toBe('2022年单位预算');
    expect(doc.parts.map(headingText)).toEqual([
      '第一部分 部门概况',
      '第二部分 单位预算表',
      '第三部分 单位预算情况说明',
      '第四部分 名词解释',
    ]);
    expect(sectionText(doc, 'overall')).toContain('所有收入和支出均纳入单位预算管理。');
    expect(renderReportHtml(doc, engine.tables())).toContain('2022年单位预算</h1>');
  });

  it('a layout title with other words is printed as written; none: “…年部门预算”', () => {
    const layout = { ...shipped('national'), id: 'title-test', title: '{shortName}{year}年部门预算公开文本' };
    expect(reportOf(engineWith(layout)).title).toBe('市府办2022年部门预算公开文本');
    const untitled = { ...shipped('national'), id: 'untitled' };
    delete untitled.title;
    expect(reportOf(engineWith(untitled)).title).toBe('舟山市人民政府办公室2022年部门预算');
  });

  it.each(['national', 'zhejiang'])('%s keeps its title and wording', (id) => {
    const doc = reportOf(engineFor(zhoushanDraft(), id));
    expect(doc.title).toBe('舟山市人民政府办公室2022年部门预算');
    expect(doc.coverTitle).toBe('2022年部门预算');
    expect(plainText(doc)).not.toContain('单位预算');
  });
});

describe('report wording in the layout (`report`)', () => {
  const layout: Layout = {
    ...shipped('national'),
    id: 'zhejiang-shaoxing',
    report: {
      style: 'zhejiang',
      budgetName: '单位预算',
      partTitles: { glossary: '附：名词解释' },
      sectionTitles: { income: '{shortName}{year}年收入预算情况' },
      incomeNames: { gpb: '一般公共预算财政拨款收入' },
    },
  };

  it('profileFor lays the wording over the style it names (an imported id gets the zhejiang structure)', () => {
    const p = profileFor(layout);
    expect(p.parts).toEqual(ZHEJIANG_PROFILE.parts);
    expect(p.budgetName).toBe('单位预算');
    expect(p.partTitles.glossary).toBe('附：名词解释');
    expect(p.partTitles.overview).toBe(ZHEJIANG_PROFILE.partTitles.overview);
    expect(p.sectionTitles.expense).toBe(ZHEJIANG_PROFILE.sectionTitles.expense);
    expect(profileFor({ id: 'somewhere' })).toBe(NATIONAL_PROFILE);
    expect(profileFor({ id: 'zhejiang' })).toBe(ZHEJIANG_PROFILE);
  });

  it('the text follows it: part and section titles, the budget’s name, the income source’s name', () => {
    const doc = reportOf(engineWith(layout));
    expect(doc.parts.map(headingText)).toEqual([
      '一、舟山市人民政府办公室概况',
      '二、舟山市人民政府办公室2022年单位预算安排情况说明',
      '三、附：名词解释',
      '舟山市人民政府办公室2022年单位预算公开表',
    ]);
    const text = plainText(doc);
    expect(text).toContain('（二）市府办2022年收入预算情况');
    expect(text).toContain('收入包括：一般公共预算财政拨款收入；');
    expect(text).toContain('其中：一般公共预算财政拨款收入2725.6万元，占100%。');
    expect(text).toContain('收入包括：一般公共预算财政拨款收入2725.6万元；');
  });

  it('the layout check accepts it and refuses wrong keys and values, naming the place', () => {
    expect(readLayout(layout).ok).toBe(true);
    const bad = {
      ...layout,
      report: {
        style: 'shanghai',
        budgetName: '',
        partTitles: { tabels: '表' },
        sectionTitles: { income: '{unit}收入' },
        incomeNames: { gbp: '一般公共预算资金' },
        wording: {},
      },
    };
    const r = readLayout(bad);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.error.map((p) => `${p.path}：${p.message}`);
    expect(problems).toHaveLength(6);
    for (const path of [
      'report.style',
      'report.budgetName',
      'report.partTitles.tabels',
      'report.sectionTitles.income',
      'report.incomeNames.gbp',
      'report.wording',
    ])
      expect(problems.some((p) => p.startsWith(`${path}：`))).toBe(true);
    expect(problems.join('\n')).toMatch(/[\u4e00-\u9fff]/);
  });
});
