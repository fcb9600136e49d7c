import { describe, expect, it, vi } from 'vitest';
import type { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { newId } from '../../../src-renderer/data/ids';
import type { IncomeLine, ProcurementItem } from '../../../src-core/domain/draft/types';
import { DraftSession } from '../../../src-renderer/features/session/draft-session';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { addUnitEdits, changeUnitEdits } from '../../../src-renderer/features/sections/basic/unit-edits';
import { addProjectEdits, changeProjectEdits } from '../../../src-renderer/features/sections/projects/project-edits';
import { FIXTURE_TEXT, freshRepo, unwrap } from '../data/helpers';
import { testResources } from '../fixture-resources';

/** The 舟山 sample stored in a fresh database and opened in a session, with a count of batches. */
async function openSample() {
  const { repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const batches: number[] = [];
  const counting: DraftRepository = Object.create(repo);
  counting.applyChanges = (draftId, base, changes, options) => {
    batches.push(changes.length);
    return repo.applyChanges(draftId, base, changes, options);
  };
  const loaded = unwrap(await repo.openDraft(id));
  const problems: string[] = [];
  const session = new DraftSession(counting, id, loaded, testResources(), 'zhejiang', {
    onConflict: (p) => problems.push(p.message),
    onSaveProblem: (m) => {
      if (m) problems.push(m);
    },
  });
  const stored = async () => {
    await session.flush();
    return unwrap(await repo.loadDraft(id));
  };
  return { repo, id, session, batches, problems, stored };
}

describe('DraftSession: edits of every stream and of head parts, one undo step each', () => {
  it('adds an income line: 收入总计 and 差额 follow at once, the line is stored, undo takes it away', async () => {
    const { session, stored, batches, problems } = await openSample();
    expect(session.engine.status()).toMatchObject({ income: '2725.60', expense: '2725.60', difference: '0.00' });
    const line: IncomeLine = { unit: '167001', source: 'other', carryover: false, amount: '100000.00' };
    const id = newId();
    batches.length = 0;
    session.perform('新增收入', [{ type: 'add', stream: 'income', id, line }]);

    expect(session.engine.status()).toMatchObject({ income: '2735.60', difference: '10.00' });
    expect(session.lineIds('income')).toEqual([expect.any(String), id]);
    expect(session.undoLabel).toBe('新增收入');
    let draft = (await stored()).draft;
    expect(draft.income).toEqual([expect.objectContaining({ source: 'gpb' }), line]);
    expect(batches).toEqual([1]);

    expect(session.undo()).toBe(true);
    expect(session.engine.status()).toMatchObject({ income: '2725.60', difference: '0.00' });
    draft = (await stored()).draft;
    expect(draft.income).toHaveLength(1);

    expect(session.redo()).toBe(true);
    draft = (await stored()).draft;
    expect(draft.income[1]).toEqual(line);
    expect(problems).toEqual([]);
  });

  it('sets and removes 政府采购 and 年终结转结余 lines; a removed line comes back in its place', async () => {
    const { session, stored } = await openSample();
    const procId = session.lineIds('procurement')[0];
    const before = session.line('procurement', procId);
    const after: ProcurementItem = { ...before, amount: '250000.00' };
    session.perform('输入', [{ type: 'set', stream: 'procurement', id: procId, before, after }]);
    expect((await stored()).draft.procurement[0].amount).toBe('250000.00');

    const cfId = newId();
    session.perform('新增年终结转结余', [
      { type: 'add', stream: 'carryForward', id: cfId, line: { unit: '167001', source: 'gpb', amount: '5000.00' } },
    ]);
    expect(session.engine.status().expense).toBe('2726.10');
    expect((await stored()).draft.carryForward).toEqual([{ unit: '167001', source: 'gpb', amount: '5000.00' }]);

    // Remove the procurement item, then undo: it is back, first, with its amount.
    const extra: ProcurementItem = { unit: '167001', item: '办公设备', kind: 'goods', amount: '1.00' };
    const extraId = newId();
    session.perform('新增采购', [{ type: 'add', stream: 'procurement', id: extraId, line: extra }]);
    session.perform('删除采购', [
      { type: 'remove', stream: 'procurement', id: procId, beforeId: extraId, line: after },
    ]);
    expect((await stored()).draft.procurement).toEqual([extra]);
    session.undo();
    expect((await stored()).draft.procurement).toEqual([after, extra]);
    expect(session.lineIds('procurement')).toEqual([procId, extraId]);
  });

  it('setPart replaces a head part as one step, stored as one setHead; an unchanged value records nothing', async () => {
    const { session, stored, batches } = await openSample();
    const prior = session.head.prior;
    batches.length = 0;
    session.setPart('修改上年数', 'prior', { ...prior, actual: { ...prior.actual, expenseTotal: '26000000.00' } });
    expect(session.engine.ruleContext.prior('expenseTotal')).toEqual({ cents: 2600000000, basis: 'actual' });
    expect((await stored()).draft.prior.actual?.expenseTotal).toBe('26000000.00');
    expect(batches).toEqual([1]);

    session.setPart('修改上年数', 'prior', structuredClone(session.head.prior));
    expect(batches).toEqual([1]);
    expect(session.undoLabel).toBe('修改上年数');
    session.undo();
    expect(session.undoLabel).toBeNull();
    expect((await stored()).draft.prior).toEqual(prior);
  });

  it('a unit code renamed everywhere (units, every line, projects) is one batch and one undo step', async () => {
    const { session, stored, batches, repo, id } = await openSample();
    const revision = session.revision;
    const change = changeUnitEdits(session, 0, { ...session.head.units[0], code: '167009' });
    if (!change.ok) throw new Error(change.error);
    expect(change.value.note).toContain('43 条支出明细');
    batches.length = 0;
    session.perform('修改单位', change.value.edits);

    const draft = (await stored()).draft;
    expect(draft.units[0].code).toBe('167009');
    expect(new Set([...draft.expenses, ...draft.income, ...draft.procurement].map((l) => l.unit))).toEqual(
      new Set(['167009']),
    );
    expect(new Set(draft.projects.map((p) => p.unit))).toEqual(new Set(['167009']));
    expect(batches).toEqual([change.value.edits.length]);
    expect(session.revision).toBe(revision + 1);
    expect(session.engine.status()).toMatchObject({ income: '2725.60', expense: '2725.60', errors: 0 });

    session.undo();
    const back = (await stored()).draft;
    expect(back.units[0].code).toBe('167001');
    expect(back.expenses.every((l) => l.unit === '167001')).toBe(true);
    // The stored draft exports as the imported file again.
    expect(JSON.parse(unwrap(await repo.exportDraftFile(id)))).toEqual(JSON.parse(FIXTURE_TEXT));
  });

  it('after section edits (unit added, project added and renamed) the exported file loads again', async () => {
    const { session, repo, id } = await openSample();
    session.perform('新增单位', addUnitEdits(session).edits);
    const added = addProjectEdits(session);
    session.perform('新增项目', added.edits);
    const index = session.head.projects.length - 1;
    const renamed = changeProjectEdits(session, index, {
      ...session.head.projects[index],
      code: '167002-01',
      unit: '167002',
      name: '新中心运行经费',
    });
    if (!renamed.ok) throw new Error(renamed.error);
    session.perform('修改项目', renamed.value.edits);
    // An existing project renamed: its expense lines and the 政府采购 item follow.
    const used = changeProjectEdits(session, 3, { ...session.head.projects[3], code: '167001-14' });
    if (!used.ok) throw new Error(used.error);
    session.perform('修改项目编码', used.value.edits);
    await session.flush();
    const text = unwrap(await repo.exportDraftFile(id));
    const loaded = loadDraftText(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const draft = loaded.value.draft;
    expect(draft.units.map((u) => u.code)).toEqual(['167001', '167002']);
    expect(draft.projects.at(-1)).toMatchObject({ code: '167002-01', unit: '167002', name: '新中心运行经费' });
    expect(draft.procurement[0].project).toBe('167001-14');
    expect(draft.expenses.some((l) => l.project === '167001-04')).toBe(false);
    expect(session.engine.status().errors).toBe(0);
  });

  it('keeps the grid API: expense edits without a stream, setTextEntry through a part edit', async () => {
    const { session, stored } = await openSample();
    const lineId = session.expenseIds()[0];
    const before = session.expenseLine(lineId);
    session.perform('输入', [{ type: 'set', id: lineId, before, after: { ...before, amount: '3000000.00' } }]);
    expect(session.engine.status().difference).toBe('-12.54');
    session.setTextEntry('reasons', 'expenseTotal', '主要是人员增加。');
    expect(session.undoLabel).toBe('填写增减原因');
    const draft = (await stored()).draft;
    expect(draft.expenses[0].amount).toBe('3000000.00');
    expect(draft.text.reasons?.expenseTotal).toBe('主要是人员增加。');
    session.undo();
    session.undo();
    expect(session.engine.status().difference).toBe('0.00');
    expect((await stored()).draft.text.reasons?.expenseTotal).toBe('主要是今年新增两位紧缺高端人才，预算增加。');
  });

  it('refuses every edit once another window wrote first (nothing applied to the engine)', async () => {
    const { session, repo, id, problems } = await openSample();
    const other = unwrap(await repo.loadDraft(id));
    unwrap(await repo.applyChanges(id, other.revision, [{ type: 'setHead', key: 'prior', value: { year: 2020 } }]));
    session.setPart('修改上年数', 'prior', { ...session.head.prior, year: 2019 });
    await session.flush();
    expect(session.conflicted).toBe(true);
    expect(problems.length).toBe(1);
    const spy = vi.spyOn(session.engine, 'setPart');
    session.setPart('修改部门', 'department', { ...session.head.department, name: '改名' });
    expect(spy).not.toHaveBeenCalled();
  });
});
