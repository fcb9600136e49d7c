import type { DraftChange } from '../../data/changes';
import type { ExpenseLine } from '../../domain/draft/types';
import type { BudgetEngine } from '../../domain/engine/budget-engine';

/**
 * One change of an expense line as the editor records it: the whole line before and after, so that
 * undo gives back exactly what was stored (the exported file stays JSON-equal to the imported one).
 * Ids are the repository's line ids, which the engine was given as well.
 */
export type LineEdit =
  | { type: 'set'; id: string; before: ExpenseLine; after: ExpenseLine }
  /** Before `beforeId`, or at the end when absent. */
  | { type: 'add'; id: string; beforeId?: string; line: ExpenseLine }
  /** `beforeId`: the line that followed it, so that undo puts it back in its place. */
  | { type: 'remove'; id: string; beforeId?: string; line: ExpenseLine };

/** The edits that undo `edits` (in reverse order). */
export function invertEdits(edits: readonly LineEdit[]): LineEdit[] {
  return [...edits].reverse().map((e): LineEdit => {
    switch (e.type) {
      case 'set': return { type: 'set', id: e.id, before: e.after, after: e.before };
      case 'add': return { type: 'remove', id: e.id, beforeId: e.beforeId, line: e.line };
      case 'remove': return { type: 'add', id: e.id, beforeId: e.beforeId, line: e.line };
    }
  });
}

/** Applies edits to the engine (status and findings follow at once). */
export function applyToEngine(engine: BudgetEngine, edits: readonly LineEdit[]): void {
  for (const e of edits) {
    switch (e.type) {
      case 'set': engine.setLine('expense', e.id, e.after); break;
      case 'add': engine.addLine('expense', e.line, e.beforeId, e.id); break;
      case 'remove': engine.removeLine('expense', e.id); break;
    }
  }
}

/** The same edits as the repository stores them (one batch, one transaction). */
export function toDraftChanges(edits: readonly LineEdit[]): DraftChange[] {
  return edits.map((e): DraftChange => {
    switch (e.type) {
      case 'set': return { type: 'setLine', id: e.id, line: e.after };
      case 'add': return { type: 'addLine', stream: 'expense', line: e.line, id: e.id, ...(e.beforeId ? { beforeId: e.beforeId } : {}) };
      case 'remove': return { type: 'removeLine', id: e.id };
    }
  });
}
