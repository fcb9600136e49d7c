import { describe, expect, it } from 'vitest';
import {
  loadAnyDraftText,
  loadDraftText,
  loadFinalDraftJson,
  loadFinalDraftText,
} from '../../../src-core/domain/draft/load';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import { fixtureText } from '../fixture-resources';

const text = fixtureText('huangpi-2024.final.json');
const raw = () => JSON.parse(text) as Record<string, any>;

function problemsOf(input: unknown) {
  const r = typeof input === 'string' ? loadFinalDraftText(input) : loadFinalDraftJson(input);
  if (r.ok) throw new Error('expected rejection');
  return r.error;
}

describe('决算 draft file (stage "final", format version 2)', () => {
  it('loads the 黄陂 fixture; save(load(fixture)) equals it, key order included', () => {
    const loaded = loadFinalDraftText(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const d = loaded.value.draft;
    expect(d.stage).toBe('final');
    expect(d.expenses).toHaveLength(26);
    expect(d.balances).toEqual([{ unit: '520001', source: 'gpb', opening: '0.00' }]);
    expect(d.prior.incomeTotal).toBe('1072.14');
    expect(d.three.receptionDomesticPersons).toBe(10);
    const saved = saveFinalDraftText(d);
    expect(JSON.stringify(JSON.parse(saved))).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('keeps unknown keys, fills absent optional parts and writes them back', () => {
    const r = raw();
    r.vendorInfo = { tool: 'x' };
    r.balances[0].lineNo = 3;
    r.three.note = '含陪同';
    delete r.procurement;
    delete r.budget;
    const loaded = loadFinalDraftJson(r);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.draft.balances[0].extra).toEqual({ lineNo: 3 });
    const back = JSON.parse(saveFinalDraftText(loaded.value.draft));
    expect(back.vendorInfo).toEqual({ tool: 'x' });
    expect(back.three.note).toBe('含陪同');
    expect(back.procurement).toEqual([]);
    expect(back.budget).toEqual({});
  });

  it('rejects a broken file with every problem by JSON path, in Chinese', () => {
    const r = raw();
    r.income[0].source = 'special'; // 财政专户 is not a 决算 source
    delete r.income[0].function;
    r.expenses[3].carryover = true; // unknown in a 决算: kept as an unknown key, not an error
    r.expenses[4].amount = '1.2345678';
    r.expenses[5].unit = '999';
    r.expenses[6].project = 'P-none';
    r.balances.push({ unit: '520001', source: 'other', opening: 'abc', surplusUsed: 5 });
    r.prior.incomeTotal = '十万';
    r.prior.year = 2023.5;
    r.three.vehiclesHeld = '2';
    r.budget.initial['fn:2013750'] = [];
    const p = problemsOf(r);
    const byPath = Object.fromEntries(p.map((x) => [x.path, x.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'income[0].source',
        'income[0].function',
        'expenses[4].amount',
        'expenses[5].unit',
        'expenses[6].project',
        'balances[1].opening',
        'prior.incomeTotal',
        'prior.year',
        'three.vehiclesHeld',
        'budget.initial["fn:2013750"]',
      ].sort(),
    );
    expect(byPath['income[0].function']).toBe('缺少必填项“功能分类科目”');
    expect(byPath['expenses[5].unit']).toBe('引用了不存在的单位“999”');
    expect(byPath['expenses[4].amount']).toContain('小数位过多');
    expect(byPath['prior.incomeTotal']).toContain('上年决算数');
    expect(byPath['income[0].source']).toContain(
      '可选：gpb、gf、soc、superior、business、operating、subsidiary、other',
    );
  });

  it('prior must be an object; a number amount is read as a decimal string', () => {
    const r = raw();
    r.prior = [1];
    expect(problemsOf(r).map((x) => x.path)).toEqual(['prior']);
    const ok = raw();
    ok.prior.incomeTotal = 1072.14;
    const loaded = loadFinalDraftJson(ok);
    expect(loaded.ok && loaded.value.draft.prior.incomeTotal).toBe('1072.14');
  });

  it('version 2 only: older 决算 files cannot exist, newer ones are refused untouched', () => {
    expect(problemsOf({ ...raw(), formatVersion: 1 })[0]).toMatchObject({ path: 'formatVersion' });
    const newer = problemsOf({ ...raw(), formatVersion: 3 })[0];
    expect(newer.message).toContain('较新版本');
  });

  it('a budget file is not a 决算 file, and the budget reader names a 决算 file as such', () => {
    expect(problemsOf(fixtureText('zhoushan-2022.budget.json'))[0]).toMatchObject({ path: 'stage' });
    const asBudget = loadDraftText(text);
    expect(asBudget.ok).toBe(false);
    if (!asBudget.ok)
      expect(asBudget.error).toEqual([
        { path: 'stage', message: '这是部门决算草稿（stage 为 "final"），不能作为部门预算草稿打开' },
      ]);
  });

  it('loadAnyDraftText tells the stages apart; a budget draft of version 1 loads exactly as before', () => {
    const budgetText = fixtureText('zhoushan-2022.budget.json');
    const any = loadAnyDraftText(budgetText);
    const plain = loadDraftText(budgetText);
    expect(any.ok && plain.ok).toBe(true);
    if (!any.ok || !plain.ok) return;
    expect(any.value.stage).toBe('budget');
    expect(any.value.draft).toEqual(plain.value.draft);
    const final = loadAnyDraftText(text);
    expect(final.ok && final.value.stage).toBe('final');
    const broken = loadAnyDraftText('{"format":"dept-budget-draft","stage":"final"');
    expect(broken.ok).toBe(false);
  });
});
