import { describe, expect, it } from 'vitest';
import { RULES, rulesForLayout } from '../../../src-core/domain/rules/registry';
import { CLEAN, engineFor, findingsOf, fixtureDraft, layoutOf } from './helpers';

/** The table of docs/rules.md: id → severity. */
const SPEC: Record<string, 'error' | 'warning'> = {
  'R-BAL-TOTAL': 'error',
  'R-BAL-UNIT': 'error',
  'R-BAL-SOURCE': 'error',
  'R-CODE-FN': 'error',
  'R-CODE-ECON': 'error',
  'R-KIND-ECON': 'error',
  'R-PROJECT': 'error',
  'R-AMOUNT': 'error',
  'R-ZERO': 'warning',
  'R-LINK-SOCIAL': 'warning',
  'R-UNIT-RUN': 'warning',
  'R-DUP': 'warning',
  'R-EMPTY-UNIT': 'warning',
  'R-PROJECT-EMPTY': 'warning',
  'R-PERF-WEIGHT': 'warning',
  'R-PROC': 'warning',
  'R-REASON': 'warning',
  'R-TEXT': 'warning',
  'R-ASSETS': 'warning',
  'R-ROUND': 'warning',
};
const HAN = /[\u4e00-\u9fff]/;

describe('rule registry', () => {
  it('registers every rule of docs/rules.md, in the table’s order, and nothing else', () => {
    expect(RULES.map((r) => r.id)).toEqual(Object.keys(SPEC));
  });

  it('has unique, well-formed ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^R-[A-Z-]+$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: severity as in docs/rules.md, Chinese title and description',
    (id, rule) => {
      expect(rule.severity).toBe(SPEC[id]);
      expect(rule.title.trim()).not.toBe('');
      expect(rule.title).toMatch(HAN);
      expect(rule.description.trim()).not.toBe('');
      expect(rule.description).toMatch(HAN);
      expect(['line', 'draft', 'entity', 'tables']).toContain(rule.scope);
    },
  );

  it('rulesForLayout keeps every rule for a layout without overrides', () => {
    expect(rulesForLayout(layoutOf('zhejiang'))).toEqual([...RULES]);
  });

  it('rulesForLayout applies a severity override and removes disabled rules, without touching RULES', () => {
    const layout = {
      ...layoutOf('zhejiang'),
      rules: { severity: { 'R-ZERO': 'error' as const }, disabled: ['R-ROUND', 'R-DUP'] },
    };
    const rules = rulesForLayout(layout);
    expect(rules.map((r) => r.id)).toEqual(Object.keys(SPEC).filter((id) => id !== 'R-ROUND' && id !== 'R-DUP'));
    expect(rules.find((r) => r.id === 'R-ZERO')!.severity).toBe('error');
    expect(rules.find((r) => r.id === 'R-AMOUNT')).toBe(RULES.find((r) => r.id === 'R-AMOUNT'));
    expect(RULES.find((r) => r.id === 'R-ZERO')!.severity).toBe('warning');
  });

  it('the engine honours a layout’s overrides: R-PROJECT-EMPTY as error, R-ROUND disabled', () => {
    const layout = {
      ...layoutOf('zhejiang'),
      id: 'zhejiang-strict',
      rules: { severity: { 'R-PROJECT-EMPTY': 'error' as const }, disabled: ['R-ROUND'] },
    };
    const engine = engineFor(fixtureDraft(), layout);
    expect(findingsOf(engine, 'R-ROUND')).toEqual([]);
    expect(findingsOf(engine, 'R-PROJECT-EMPTY').map((f) => f.severity)).toEqual(Array(5).fill('error'));
    expect(engine.status()).toMatchObject({ errors: 5, warnings: 0 });
  });

  it('the engine honours a severity override of the table rule R-ROUND', () => {
    const layout = {
      ...layoutOf('zhejiang'),
      id: 'zhejiang-round',
      rules: { severity: { 'R-ROUND': 'error' as const } },
    };
    const engine = engineFor(fixtureDraft(), layout);
    expect(findingsOf(engine, 'R-ROUND').map((f) => f.severity)).toEqual(['error']);
    expect(engine.status()).toMatchObject({ errors: 1, warnings: CLEAN.warnings - 1 });
  });

  it('the clean fixture under zhejiang: 0 errors, only R-PROJECT-EMPTY ×5 and R-ROUND ×1', () => {
    const engine = engineFor(fixtureDraft());
    expect(engine.status()).toMatchObject(CLEAN);
    expect(engine.findings().map((f) => f.rule)).toEqual([...Array(5).fill('R-PROJECT-EMPTY'), 'R-ROUND']);
  });
});
