import { describe, expect, it } from 'vitest';
import { runImportCommand } from '../../../src-main/cli/import-command';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { ImportJob } from '../../../src-core/import/import-job';
import { applyImport } from '../../../src-core/import/plan-import';
import { formatRowProblem } from '../../../src-core/import/rows';
import { catalogs, fakeIo, line, preview, smallBase, TEMPLATE_HEADER, xlsx } from './helpers';

/** Issue #11, item 2: merged cells are expanded where that is right, refused (naming the range) where not; no row is ever dropped. */
const FIVE = [
  line(),
  line({ economic: '30102' }),
  line({ economic: '30103' }),
  line({ economic: '30107' }),
  line({ economic: '30108' }),
];

describe('merged cells', () => {
  it('a merged cell from the header into the data refuses the sheet, naming the range (was: 3 of 5 rows imported silently)', async () => {
    const base = smallBase();
    const before = saveDraftText(base);
    const bytes = await xlsx([{ name: '支出', rows: [TEMPLATE_HEADER, ...FIVE], merges: ['A1:A3'] }]);
    const p = await preview(bytes, 'm.xlsx', { base });
    expect(p.problems.map(formatRowProblem)).toEqual([
      '工作表“支出”：A1:A3 是合并单元格，跨越表头（第 1 行）和数据行（第 2–3 行），请取消合并后再导入',
    ]);
    expect(p.expenses).toEqual([]);
    const r = applyImport(base, p, { mode: 'replace', confirmed: true, allowRejectedRows: true });
    expect(r.ok).toBe(false);
    expect(saveDraftText(base)).toBe(before);

    // The CLI says the same and writes nothing.
    const t = fakeIo({ 'm.xlsx': bytes });
    expect(await runImportCommand(['m.xlsx', '--out', 'd.json', '--year', '2022', '--department', '某局'], t.io)).toBe(
      1,
    );
    expect(t.errs.join('')).toContain(
      '工作表“支出”：A1:A3 是合并单元格，跨越表头（第 1 行）和数据行（第 2–3 行），请取消合并后再导入',
    );
    expect(t.written.size).toBe(0);

    // The 列对应 step shows it on the sheet.
    const job = await ImportJob.open(bytes, 'm.xlsx', smallBase(), catalogs());
    if (!job.ok) throw new Error(job.error);
    expect(job.value.analyze().sheets[0].blocked).toBe(
      'A1:A3 是合并单元格，跨越表头（第 1 行）和数据行（第 2–3 行），请取消合并后再导入',
    );
  });

  it('the same under a two-level header: the range is named, the rows are not taken for header', async () => {
    const rows = [
      [
        '单位编码',
        '单位名称',
        '支出功能分类',
        null,
        '经济科目编码',
        '支出类型',
        '资金来源',
        '是否上年结转',
        '项目编码',
        '项目名称',
        '金额',
        '备注',
      ],
      [null, null, '功能科目编码', '科目名称'],
      ['167001', '', '2010301', '行政运行', '30101', '人员经费', '一般公共预算', '否', '', '', 100, ''],
      ['167001', '', '2010301', '行政运行', '30102', '人员经费', '一般公共预算', '否', '', '', 100, ''],
    ];
    const p = await preview(
      await xlsx([{ name: '支出', rows, merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'K1:K4'] }]),
      'm.xlsx',
    );
    expect(p.problems.map(formatRowProblem)).toEqual([
      '工作表“支出”：K1:K4 是合并单元格，跨越表头（第 1–2 行）和数据行（第 3–4 行），请取消合并后再导入',
    ]);
  });

  it('a merged cell in the data: its value applies to every row it covers (unit code merged over three rows)', async () => {
    const rows = [TEMPLATE_HEADER, ...FIVE.map((r, i) => (i > 0 && i < 3 ? [null, ...r.slice(1)] : r))];
    const p = await preview(await xlsx([{ name: '支出', rows, merges: ['A2:A4'] }]), 'm.xlsx');
    expect(p.problems).toEqual([]);
    expect(p.expenses.map((e) => [e.row, e.line.unit])).toEqual([
      [2, '167001'],
      [3, '167001'],
      [4, '167001'],
      [5, '167001'],
      [6, '167001'],
    ]);
  });

  it('an amount merged over rows is refused on each row it covers, naming the range (repeating it would count it twice)', async () => {
    const rows = [TEMPLATE_HEADER, ...FIVE];
    const p = await preview(await xlsx([{ name: '支出', rows, merges: ['J3:J4'] }]), 'm.xlsx');
    expect(p.counts).toEqual({ rows: 5, accepted: 3, rejected: 2 });
    expect(p.problems.map(formatRowProblem)).toEqual([
      '工作表“支出”第 3 行 J 列（金额）：金额单元格属于合并单元格 J3:J4（跨 2 行），无法确定每一行的金额；请取消合并，在每一行填写各自的金额后再导入',
      '工作表“支出”第 4 行 J 列（金额）：金额单元格属于合并单元格 J3:J4（跨 2 行），无法确定每一行的金额；请取消合并，在每一行填写各自的金额后再导入',
    ]);
  });

  it('a merge covering empty rows below the header only makes the header taller: the data after it is all read', async () => {
    const rows = [TEMPLATE_HEADER, [], [], ...FIVE];
    const p = await preview(await xlsx([{ name: '支出', rows, merges: ['J1:J3'] }]), 'm.xlsx');
    expect(p.problems).toEqual([]);
    expect(p.counts.accepted).toBe(5);
  });
});
