import { describe, expect, it } from 'vitest';
import type { DraftHead } from '../../../src-renderer/data/records';
import type { Draft } from '../../../src-core/domain/draft/types';
import type { Stream } from '../../../src-core/domain/tables/spec';
import {
  addUnitEdits,
  changeUnitEdits,
  nextUnitCode,
  removeUnitEdits,
} from '../../../src-renderer/features/sections/basic/unit-edits';
import type { DraftReader } from '../../../src-renderer/features/sections/draft-reader';
import { withCarryForwardCell, withIncomeCell } from '../../../src-renderer/features/sections/income/income-rows';
import { countList, unknownFacts, withCountList } from '../../../src-renderer/features/sections/other/asset-facts';
import {
  priorKeys,
  withoutPriorKey,
  withPriorFigure,
  withPriorYear,
} from '../../../src-renderer/features/sections/prior/prior-rows';
import {
  addProjectEdits,
  changeProjectEdits,
  removeProjectEdits,
} from '../../../src-renderer/features/sections/projects/project-edits';
import {
  readWeight,
  withIndicatorCell,
  blankIndicator,
} from '../../../src-renderer/features/sections/projects/indicator-rows';
import { readAmount } from '../../../src-renderer/features/sections/amounts';
import type { LinesByStream, PartEdit } from '../../../src-renderer/features/session/line-edits';
import { zhoushanDraft } from '../fixture-resources';

/** A reader over a plain draft, ids = JSON paths. */
function readerOf(draft: Draft): DraftReader {
  const arrays = {
    expense: draft.expenses,
    income: draft.income,
    carryForward: draft.carryForward,
    procurement: draft.procurement,
  };
  return {
    head: draft as DraftHead,
    lineIds: (s: Stream) => arrays[s].map((_, i) => `${s}[${i}]`),
    line: <S extends Stream>(s: S, id: string) => arrays[s][Number(/\[(\d+)\]/.exec(id)![1])] as LinesByStream[S],
  };
}

describe('units (基本信息)', () => {
  it('renames a unit code in every line, project and review, and says how many moved', () => {
    const draft = zhoushanDraft();
    draft.reviews = [{ rule: 'R-EMPTY-UNIT', target: { unit: '167001' }, note: '说明' }];
    const r = changeUnitEdits(readerOf(draft), 0, { ...draft.units[0], code: '167100' });
    if (!r.ok) throw new Error(r.error);
    const parts = r.value.edits.filter((e): e is PartEdit => e.type === 'part').map((e) => e.key);
    expect(parts).toEqual(['units', 'projects', 'reviews']);
    const lines = r.value.edits.filter((e) => e.type === 'set');
    expect(lines).toHaveLength(draft.expenses.length + draft.income.length + draft.procurement.length);
    expect(lines.every((e) => e.type === 'set' && e.after.unit === '167100' && e.before.unit === '167001')).toBe(true);
    expect(draft.projects).toHaveLength(5);
    expect(r.value.note).toBe(
      '单位编码已由 167001 改为 167100，1 条收入、43 条支出明细、1 条政府采购、5 个项目随之改为新编码（可撤销）。',
    );
  });

  it('a name or type change touches only the units; bad codes are refused in Chinese', () => {
    const draft = zhoushanDraft();
    const reader = readerOf(draft);
    const r = changeUnitEdits(reader, 0, { ...draft.units[0], type: 'civil' });
    expect(r.ok && r.value.edits.length === 1 && r.value.note === null).toBe(true);
    expect(changeUnitEdits(reader, 0, { ...draft.units[0], code: '16A' })).toEqual({
      ok: false,
      error: '单位编码“16A”只能由数字组成',
    });
    expect(changeUnitEdits(reader, 0, { ...draft.units[0], name: ' ' })).toEqual({
      ok: false,
      error: '单位名称不能为空',
    });
    draft.units.push({ code: '167002', name: '下属中心', type: 'institution' });
    expect(changeUnitEdits(readerOf(draft), 1, { ...draft.units[1], code: '167001' })).toEqual({
      ok: false,
      error: '单位编码“167001”已被“舟山市人民政府办公室”使用，不能重复',
    });
  });

  it('adds a unit with the next code; refuses to delete a unit in use, with the counts', () => {
    const draft = zhoushanDraft();
    expect(nextUnitCode(readerOf(draft))).toBe('167002');
    const added = addUnitEdits(readerOf(draft));
    const after = (added.edits[0] as PartEdit & { key: 'units' }).after;
    expect(after.at(-1)).toEqual({ code: '167002', name: '新增单位', type: 'institution' });
    draft.units = after;
    const reader = readerOf(draft);
    const refused = removeUnitEdits(reader, 0);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain(
      '仍被 1 条收入、43 条支出明细、1 条政府采购、5 个项目 使用，不能删除',
    );
    const removed = removeUnitEdits(reader, 1);
    expect(removed.ok && (removed.value.edits[0] as PartEdit & { key: 'units' }).after).toEqual([draft.units[0]]);
  });
});

describe('projects (项目)', () => {
  it('a new code follows into expense lines and 政府采购; a used project cannot be deleted', () => {
    const draft = zhoushanDraft();
    const reader = readerOf(draft);
    const p = draft.projects[3];
    const r = changeProjectEdits(reader, 3, { ...p, code: '167001-40' });
    if (!r.ok) throw new Error(r.error);
    const sets = r.value.edits.filter((e) => e.type === 'set');
    expect(sets.length).toBe(draft.expenses.filter((l) => l.project === p.code).length + 1);
    expect(
      sets.every((e) => e.type === 'set' && (e.after as { project?: string | null }).project === '167001-40'),
    ).toBe(true);
    expect(r.value.note).toContain('1 条政府采购');
    const del = removeProjectEdits(reader, 3);
    expect(!del.ok && del.error).toMatch(
      /^项目“外网终端安全防护及运行维护费”（167001-04）仍被 \d+ 条支出明细、1 条政府采购 使用，不能删除/,
    );
    expect(changeProjectEdits(reader, 3, { ...p, code: draft.projects[0].code })).toEqual({
      ok: false,
      error: `项目编码“${draft.projects[0].code}”已被项目“专项业务经费”使用，不能重复`,
    });
  });

  it('adds a project with a free code and removes an unused one', () => {
    const draft = zhoushanDraft();
    const add = addProjectEdits(readerOf(draft));
    expect(add.code).toBe(`167001-${String(draft.projects.length + 1).padStart(2, '0')}`);
    draft.projects = (add.edits[0] as PartEdit & { key: 'projects' }).after;
    expect(draft.projects.at(-1)).toMatchObject({
      unit: '167001',
      name: '新增项目',
      period: '2022年1-12月',
      indicators: [],
    });
    const del = removeProjectEdits(readerOf(draft), draft.projects.length - 1);
    expect(del.ok).toBe(true);
  });

  it('indicator cells: weight 0–100 or blank, op from the list', () => {
    expect(readWeight('２０')).toEqual({ ok: true, value: 20 });
    expect(readWeight('')).toEqual({ ok: true, value: null });
    expect(readWeight('120').ok).toBe(false);
    expect(readWeight('1,5')).toEqual({ ok: false, error: '权重“1,5”应为 0 到 100 之间的数，最多两位小数' });
    expect(withIndicatorCell(blankIndicator(), 'op', '≈').ok).toBe(false);
    expect(withIndicatorCell(blankIndicator(), 'level3', ' 培训次数 ')).toEqual({
      ok: true,
      value: { ...blankIndicator(), level3: '培训次数' },
    });
  });
});

describe('income, prior, assets', () => {
  it('amount cells use parseAmountInput: 13,6 refused, 1,234.5 stored as 1234.50', () => {
    const line = { unit: '167001', source: 'gpb' as const, carryover: false, amount: '0.00' };
    expect(withIncomeCell(line, 'amount', '1,234.5', 'yuan')).toEqual({
      ok: true,
      value: { ...line, amount: '1234.50' },
    });
    const bad = withIncomeCell(line, 'amount', '13,6', 'yuan');
    expect(!bad.ok && bad.error).toContain('无法识别金额“13,6”');
    expect(readAmount('１２３', 'wanyuan')).toEqual({ ok: true, value: '123' });
  });

  it('a source must fit 本年收入 / 上年结转结余', () => {
    const line = { unit: '167001', source: 'business' as const, carryover: false, amount: '1.00' };
    expect(withIncomeCell(line, 'carryover', 'true', 'yuan')).toEqual({
      ok: false,
      error: '收入来源“事业收入（不含财政专户管理资金）”不能用于上年结转结余，请先改收入来源',
    });
    expect(withIncomeCell({ ...line, source: 'gpb' }, 'carryover', 'true', 'yuan').ok).toBe(true);
    expect(
      withCarryForwardCell({ unit: '167001', source: 'gpb', amount: '1.00' }, 'source', 'business', 'yuan').ok,
    ).toBe(false);
  });

  it('prior figures: typed, cleared, keys listed with fn: codes; year checked', () => {
    const prior = zhoushanDraft().prior;
    const r = withPriorFigure(prior, 'actual', 'fn:2010301', '3,000,000', 'yuan');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.actual).toEqual({ ...prior.actual, 'fn:2010301': '3000000.00' });
    expect(priorKeys(r.value, ['fn:201']).slice(15)).toEqual(['fn:201', 'fn:2010301']);
    const cleared = withPriorFigure(prior, 'budget', 'reception', '', 'yuan');
    expect(cleared.ok && 'reception' in cleared.value.budget!).toBe(false);
    expect(withPriorFigure({}, 'budget', 'x', '', 'yuan')).toEqual({ ok: true, value: {} });
    expect(withoutPriorKey(prior, 'gpb').actual).toEqual({ incomeTotal: '25950600.00', expenseTotal: '25950600.00' });
    expect(withPriorYear(prior, '21').ok).toBe(false);
    expect(withPriorYear(prior, '2020')).toEqual({ ok: true, value: { ...prior, year: 2020 } });
  });

  it('assets: lists edited in place, unknown keys kept and listed', () => {
    const assets: Record<string, unknown> = { ...zhoushanDraft().assets, buildings: { area: 1200 } };
    const planned = countList(assets, ['planned', 'vehicles'])!;
    const next = withCountList(assets, ['planned', 'vehicles'], [...planned, { category: '新能源车', count: 1 }]);
    expect((next.planned as { vehicles: unknown[] }).vehicles).toHaveLength(3);
    expect((next.planned as { equipment: unknown }).equipment).toEqual(
      (assets.planned as { equipment: unknown }).equipment,
    );
    expect(next.buildings).toEqual({ area: 1200 });
    expect(unknownFacts(next)).toEqual([['buildings', { area: 1200 }]]);
    expect(countList({ vehicles: 'two' }, ['vehicles'])).toBeNull();
  });
});
