import { describe, expect, it } from 'vitest';
import type { Review } from '../../../src-core/domain/draft/types';
import type { Finding } from '../../../src-core/domain/rules/types';
import {
  ALL_FINDINGS,
  countFindings,
  describeTarget,
  type TargetNames,
  reviewKey,
  ruleTitle,
  staleReviews,
  visibleFindings,
  withoutReview,
  withReviewNote,
} from '../../../src-renderer/features/review/review-notes';

const warn = (rule: string, target: Finding['target'], explained?: string): Finding => ({
  rule,
  severity: 'warning',
  message: `${rule} 提示`,
  target,
  ...(explained ? { explained } : {}),
});
const err = (rule: string, target: Finding['target']): Finding => ({
  rule,
  severity: 'error',
  message: `${rule} 错误`,
  target,
});

describe('withReviewNote: one explanation per warning, blank removes it', () => {
  const target = { project: '167001-01', field: 'indicators' };

  it('appends a new review with the trimmed note and a copy of the target', () => {
    const before: Review[] = [{ rule: 'R-ZERO', target: { line: 'a' }, note: '留作备用' }];
    const after = withReviewNote(before, 'R-PROJECT-EMPTY', target, '  绩效指标另行下达 \n');
    expect(after).toEqual([before[0], { rule: 'R-PROJECT-EMPTY', target, note: '绩效指标另行下达' }]);
    expect(after[1].target).not.toBe(target);
    expect(JSON.stringify(after[1].target)).toBe(JSON.stringify(target)); // key order kept: the engine matches on JSON
    expect(before).toHaveLength(1); // not mutated
  });

  it('changes the note in place, keeping position and extra; drops duplicates of the same warning', () => {
    const before: Review[] = [
      { rule: 'R-PROJECT-EMPTY', target, note: '旧说明', extra: { by: '张三' } },
      { rule: 'R-ZERO', target: { line: 'a' }, note: '留作备用' },
      { rule: 'R-PROJECT-EMPTY', target: { ...target }, note: '重复的说明' },
    ];
    const after = withReviewNote(before, 'R-PROJECT-EMPTY', target, '新说明');
    expect(after).toEqual([
      { rule: 'R-PROJECT-EMPTY', target, note: '新说明', extra: { by: '张三' } },
      { rule: 'R-ZERO', target: { line: 'a' }, note: '留作备用' },
    ]);
  });

  it('returns the same array when nothing changes (no undo step is recorded)', () => {
    const before: Review[] = [{ rule: 'R-PROJECT-EMPTY', target, note: '说明' }];
    expect(withReviewNote(before, 'R-PROJECT-EMPTY', target, ' 说明 ')).toBe(before);
    expect(withReviewNote(before, 'R-ZERO', { line: 'x' }, '   ')).toBe(before);
    expect(withoutReview(before, 'R-ZERO', { line: 'x' })).toBe(before);
  });

  it('a blank note and withoutReview remove every review of that warning only', () => {
    const before: Review[] = [
      { rule: 'R-PROJECT-EMPTY', target, note: '甲' },
      { rule: 'R-PROJECT-EMPTY', target: { project: '167001-02', field: 'indicators' }, note: '乙' },
    ];
    expect(withReviewNote(before, 'R-PROJECT-EMPTY', target, '')).toEqual([before[1]]);
    expect(withoutReview(before, 'R-PROJECT-EMPTY', { project: '167001-02', field: 'indicators' })).toEqual([
      before[0],
    ]);
  });

  it('targets differing only in key order are different warnings (as in the engine)', () => {
    expect(reviewKey('R-X', { a: 1, b: 2 })).not.toBe(reviewKey('R-X', { b: 2, a: 1 }));
    expect(reviewKey('R-X', { a: 1 })).not.toBe(reviewKey('R-Y', { a: 1 }));
  });
});

describe('counts, 只看未说明 and 已失效的说明', () => {
  const findings: Finding[] = [
    err('R-BAL-TOTAL', { table: 'T01', row: 'total', column: 'amount' }),
    warn('R-ZERO', { line: 'a', field: 'amount' }, '备用'),
    warn('R-ZERO', { line: 'b', field: 'amount' }),
    warn('R-TEXT', { text: 'duties' }),
  ];

  it('counts errors, warnings and explained warnings', () => {
    expect(countFindings(findings)).toEqual({ errors: 1, warnings: 3, explained: 1 });
    expect(countFindings([])).toEqual({ errors: 0, warnings: 0, explained: 0 });
  });

  it('只看未说明 keeps errors and unexplained warnings, in order; no filter returns the list itself', () => {
    expect(visibleFindings(findings, { severity: 'all', onlyUnexplained: true }).map((f) => f.target)).toEqual([
      findings[0].target,
      findings[2].target,
      findings[3].target,
    ]);
    expect(visibleFindings(findings, ALL_FINDINGS)).toBe(findings);
  });

  it('只看错误 / 只看提示 filter by severity, combined with 只看未说明', () => {
    expect(visibleFindings(findings, { severity: 'error', onlyUnexplained: false })).toEqual([findings[0]]);
    expect(visibleFindings(findings, { severity: 'warning', onlyUnexplained: false })).toEqual(findings.slice(1));
    expect(visibleFindings(findings, { severity: 'warning', onlyUnexplained: true })).toEqual(findings.slice(2));
  });

  it('the filter applies before the panel cuts the list: past 300 errors and 2,500 explained warnings, the 200 drawn are all unexplained warnings', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 300; i++) many.push(err('R-CODE-FN', { line: `e${i}`, field: 'function' }));
    for (let i = 0; i < 3000; i++)
      many.push(warn('R-ZERO', { line: `l${i}`, field: 'amount' }, i < 2500 ? '说明' : undefined));
    const shown = visibleFindings(many, { severity: 'warning', onlyUnexplained: true }).slice(0, 200);
    expect(shown).toHaveLength(200);
    expect(shown.every((f) => f.severity === 'warning' && !f.explained)).toBe(true);
    expect(shown[0].target).toEqual({ line: 'l2500', field: 'amount' });
  });

  it('a review is stale when no warning of that rule and target remains', () => {
    const reviews: Review[] = [
      { rule: 'R-ZERO', target: { line: 'a', field: 'amount' }, note: '备用' },
      { rule: 'R-ZERO', target: { line: 'gone', field: 'amount' }, note: '已删除的行' },
      { rule: 'R-PROJECT-EMPTY', target: { project: 'P9', field: 'lines' }, note: '已改正' },
      // An error finding with the same target never keeps a review alive: errors cannot be explained.
      { rule: 'R-BAL-TOTAL', target: { table: 'T01', row: 'total', column: 'amount' }, note: '不适用' },
    ];
    expect(staleReviews(reviews, findings)).toEqual(reviews.slice(1));
    expect(staleReviews([], findings)).toEqual([]);
  });
});

describe('describing a rule and a target in Chinese', () => {
  it('names known rules by their title and leaves unknown ids as they are', () => {
    expect(ruleTitle('R-PROJECT-EMPTY')).toBe('项目不完整');
    expect(ruleTitle('R-LOCAL-1')).toBe('R-LOCAL-1');
  });

  it('says where a stale explanation pointed, in names, never in keys', () => {
    const names: TargetNames = {
      unit: (c) => (c === '167001' ? '市大数据局' : undefined),
      project: (c) => (c === '167001-01' ? '数据共享平台运维' : undefined),
      table: (id) => (id === 'T06' ? '表六 一般公共预算基本支出预算表' : undefined),
      functionName: (c) => (c === '2010301' ? '行政运行' : undefined),
      economicName: (c) => (c === '303' ? '对个人和家庭的补助' : undefined),
      prior: (k) => (k === 'incomeTotal' ? '收入总计' : undefined),
    };
    expect(describeTarget({ project: '167001-01', field: 'indicators' }, names)).toBe('项目 数据共享平台运维');
    expect(describeTarget({ unit: '167001' }, names)).toBe('单位 市大数据局');
    expect(describeTarget({ unit: '999' }, names)).toBe('单位 （已删除的单位）');
    expect(describeTarget({ table: 'T06', row: 'econ:303', column: 'total' }, names)).toBe(
      '公开表 表六 一般公共预算基本支出预算表 “303 对个人和家庭的补助”行',
    );
    expect(describeTarget({ table: 'T06', row: 'total', column: 'amount' }, names)).toBe(
      '公开表 表六 一般公共预算基本支出预算表',
    );
    expect(describeTarget({ text: 'other.assets' }, names)).toBe('情况说明 国有资产占有使用情况');
    expect(describeTarget({ text: 'reasons.fn:2010301' }, names)).toBe('情况说明 增减原因（2010301 行政运行）');
    expect(describeTarget({ text: 'reasons.incomeTotal' }, names)).toBe('情况说明 增减原因（收入总计）');
    expect(describeTarget({ text: 'somethingNew' }, names)).toBe('情况说明');
    expect(describeTarget({ prior: 'incomeTotal' }, names)).toBe('上年数 收入总计');
    expect(describeTarget({ line: 'x' }, names)).toContain('明细行');
    expect(describeTarget(null, names)).toBe('（位置不明）');
    // No draft key (ids of tables, rows, columns, texts) is ever part of the description.
    for (const target of [
      { table: 'T06', row: 'econ:303', column: 'total' },
      { text: 'other.assets' },
      { prior: 'incomeTotal' },
    ])
      expect(describeTarget(target, names)).not.toMatch(/T06|econ:|total|other\.assets|incomeTotal/);
  });
});
