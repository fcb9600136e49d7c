import { describe, expect, it } from 'vitest';
import { parseHtmlTable } from '../../../../src-core/editor/clipboard/parse-html';
import { parseTsv } from '../../../../src-core/editor/clipboard/parse-tsv';
import { planPaste, type PasteInput } from '../../../../src-core/editor/clipboard/paste-plan';
import type { GridColumn } from '../../../../src-core/editor/grid-model';
import { EXPENSE_COLUMNS, SMALL_CATALOGS, col } from '../sample-grid';

const base = (over: Partial<PasteInput>): PasteInput => ({
  columns: EXPENSE_COLUMNS,
  anchor: { row: 0, col: 0 },
  block: [],
  rowCount: 10,
  unit: 'yuan',
  catalogs: SMALL_CATALOGS,
  ...over,
});

describe('planPaste', () => {
  it('pastes a real Excel copy of amounts: 1,234.56 and full-width １２３ are normalised', () => {
    const block = parseTsv('1,234.56\r\n１２３\r\n');
    const plan = planPaste(base({ anchor: { row: 2, col: col('amount') }, block }));
    expect(plan).toEqual({
      ok: true,
      rowsToAdd: 0,
      warnings: [],
      changes: [
        { row: 2, key: 'amount', value: '1234.56' },
        { row: 3, key: 'amount', value: '123' },
      ],
    });
  });

  it('refuses the whole paste when one amount is ambiguous, naming the cell in Chinese', () => {
    const block = parseTsv('100\r\n13,6\r\n200\r\n');
    const plan = planPaste(base({ anchor: { row: 1, col: col('amount') }, block }));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({ row: 2, col: col('amount') });
    expect(plan.errors[0].message).toMatch(/^第 3 行“金额”列：无法识别金额“13,6”：/);
    expect('changes' in plan).toBe(false);
  });

  it('lists every bad cell, in row order, not just the first', () => {
    // 单位, 功能科目, 功能科目名称 (read-only, skipped), 经济科目
    const block = [
      ['167001', 'x1', '', '30101'],
      ['167001', '2010301', '', '3O101'],
      ['167001', '20103', '', 'abc'],
    ];
    const plan = planPaste(base({ anchor: { row: 0, col: col('unit') }, block }));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors.map((e) => [e.row, e.col])).toEqual([
      [0, 1],
      [1, 3],
      [2, 1],
      [2, 3],
    ]);
    expect(plan.errors[0].message).toMatch(/^第 1 行“功能科目”列：无法识别科目编码“x1”/);
    expect(plan.errors[2].message).toBe('第 3 行“功能科目”列：“20103”是款级科目，支出功能分类须填到项级（7 位编码）');
  });

  it('pastes a 3×4 block of whole expense lines from Excel, skipping the read-only name column', () => {
    const text =
      '167001\t2010301\t行政运行\t30101\r\n' +
      '167001\t２０１０３０２\t一般行政管理事务\t30217 公务接待费\r\n' +
      '167001\t2080505\t机关事业单位基本养老保险缴费支出\t30102\r\n';
    const block = parseTsv(text);
    expect(block).toHaveLength(3);
    expect(block[0]).toHaveLength(4);
    const plan = planPaste(base({ anchor: { row: 4, col: 0 }, block, rowCount: 6 }));
    expect(plan).toEqual({
      ok: true,
      rowsToAdd: 1,
      warnings: [],
      changes: [
        { row: 4, key: 'unit', value: '167001' },
        { row: 4, key: 'function', value: '2010301' },
        { row: 4, key: 'economic', value: '30101' },
        { row: 5, key: 'unit', value: '167001' },
        { row: 5, key: 'function', value: '2010302' },
        { row: 5, key: 'economic', value: '30217' },
        { row: 6, key: 'unit', value: '167001' },
        { row: 6, key: 'function', value: '2080505' },
        { row: 6, key: 'economic', value: '30102' },
      ],
    });
  });

  it('reads enums by Chinese label and the HTML flavour the same way as text', () => {
    const html =
      '<table><tr><td>人员经费</td><td>一般公共预算拨款收入</td><td>1,234.56</td><td>含&quot;奖金&quot;</td></tr>' +
      '<tr><td>project</td><td>一般公共预算</td><td>１２３</td><td></td></tr></table>';
    const block = parseHtmlTable(html);
    expect(block).not.toBeNull();
    const plan = planPaste(base({ anchor: { row: 0, col: col('kind') }, block: block ?? [] }));
    expect(plan.ok && plan.changes).toEqual([
      { row: 0, key: 'kind', value: 'personnel' },
      { row: 0, key: 'source', value: 'gpb' },
      { row: 0, key: 'amount', value: '1234.56' },
      { row: 0, key: 'note', value: '含"奖金"' },
      { row: 1, key: 'kind', value: 'project' },
      { row: 1, key: 'source', value: 'gpb' },
      { row: 1, key: 'amount', value: '123' },
      { row: 1, key: 'note', value: '' },
    ]);
  });

  it('refuses a block wider than the columns left, as one error at the anchor', () => {
    const plan = planPaste(base({ anchor: { row: 3, col: col('amount') }, block: [['1', '2', '3']] }));
    expect(plan).toEqual({
      ok: false,
      errors: [
        {
          row: 3,
          col: col('amount'),
          message:
            '粘贴的内容有 3 列，但从“金额”列起只有 2 列，没有粘贴任何内容。请少复制几列，或从更靠左的列开始粘贴。',
        },
      ],
    });
  });

  it('reports rows past the end as rowsToAdd, or refuses them when the grid cannot grow', () => {
    const block = [['1'], ['2'], ['3']];
    const plan = planPaste(base({ anchor: { row: 8, col: col('amount') }, block }));
    expect(plan.ok && plan.rowsToAdd).toBe(1);
    expect(plan.ok && plan.changes.map((c) => c.row)).toEqual([8, 9, 10]);
    const fixed = planPaste(base({ anchor: { row: 8, col: col('amount') }, block, canAddRows: false }));
    expect(fixed.ok).toBe(false);
    expect(!fixed.ok && fixed.errors[0].message).toBe(
      '粘贴的内容有 3 行，但从第 9 行起只有 2 行，这张表不能增加行，没有粘贴任何内容。',
    );
    const empty = planPaste(base({ anchor: { row: 0, col: col('amount') }, block, rowCount: 0 }));
    expect(empty.ok && empty.rowsToAdd).toBe(3);
  });

  it('repeats a block over a selection it fits a whole number of times, like Excel', () => {
    const one = planPaste(
      base({
        anchor: { row: 1, col: col('amount') },
        block: [['5']],
        target: { top: 1, bottom: 3, left: col('amount'), right: col('amount') },
      }),
    );
    expect(one.ok && one.changes).toEqual([1, 2, 3].map((row) => ({ row, key: 'amount', value: '5' })));
    const pair = planPaste(
      base({
        anchor: { row: 0, col: col('amount') },
        block: [
          ['1', 'a'],
          ['2', 'b'],
        ],
        target: { top: 0, bottom: 3, left: col('amount'), right: col('note') },
      }),
    );
    expect(pair.ok && pair.changes.map((c) => c.value)).toEqual(['1', 'a', '2', 'b', '1', 'a', '2', 'b']);
    // 3 rows selected, block of 2: no whole fit, pasted once.
    const once = planPaste(
      base({
        anchor: { row: 0, col: col('amount') },
        block: [['1'], ['2']],
        target: { top: 0, bottom: 2, left: col('amount'), right: col('amount') },
      }),
    );
    expect(once.ok && once.changes).toHaveLength(2);
  });

  it('passes on catalog warnings without refusing the paste', () => {
    const plan = planPaste(base({ anchor: { row: 0, col: col('economic') }, block: [['30199']] }));
    expect(plan).toEqual({
      ok: true,
      rowsToAdd: 0,
      changes: [{ row: 0, key: 'economic', value: '30199' }],
      warnings: [
        {
          row: 0,
          col: col('economic'),
          message: '第 1 行“经济科目”列：科目编码“30199”不在支出经济分类科目目录中，请核对编码',
        },
      ],
    });
  });

  it('treats a short row of a ragged block as blanks, which required columns refuse', () => {
    const plan = planPaste(base({ anchor: { row: 0, col: col('amount') }, block: [['1', 'x'], ['2']] }));
    expect(plan.ok && plan.changes).toEqual([
      { row: 0, key: 'amount', value: '1' },
      { row: 0, key: 'note', value: 'x' },
      { row: 1, key: 'amount', value: '2' },
      { row: 1, key: 'note', value: '' },
    ]);
    const blank = planPaste(base({ anchor: { row: 0, col: col('amount') }, block: [['']] }));
    expect(!blank.ok && blank.errors[0].message).toBe('第 1 行“金额”列：金额不能为空');
  });

  it('does nothing for an empty block and throws for an anchor outside the grid (a caller bug)', () => {
    expect(planPaste(base({ block: [] }))).toEqual({ ok: true, changes: [], rowsToAdd: 0, warnings: [] });
    expect(planPaste(base({ block: [[]] }))).toEqual({ ok: true, changes: [], rowsToAdd: 0, warnings: [] });
    expect(() => planPaste(base({ anchor: { row: 0, col: 99 }, block: [['1']] }))).toThrow();
  });

  it('uses the draft unit for amounts', () => {
    const columns: GridColumn[] = [{ key: 'amount', label: '金额', kind: 'amount' }];
    const wan = planPaste(base({ columns, anchor: { row: 0, col: 0 }, block: [['287.46']], unit: 'wanyuan' }));
    expect(wan.ok && wan.changes[0].value).toBe('287.46');
    const yuan = planPaste(base({ columns, anchor: { row: 0, col: 0 }, block: [['287.4600001']] }));
    expect(!yuan.ok && yuan.errors[0].message).toMatch(/^第 1 行“金额”列：无法识别金额“287.4600001”：元最多两位小数/);
  });
});
