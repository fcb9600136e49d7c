import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import type { DraftSession } from '../session/draft-session';
import type { LineEdit } from '../session/line-edits';
import type { GridLineEdit, GridSession } from './grid-session';

const adapters = new WeakMap<DraftSession, GridSession>();

/**
 * The 预算 draft as the grid sees it: its expense lines, edited through DraftSession.perform. The
 * grid's lines are the session's own ExpenseLine objects, and its edits carry lines built from them
 * with values the 预算 columns accepted (expense-columns.ts), so they are ExpenseLines again. One
 * adapter per session, so that what the grid keeps per draft (its filter, a 定位 applied) stays.
 */
export function budgetGridSession(session: DraftSession): GridSession {
  const known = adapters.get(session);
  if (known) return known;
  const adapter: GridSession = {
    get engine() {
      return session.engine;
    },
    expenseIds: () => session.expenseIds(),
    expenseLine: (id) => session.expenseLine(id),
    perform: (label, edits) => session.perform(label, budgetLineEdits(edits)),
    undo: () => void session.undo(),
    redo: () => void session.redo(),
    get undoLabel() {
      return session.undoLabel;
    },
    get redoLabel() {
      return session.redoLabel;
    },
  };
  adapters.set(session, adapter);
  return adapter;
}

/** The grid's edits as the 预算 session's line edits (expense stream). */
export function budgetLineEdits(edits: readonly GridLineEdit[]): LineEdit[] {
  return edits.map(toLineEdit);
}

function toLineEdit(e: GridLineEdit): LineEdit {
  switch (e.type) {
    case 'set':
      return { ...e, before: e.before as ExpenseLine, after: e.after as ExpenseLine };
    case 'add':
    case 'remove':
      return { ...e, line: e.line as ExpenseLine };
  }
}
