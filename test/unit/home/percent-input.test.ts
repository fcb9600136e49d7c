import { describe, expect, it } from 'vitest';
import { parsePercentInput } from '../../../src-renderer/features/home/percent-input';
import { likelySource, nextYearName } from '../../../src-renderer/features/home/next-year-name';
import type { DraftSummary } from '../../../src-renderer/data/draft-repository';

describe('parsePercentInput (以上年草稿新建 的统一调整比例)', () => {
  it.each([
    ['', '0'],
    ['  ', '0'],
    ['0', '0'],
    ['-0', '0'],
    ['5', '5'],
    ['+5', '5'],
    ['-5', '-5'],
    ['3.5', '3.5'],
    ['-10%', '-10'],
    ['3.50', '3.5'],
    ['０５', '5'],
    ['－３．５％', '-3.5'],
    [' 7 % ', '7'],
    ['-100', '-100'],
    ['0.0001', '0.0001'],
  ])('reads “%s” as %s', (input, expected) => {
    expect(parsePercentInput(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['5,5', '1e2', '五', '--5', '5%%', '.5', '5.', 'abc', '5 5', '+-5'])(
    'refuses “%s” with a Chinese message quoting it',
    (input) => {
      const r = parsePercentInput(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toContain(`“${input.trim()}”`);
        expect(r.error).toMatch(/调整比例/);
      }
    },
  );

  it('refuses cuts below -100%, increases past 1000% and too many decimals', () => {
    expect(parsePercentInput('-100.5')).toMatchObject({ ok: false, error: expect.stringContaining('-100%') });
    expect(parsePercentInput('1001')).toMatchObject({ ok: false, error: expect.stringContaining('1000%') });
    expect(parsePercentInput('1.23456')).toMatchObject({ ok: false, error: expect.stringContaining('小数位') });
  });
});

const summary = (over: Partial<DraftSummary>): DraftSummary => ({
  id: 'a',
  name: '2022年舟山市人民政府办公室部门预算',
  year: 2022,
  departmentName: '舟山市人民政府办公室',
  createdAt: 0,
  updatedAt: 0,
  revision: 1,
  deletedAt: null,
  status: null,
  statusRevision: null,
  lineCount: 0,
  ...over,
});

describe('nextYearName / likelySource', () => {
  it('replaces the year in last year’s name, or uses the usual name', () => {
    expect(nextYearName(summary({}), 2023)).toBe('2023年舟山市人民政府办公室部门预算');
    expect(nextYearName(summary({ name: '政府办预算（终稿）' }), 2023)).toBe('2023年舟山市人民政府办公室部门预算');
  });

  it('proposes the latest year, then the latest change', () => {
    const drafts = [
      summary({ id: 'old', year: 2021, updatedAt: 9 }),
      summary({ id: 'a', updatedAt: 1 }),
      summary({ id: 'b', updatedAt: 5 }),
    ];
    expect(likelySource(drafts)?.id).toBe('b');
    expect(likelySource([])).toBeUndefined();
  });
});
