import { newId } from '../../data/ids';
import { incomeFromExpenses } from '../../../src-core/import/income-from-expenses';
import { nextLineId, type DraftReader } from '../sections/draft-reader';
import type { DraftSession } from '../session/draft-session';
import type { LineEdit } from '../session/line-edits';

/** The undo step's name (撤销“由支出生成收入”). */
export const DERIVE_INCOME_LABEL = '由支出生成收入';

/**
 * 由支出生成收入 as edits of the open draft: every income line removed (undo puts each back in its
 * place) and one line per unit × 资金来源 × 本年/上年结转 added, equal to the expense lines of that
 * key (income-from-expenses.ts, the same sum the CLI's --income-from-expenses makes).
 */
export function deriveIncomeEdits(reader: DraftReader): LineEdit[] {
  const expenses = reader.lineIds('expense').map((id) => reader.line('expense', id));
  const removed: LineEdit[] = reader.lineIds('income').map((id) => {
    const beforeId = nextLineId(reader, 'income', id);
    return { type: 'remove', stream: 'income', id, line: reader.line('income', id), ...(beforeId ? { beforeId } : {}) };
  });
  const added: LineEdit[] = incomeFromExpenses(expenses, reader.head.amountUnit).map((line) => ({
    type: 'add',
    stream: 'income',
    id: newId(),
    line,
  }));
  return [...removed, ...added];
}

/** Drafts whose income is to be made from their expenses once the imported version is open. */
const pending = new Set<string>();

/**
 * Asks for 由支出生成收入 on a draft the import dialog has just stored: it is done by the next
 * session of that draft to open in this window (the reload after the import, or the new draft's
 * first opening), as an undo step of its own — Ctrl+Z takes the income away and leaves the
 * imported lines, which only 历史 (导入前) takes back.
 */
export function deriveIncomeWhenOpened(draftId: string): void {
  pending.add(draftId);
}

/** Does what deriveIncomeWhenOpened asked for this session's draft, once; whether it did. */
export function runPendingDerivation(session: DraftSession): boolean {
  if (!pending.delete(session.draftId)) return false;
  const edits = deriveIncomeEdits(session);
  if (edits.length > 0) session.perform(DERIVE_INCOME_LABEL, edits);
  return true;
}
