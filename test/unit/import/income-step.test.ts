import { describe, expect, it } from 'vitest';
import { incomeFromExpenses } from '../../../src-core/import/income-from-expenses';
import { ImportJob } from '../../../src-core/import/import-job';
import { DraftSession } from '../../../src-renderer/features/session/draft-session';
import {
  DERIVE_INCOME_LABEL,
  deriveIncomeWhenOpened,
  runPendingDerivation,
} from '../../../src-renderer/features/import/derive-income';
import { FIXTURE_TEXT, freshRepo, unwrap } from '../data/helpers';
import { testResources } from '../fixture-resources';
import { catalogs, TEMPLATE_HEADER, xlsx } from './helpers';

/** An expense-only file for the 舟山 unit 167001: two sources, one line out of last year's carry-over. */
const ROWS = [
  ['167001', '', '2010301', '30101', '人员经费', '一般公共预算拨款收入', '否', '', '', 100000, ''],
  ['167001', '', '2010301', '30201', '公用经费', '一般公共预算拨款收入', '否', '', '', 2500.5, ''],
  ['167001', '', '2010302', '30201', '公用经费', '一般公共预算拨款收入', '是', '', '', 300, ''],
  ['167001', '', '2010301', '30201', '公用经费', '事业收入', '否', '', '', 700, ''],
];

/**
 * What the import dialog does for the open 舟山 draft with 由支出生成收入 ticked: the file's lines
 * replace the draft's (its income stays: the file has no 收入 sheet), the result is stored, and the
 * reloaded session makes the income.
 */
async function importThenOpen() {
  const { repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const base = unwrap(await repo.loadDraftAsFile(id));
  const job = unwrap(
    await ImportJob.open(
      await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, ...ROWS] }]),
      'x.xlsx',
      base,
      catalogs(),
    ),
  );
  expect(job.analyze().incomeLines).toBeNull();
  const text = unwrap(job.apply('replace', false)); // as the dialog asks: without the income
  unwrap(await repo.replaceFromFile(id, text));
  deriveIncomeWhenOpened(id);
  const loaded = unwrap(await repo.loadDraft(id));
  const session = new DraftSession(repo, id, loaded, testResources(), 'zhejiang', {
    onConflict: () => {},
    onSaveProblem: () => {},
  });
  const stored = async () => {
    await session.flush();
    return unwrap(await repo.loadDraft(id)).draft;
  };
  return { session, stored, baseIncome: base.income };
}

describe('由支出生成收入 after an import: an undo step of its own', () => {
  it('the opened draft makes the income (unit × source × 本年/结转), labelled, once', async () => {
    const { session, stored, baseIncome } = await importThenOpen();
    const expenses = session.lineIds('expense').map((i) => session.line('expense', i));
    expect(expenses).toHaveLength(4);
    // The stored import is the file's lines with the draft's income as it was: nothing derived yet.
    expect(session.lineIds('income').map((i) => session.line('income', i))).toEqual(baseIncome);

    expect(runPendingDerivation(session)).toBe(true);
    const derived = incomeFromExpenses(expenses, 'yuan');
    expect(derived.map((l) => `${l.source} ${l.carryover} ${l.amount}`)).toEqual([
      'gpb false 102500.50',
      'business false 700.00',
      'gpb true 300.00',
    ]);
    expect(session.lineIds('income').map((i) => session.line('income', i))).toEqual(derived);
    expect(session.engine.status().difference).toBe('0.00');
    expect(session.undoLabel).toBe(DERIVE_INCOME_LABEL);
    expect((await stored()).income).toEqual(derived);
    // Asked once: a later session of the same draft does nothing more.
    expect(runPendingDerivation(session)).toBe(false);
    expect(session.lineIds('income')).toHaveLength(3);
  });

  it('Ctrl+Z takes back only the derived income: the imported lines stay, the old income is back', async () => {
    const { session, stored, baseIncome } = await importThenOpen();
    runPendingDerivation(session);
    const expensesBefore = (await stored()).expenses;

    expect(session.undo()).toBe(true);
    const after = await stored();
    expect(after.income).toEqual(baseIncome);
    expect(after.expenses).toEqual(expensesBefore);
    expect(after.expenses.map((l) => l.amount)).toEqual(['100000', '2500.5', '300', '700']);
    expect(session.undoLabel).toBeNull(); // the import itself is 历史 (导入前), not an undo step

    expect(session.redo()).toBe(true);
    expect((await stored()).income).toHaveLength(3);
  });
});
