import { describe, expect, it } from 'vitest';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { ImportJob } from '../../../src-core/import/import-job';
import { catalogs, line, smallBase, TEMPLATE_HEADER, xlsx } from './helpers';

describe('ImportJob (what the import dialog runs, in a worker or the page)', () => {
  it("reads once, re-checks with the officer's column choice, and applies as draft text", async () => {
    const bytes = await xlsx([
      {
        name: '导出',
        rows: [
          ['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '钱数'],
          ['167001', '2010301', '30201', '公用经费', '一般公共预算', 100],
          ['167001', '2010301', '30201', '公用经费', '一般公共预算', 100],
        ],
      },
    ]);
    const base = smallBase();
    const progress: number[] = [];
    const opened = await ImportJob.open(bytes, 'C:\\数据\\导出.xlsx', base, catalogs(), (f) => progress.push(f));
    if (!opened.ok) throw new Error(opened.error);
    const job = opened.value;
    expect(progress.at(-1)).toBe(1);

    const first = job.analyze();
    expect(first.fileName).toBe('导出.xlsx');
    expect(first.sheets[0]).toMatchObject({ name: '导出', kind: 'expenses', missing: ['金额'] });
    expect(first.problemCount).toBe(1);
    expect(first.counts.accepted).toBe(0);

    const mapped = job.analyze({ 导出: { kind: 'expenses', columns: { amount: 5 } } });
    expect(mapped.sheets[0].missing).toEqual([]);
    expect(mapped.sheets[0].columns.amount).toBe(5);
    expect(mapped.counts).toEqual({ rows: 2, accepted: 2, rejected: 0 });
    expect(mapped.duplicateCount).toBe(1);
    expect(mapped.expenseTotal).toBe('200.00');

    const applied = job.apply('append', false);
    if (!applied.ok) throw new Error(applied.error.join('\n'));
    const draft = loadDraftText(applied.value);
    if (!draft.ok) throw new Error('not a draft');
    expect(draft.value.draft.expenses).toHaveLength(base.expenses.length + 2);
  });

  it('says which file lines the draft already has (appending would repeat them) and caps long lists', async () => {
    const base = {
      ...smallBase(),
      expenses: [
        {
          unit: '167001',
          function: '2010301',
          economic: '30101',
          kind: 'personnel' as const,
          source: 'gpb' as const,
          carryover: false,
          amount: '100.00',
          project: null,
          note: '',
        },
      ],
    };
    const rows = [TEMPLATE_HEADER, line(), ...Array.from({ length: 600 }, () => line({ amount: 'x' }))];
    const opened = await ImportJob.open(await xlsx([{ name: '支出明细', rows }]), 'a.xlsx', base, catalogs());
    if (!opened.ok) throw new Error(opened.error);
    const p = opened.value.analyze();
    expect(p.alreadyInDraft).toEqual([2]);
    expect(p.problemCount).toBe(600);
    expect(p.problems).toHaveLength(500);
    const refused = opened.value.apply('append', false);
    expect(refused.ok ? '' : refused.error[0]).toBe('有 600 处问题，未导入任何数据：');
  });
});
