import { describe, expect, it } from 'vitest';
import type { FinalDerivedTable } from '../../../src-core/domain/final/final-tables';
import { validateFinalLayout, type FinalLayout } from '../../../src-core/domain/final/layout';
import { balanceRounding, sumDifferences } from '../../../src-core/domain/tables/balance-rounding';
import { presentColumnBlocks } from '../../../src-core/export/paper/column-blocks';
import { formLayout } from '../../../src-core/export/paper/form-layout';
import { renderFinalReportHtml } from '../../../src-core/report-html/final-report';
import { generateFinalReport } from '../../../src-core/domain/final/report/generate-final';
import { finalEngineFor, finalLayouts, huangpiDraft, huangpiPublished } from './helpers';

/** The 款 the seed's 公开06表 prints, block by block (seed 001, 公开06表). */
const SEED_BLOCKS = [
  [
    '301',
    ...['30101', '30102', '30103', '30106', '30107', '30108', '30109', '30110', '30111', '30112', '30113', '30114'],
    '30199',
    '303',
    ...['30301', '30302', '30303', '30304', '30305', '30306', '30307', '30308', '30309', '30310', '30311', '30399'],
  ],
  [
    '302',
    ...['30201', '30202', '30203', '30204', '30205', '30206', '30207', '30208', '30209', '30211', '30212', '30213'],
    ...['30214', '30215', '30216', '30217', '30218', '30224', '30225', '30226', '30227', '30228', '30229', '30231'],
    ...['30239', '30240', '30299'],
  ],
  ['310', '31002', '31003', '31007', '31013', '31022', '31099'],
];

const f06 = (layoutId = 'final-national', draft = huangpiDraft()): FinalDerivedTable =>
  finalEngineFor(draft, layoutId).table('F06')!;

const codesOf = (t: FinalDerivedTable, section: string) =>
  t.rows.filter((r) => r.section === section && r.level > 0).map((r) => r.code);

describe('公开06表 in column blocks (final-national)', () => {
  it('lists the seed’s 款 in three blocks, each block’s total on its last line', () => {
    const shown = presentColumnBlocks(f06());
    expect(shown.columns.map((c) => `${c.section}|${c.key}|${c.title}`)).toEqual([
      'block1|amount|决算数',
      'block2|amount|决算数',
      'block3|amount|决算数',
    ]);
    SEED_BLOCKS.forEach((codes, i) => expect(codesOf(shown, `block${i + 1}`), `block ${i + 1}`).toEqual(codes));
    const form = formLayout(shown);
    // 人员经费 over the first block, 公用经费 over the other two; three 经济分类科目编码 | 科目名称 | 决算数.
    expect(form.header.cells.filter((h) => h.kind === 'section').map((h) => [h.text, h.colSpan])).toEqual([
      ['人员经费', 3],
      ['公用经费', 6],
    ]);
    expect(form.header.cells.filter((h) => h.row === 1).map((h) => h.text)).toEqual(
      Array(3).fill(['经济分类科目编码', '科目名称', '决算数']).flat(),
    );
    const last = form.lines[form.lines.length - 1];
    expect(last.map((r) => r && `${r.name} ${r.values.amount}`)).toEqual([
      '人员经费合计 161.22',
      undefined,
      '公用经费合计 6.35',
    ]);
    expect(form.lines).toHaveLength(Math.max(...SEED_BLOCKS.map((b) => b.length)) + 1);
  });

  it('shows the same cells as the table: every published value, the 款 without amount as 0.00', () => {
    const table = f06();
    const shown = presentColumnBlocks(table);
    const published = huangpiPublished().tables.F06;
    for (const [key, cells] of Object.entries(published)) {
      const row = shown.rows.find((r) => r.key === key);
      // The 合计 is JSON-only in the fixture and not printed by the seed.
      if (key === 'total') expect(row).toBeUndefined();
      else expect(row?.values.amount, key).toBe(cells.amount);
    }
    const zero = shown.rows.find((r) => r.key === 'econ:30102')!;
    expect([zero.name, zero.values.amount, zero.level]).toEqual(['津贴补贴', '0.00', 2]);
    // The seed's 尾差 stays visible unbalanced, and 舍位平衡 (before the blocks) removes it in them too.
    expect(sumDifferences(shown)).toContainEqual(expect.objectContaining({ row: 'econ:301', partsSum: '161.21' }));
    const balanced = presentColumnBlocks(balanceRounding([table])[0] as FinalDerivedTable);
    expect(sumDifferences(balanced)).toEqual([]);
    expect(balanced.rows.find((r) => r.key === 'econ:301')!.values.amount).toBe('161.22');
  });

  it('a 款 the list leaves out and a 类 no block lists are printed when they have amounts', () => {
    const draft = huangpiDraft();
    const line = draft.expenses.find((e) => e.kind === 'public')!;
    draft.expenses.push(
      { ...line, economic: '31001', amount: '1' },
      { ...line, economic: '30219', amount: '2' },
      { ...line, economic: '30701', amount: '3' },
    );
    const shown = presentColumnBlocks(f06('final-national', draft));
    expect(codesOf(shown, 'block2')).toContain('30219');
    // 307 joins the last block with every 款 the catalog has under it.
    expect(codesOf(shown, 'block3')).toEqual([...SEED_BLOCKS[2], '31001', '307', '30701', '30702', '30703', '30704']);
    const amount = (k: string) => shown.rows.find((r) => r.key === k)!.values.amount;
    expect([amount('econ:31001'), amount('econ:307'), amount('econ:30701')]).toEqual(['1.00', '3.00', '3.00']);
  });

  it('Shanghai lists every 款 of 310, 307, 309 and 399 of the catalog in the third block', () => {
    const shown = presentColumnBlocks(f06('final-shanghai'));
    const third = codesOf(shown, 'block3');
    for (const code of ['310', '31001', '31099', '307', '30701', '309', '30999', '399', '39999'])
      expect(third, code).toContain(code);
  });

  it('the printed report draws the blocks; other tables are as they were', () => {
    const engine = finalEngineFor(huangpiDraft());
    const html = renderFinalReportHtml(generateFinalReport(engine), engine.tables());
    const part = html.slice(html.indexOf('id="table-F06"'), html.indexOf('id="table-F07"'));
    expect(part.match(/经济分类科目编码/g)).toHaveLength(3);
    expect(part).toContain('colspan="6">公用经费<');
    const f01 = engine.tables()[0];
    expect(presentColumnBlocks(f01)).toBe(f01);
  });

  it('a layout naming a row, a code or a section that does not exist is refused in Chinese', () => {
    const national = finalLayouts().get('final-national')!;
    const bad: FinalLayout = {
      ...national,
      reportSections: ['final.three', 'final.nothing'],
      tables: national.tables.map((t) =>
        t.table === 'F06'
          ? {
              ...t,
              columnBlocks: {
                blocks: [{ title: '人员经费', classes: [{ code: '301', items: ['30201'] }], total: 'nobody' }],
              },
            }
          : t,
      ),
    };
    const problems = validateFinalLayout(bad);
    expect(problems).toContain('情况说明中没有“final.nothing”一节（reportSections）');
    expect(problems).toContain('表 F06：分栏的合计行“nobody”未知');
    expect(problems).toContain('表 F06：分栏中的科目“301、30201”不是经济分类的类或其下的款');
    expect(validateFinalLayout(national)).toEqual([]);
  });
});

describe('情况说明 sections in the layout’s order', () => {
  const ids = (layoutId: string) => {
    const doc = generateFinalReport(finalEngineFor(huangpiDraft(), layoutId));
    return doc.parts.find((p) => p.id === 'explanation')!.blocks.flatMap((b) => (b.kind === 'section' ? [b] : []));
  };

  it('national: 七 政府性基金, 八 国有资本经营, 九 “三公”; Shanghai: 七 “三公”, 八 政府性基金, 九 国有资本经营', () => {
    const label = (layoutId: string, id: string) => ids(layoutId).find((s) => s.id === id)!.label;
    expect(['final.gf', 'final.soc', 'final.three'].map((id) => label('final-national', id))).toEqual([
      '七、',
      '八、',
      '九、',
    ]);
    expect(['final.three', 'final.gf', 'final.soc'].map((id) => label('final-shanghai', id))).toEqual([
      '七、',
      '八、',
      '九、',
    ]);
    // Same 13 sections, numbered 一 … 十三 in both.
    expect(
      ids('final-shanghai')
        .map((s) => s.id)
        .sort(),
    ).toEqual(
      ids('final-national')
        .map((s) => s.id)
        .sort(),
    );
    expect(ids('final-shanghai')).toHaveLength(13);
  });
});
