import { describe, expect, it } from 'vitest';
import { snapshotTotals } from '../../../src-renderer/features/history/snapshot-totals';
import { formatTime, reasonName } from '../../../src-renderer/features/history/history-labels';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { fixtureText, testResources, zhoushanDraft } from '../fixture-resources';

describe('totals of a history version', () => {
  it('reads the version with the import reader and computes the status bar figures with the engine', () => {
    const r = snapshotTotals(fixtureText('zhoushan-2022.budget.json'), testResources(), 'national');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      income: '2725.60',
      expense: '2725.60',
      difference: '0.00',
      unit: 'wanyuan',
      year: 2022,
      lines: 45,
    });
  });

  it('follows the content of the version: one amount raised by 125,400 元', () => {
    const draft = zhoushanDraft();
    draft.expenses[0] = { ...draft.expenses[0], amount: '3000000.00' };
    const r = snapshotTotals(saveDraftText(draft), testResources(), 'national');
    expect(r.ok && r.value.expense).toBe('2738.14');
    expect(r.ok && r.value.difference).toBe('-12.54');
  });

  it('a damaged version gives a Chinese message, not an exception', () => {
    const r = snapshotTotals('{"format": "dept-budget-draft"', testResources(), 'national');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^这个历史版本无法读取：/);
  });

  it('labels: reasons in Chinese, times to the second', () => {
    expect(
      ['open', 'import', 'interval', 'export', 'manual', 'before-restore'].map((r) => reasonName(r as never)),
    ).toEqual(['打开时', '导入前', '定时', '导出时', '手动', '恢复前']);
    expect(formatTime(new Date(2026, 0, 5, 9, 3, 7).getTime())).toBe('2026-01-05 09:03:07');
  });
});
