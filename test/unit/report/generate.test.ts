import { describe, expect, it } from 'vitest';
import { generateReport } from '../../../src-core/domain/report/generate';
import {
  allSections,
  findSection,
  headingText,
  plainText,
  type Paragraph,
  type ReportDocument,
} from '../../../src-core/domain/report/model';
import { ReportFigures } from '../../../src-core/domain/report/figures';
import { naiveShares } from '../../../src-core/domain/report/numbers';
import { NATIONAL_PROFILE, ZHEJIANG_PROFILE } from '../../../src-core/domain/report/profile';
import { syntheticDraft } from '../../bench/synthetic';
import { engineFor, fixtureText, testResources, zhoushanDraft } from '../fixture-resources';
import { reportOf, sectionText, squash, standardTerms } from './helpers';

const phrases = (JSON.parse(fixtureText('zhoushan-2022.report.json')) as { phrases: string[] }).phrases;
const zhoushan = () => reportOf(engineFor(zhoushanDraft(), 'zhejiang'));

const paragraphs = (doc: ReportDocument, id: string) =>
  findSection(doc, id)!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');

describe('舟山 2022 (zhejiang layout): the generated text', () => {
  const doc = zhoushan();
  const text = squash(plainText(doc));

  it.each(phrases)('contains “%s”', (phrase) => {
    expect(text).toContain(squash(phrase));
  });

  it('follows the seed’s parts: 一、概况 二、情况说明 三、名词解释, then the tables', () => {
    expect(doc.parts.map(headingText)).toEqual([
      '一、舟山市人民政府办公室概况',
      '二、舟山市人民政府办公室2022年部门预算安排情况说明',
      '三、名词解释',
      '舟山市人民政府办公室2022年部门预算公开表',
    ]);
    expect(doc.title).toBe('舟山市人民政府办公室2022年部门预算');
    expect(doc.draftMark).toBe(false);
  });

  it('numbers the 情况说明 （一）…（十） in the seed’s order and titles', () => {
    const explanation = doc.parts.find((p) => p.id === 'explanation')!;
    const titles = explanation.blocks.map((b) => (b.kind === 'section' ? headingText(b) : ''));
    expect(titles).toEqual([
      '（一）关于市府办2022年收支预算情况的总体说明',
      '（二）关于市府办2022年收入预算情况说明',
      '（三）关于市府办2022年支出预算情况说明',
      '（四）关于市府办2022年财政拨款收支预算情况的总体说明',
      '（五）关于市府办2022年一般公共预算当年拨款情况说明',
      '（六）关于市府办2022年一般公共预算基本支出情况说明',
      '（七）关于市府办2022年政府性基金预算支出情况说明',
      '（八）关于市府办2022年国有资本经营预算支出情况说明',
      '（九）关于市府办2022年一般公共预算“三公”经费预算情况说明',
      '（十）其他重要事项的情况说明',
    ]);
    expect(findSection(doc, 'gpb')!.blocks.map((b) => (b.kind === 'section' ? headingText(b) : ''))).toEqual([
      '1.一般公共预算当年拨款规模变化情况',
      '2.一般公共预算当年拨款结构情况',
      '3.一般公共预算当年拨款具体使用情况',
    ]);
    expect(paragraphs(doc, 'gpb.items').map((p) => p.label)).toEqual([
      '（1）',
      '（2）',
      '（3）',
      '（4）',
      '（5）',
      '（6）',
      '（7）',
      '（8）',
    ]);
    expect(paragraphs(doc, 'three').map((p) => p.label)).toEqual(['', '1.', '2.', '3.']);
    expect(findSection(doc, 'other')!.blocks.map((b) => (b.kind === 'section' ? b.label : ''))).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
    ]);
  });

  it('prints the (五) items as “类（类）款（款）项（项）X万元，purpose”', () => {
    expect(paragraphs(doc, 'gpb.items')[0].text).toBe(
      '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）1869.7万元，主要用于市府办人员工资福利、商品服务等方面的支出。',
    );
  });

  it('keeps the headings of empty sections and says there is nothing (政府性基金, 国有资本经营)', () => {
    for (const [id, sentence] of [
      ['gf', '市府办2022年没有使用政府性基金预算拨款安排的支出。'],
      ['soc', '市府办2022年没有使用国有资本经营预算拨款安排的支出。'],
    ]) {
      const s = findSection(doc, id)!;
      expect(s.empty).toBe(true);
      expect(s.title).not.toBe('');
      expect(sectionText(doc, id)).toBe(sentence);
    }
  });

  it('名词解释: the 14 standard terms, then one entry per function 项 used, in code order', () => {
    const glossary = doc.parts.find((p) => p.id === 'glossary')!.blocks as Paragraph[];
    expect(glossary).toHaveLength(14 + 8);
    expect(glossary.map((p) => p.label)).toEqual(glossary.map((_, i) => `${i + 1}.`));
    expect(glossary.slice(0, 14).map((p) => p.lead)).toEqual(standardTerms().map((t) => `${t.term}：`));
    expect(`${glossary[14].lead}${glossary[14].text}`).toBe(
      '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。',
    );
    expect(glossary[21].lead).toBe('住房保障支出（类）住房改革支出（款）提租补贴（项）：');
  });

  it('refers to every table of the layout, in its order', () => {
    const tables = doc.parts.find((p) => p.id === 'tables')!.blocks.map((b) => (b.kind === 'table' ? b.tableId : ''));
    expect(tables).toEqual([
      'T01',
      'T02',
      'T03',
      'T04',
      'T05',
      'T06',
      'T07',
      'T08',
      'T09',
      'T10',
      'T10A',
      'T13',
      'T11',
      'T12',
    ]);
  });

  it.each(['zhejiang', 'national'])('titles the tables as the materialized tables are titled (%s)', (layout) => {
    const engine = engineFor(zhoushanDraft(), layout);
    const refs = reportOf(engine).parts.find((p) => p.id === 'tables')!.blocks;
    expect(refs).toEqual(
      engine
        .tables()
        .map((t) => ({ kind: 'table', tableId: t.id, title: t.number ? `${t.number} ${t.title}` : t.title })),
    );
    expect(refs.length).toBeGreaterThan(0);
  });

  it('carries the four charts: 收支总计 and “三公” bars (this year vs last), 收入 and 支出 pies', () => {
    const charts = allSections(doc).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
    expect(charts.map((c) => `${c.type}:${c.id}`)).toEqual(['bars:totals', 'pie:income', 'pie:expense', 'bars:three']);
    const three = charts.find((c) => c.id === 'three')!;
    expect(three.type === 'bars' && three.groups.map((g) => [g.label, g.values[0]?.text, g.values[1].text])).toEqual([
      ['“三公”经费合计', '20', '20'],
      ['因公出国（境）费', '0', '0'],
      ['公务接待费', '11', '11'],
      ['公务用车购置费', '0', '0'],
      ['公务用车运行维护费', '9', '9'],
    ]);
    const expense = charts.find((c) => c.id === 'expense')!;
    expect(expense.type === 'pie' && expense.slices.map((s) => s.share)).toEqual(['84.52', '5.72', '2.61', '7.15']);
  });
});

describe('numbering is generated, never typed', () => {
  it('no title of a profile carries a number; another numbering style relabels everything', () => {
    for (const p of [NATIONAL_PROFILE, ZHEJIANG_PROFILE]) {
      for (const t of [
        ...Object.values(p.sectionTitles),
        ...Object.values(p.partTitles),
        ...Object.values(p.subTitles),
      ]) {
        expect(t).not.toMatch(/^(第.+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.．])/);
      }
    }
    const doc = generateReport(engineFor(zhoushanDraft(), 'zhejiang'), {
      profile: { ...ZHEJIANG_PROFILE, explanationNumbering: 'cn', partNumbering: 'part' },
    });
    expect(doc.parts[1].label).toBe('第二部分');
    expect(doc.parts[1].blocks.map((b) => (b.kind === 'section' ? b.label : ''))).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
      '九、',
      '十、',
    ]);
  });
});

describe('national layout (docs/report.md)', () => {
  const doc = reportOf(engineFor(zhoushanDraft(), 'national'));

  it('第一部分 部门概况 … 第四部分 名词解释, the tables second', () => {
    expect(doc.parts.map(headingText)).toEqual([
      '第一部分 部门概况',
      '第二部分 部门预算表',
      '第三部分 部门预算情况说明',
      '第四部分 名词解释',
    ]);
    expect(doc.parts[0].blocks.map((b) => (b.kind === 'section' ? headingText(b) : ''))).toEqual([
      '一、主要职能',
      '二、部门预算单位构成',
    ]);
    expect(findSection(doc, 'overall')!.label).toBe('（一）');
  });

  it('lists only the non-zero income sources in (一), and compares “三公” with 上年预算数', () => {
    expect(sectionText(doc, 'overall')).toContain('收入包括：一般公共预算拨款收入；支出包括：');
    expect(sectionText(doc, 'three')).toContain('“三公”经费预算数为20万元，与上年预算数持平');
  });

  it('prints 联系人及联系方式 when given', () => {
    const draft = zhoushanDraft();
    draft.text.contact = '联系人：张三\n电话：0580-1234567';
    const d = reportOf(engineFor(draft, 'national'));
    expect(headingText(d.parts[4])).toBe('联系人及联系方式');
    expect(d.parts[4].blocks).toHaveLength(2);
  });
});

describe('texts from the draft', () => {
  it('a 项 with a prior figure gets its comparison and reason before its purpose', () => {
    const draft = zhoushanDraft();
    draft.prior.actual = { ...draft.prior.actual, 'fn:2010302': '4000000.00' };
    draft.text.reasons = { ...draft.text.reasons, 'fn:2010302': '新增信息化项目' };
    const doc = reportOf(engineFor(draft, 'zhejiang'));
    expect(paragraphs(doc, 'gpb.items')[1].text).toBe(
      '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）434万元，比上年执行数增加34万元，增长8.5%，主要是新增信息化项目。主要用于市府办各项工作方面的项目支出。',
    );
  });

  it('appends text.notes to their section', () => {
    const draft = zhoushanDraft();
    draft.text.notes = { three: '另：本年无新增公务用车。', 'other.assets': '资产信息以资产系统为准。' };
    const doc = reportOf(engineFor(draft, 'zhejiang'));
    expect(sectionText(doc, 'three')).toContain('另：本年无新增公务用车。');
    expect(sectionText(doc, 'other.assets').split('\n').at(-1)).toBe('资产信息以资产系统为准。');
  });

  it('marks the document 草稿（未通过审核） while error findings remain', () => {
    const draft = zhoushanDraft();
    draft.expenses[0] = { ...draft.expenses[0], economic: '39999' };
    const doc = reportOf(engineFor(draft, 'zhejiang'));
    expect(doc.draftMark).toBe(true);
    expect(doc.errorCount).toBeGreaterThan(0);
    expect(plainText(doc)).toContain('草稿（未通过审核）');
  });

  it('generates 部门预算单位构成 from the units when none is written', () => {
    const draft = zhoushanDraft();
    draft.text.composition = '';
    expect(sectionText(reportOf(engineFor(draft, 'zhejiang')), 'composition')).toBe(
      '舟山市人民政府办公室部门预算仅包括本级预算。',
    );
  });
});

describe('synthetic departments (5 units, 400 lines): every list of shares adds up to exactly 100%', () => {
  const catalogs = testResources().catalogs.forYear(2025);
  // Seeds whose figures make shares rounded one by one add up to 100.01% (1, 5) or 99.99% (4).
  const cases = (
    [
      [1, 'national'],
      [4, 'national'],
      [5, 'national'],
      [1, 'zhejiang'],
    ] as const
  ).map(([seed, layout]) => {
    const engine = engineFor(syntheticDraft(catalogs, { units: 5, lines: 400, seed }), layout);
    return { seed, layout, engine, doc: reportOf(engine) };
  });

  it.each(cases)('seed $seed, $layout layout: in the text', ({ doc }) => {
    const lists = plainText(doc)
      .split('\n')
      .map((l) => [...l.matchAll(/占(\d+(?:\.\d+)?)%/g)].map((m) => Math.round(Number(m[1]) * 100)))
      .filter((l) => l.length > 1);
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const l of lists) expect(l.reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it('where shares rounded one by one would give 99.99% and 100.01%', () => {
    const naiveSums = cases.flatMap(({ engine }) => {
      const f = new ReportFigures(engine);
      return [f.incomeSources(), f.expenseKinds(), f.gpbByFunction(3)].map((l) =>
        naiveShares(l.map((x) => x.cents)).reduce((a, b) => a + b, 0),
      );
    });
    expect(naiveSums).toContain(9999);
    expect(naiveSums).toContain(10001);
  });
});
