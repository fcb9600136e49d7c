import type { CellChange } from './grid-model';

/**
 * Undo/redo as an immutable value of *steps*. A step is a command object
 * `{ label, apply(state) → state, revert(state) → state }` over an immutable editor state.
 *
 * Why commands rather than plain patch lists: a paste may add rows and then write cells, a row
 * deletion removes whole lines — one user action, several kinds of change. A command composes
 * them (`compoundStep`) into ONE step that undoes and redoes as a whole, and `cellChangeStep`
 * gives the common patch case (cell writes, previous values captured when applied) for free.
 * The state is never mutated, so `revert(apply(s))` gives back an equal state.
 *
 * Rules: a new step clears the redo list; the history keeps at most `limit` steps (500 by
 * default), forgetting the oldest; labels are Chinese for the menu (“撤销 粘贴”).
 */
export interface HistoryStep<S> {
  label: string;
  apply(state: S): S;
  revert(state: S): S;
}

export interface History<S> {
  /** Done steps, oldest first. */
  readonly past: readonly HistoryStep<S>[];
  /** Undone steps, the next to redo last. */
  readonly future: readonly HistoryStep<S>[];
  readonly limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 500;

export function createHistory<S>(limit = DEFAULT_HISTORY_LIMIT): History<S> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`history limit must be a positive integer, got ${limit}`);
  return { past: [], future: [], limit };
}

/** Records a step that has already been applied. */
export function record<S>(history: History<S>, step: HistoryStep<S>): History<S> {
  const past = [...history.past, step];
  return {
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    future: [],
    limit: history.limit,
  };
}

/** Applies a step and records it. */
export function perform<S>(history: History<S>, state: S, step: HistoryStep<S>): { history: History<S>; state: S } {
  return { state: step.apply(state), history: record(history, step) };
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}

/** Label of the step Ctrl+Z would undo, for the menu; null when there is none. */
export function undoLabel(history: History<unknown>): string | null {
  return history.past.at(-1)?.label ?? null;
}

export function redoLabel(history: History<unknown>): string | null {
  return history.future.at(-1)?.label ?? null;
}

/** Reverts the last step; null when there is nothing to undo. */
export function undo<S>(history: History<S>, state: S): { history: History<S>; state: S; step: HistoryStep<S> } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    step,
    state: step.revert(state),
    history: { past: history.past.slice(0, -1), future: [...history.future, step], limit: history.limit },
  };
}

/** Re-applies the last undone step; null when there is nothing to redo. */
export function redo<S>(history: History<S>, state: S): { history: History<S>; state: S; step: HistoryStep<S> } | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return {
    step,
    state: step.apply(state),
    history: { past: [...history.past, step], future: history.future.slice(0, -1), limit: history.limit },
  };
}

/** Several steps as one: applied in order, reverted in reverse order (e.g. 粘贴 = add rows + write cells). */
export function compoundStep<S>(label: string, steps: readonly HistoryStep<S>[]): HistoryStep<S> {
  const parts = [...steps];
  return {
    label,
    apply: (state) => parts.reduce((s, p) => p.apply(s), state),
    revert: (state) => parts.reduceRight((s, p) => p.revert(s), state),
  };
}

/** How a cell-change step reads and writes cells of the state. */
export interface CellAccess<S> {
  get(state: S, row: number, key: string): string;
  /** A new state with the changes written (in order; a later change of the same cell wins). */
  set(state: S, changes: readonly CellChange[]): S;
}

/**
 * A step writing cells (paste, fill-down, typing, clear). The previous values are read when the
 * step is applied, so it can follow a step that adds the rows it writes to.
 */
export function cellChangeStep<S>(label: string, changes: readonly CellChange[], cells: CellAccess<S>): HistoryStep<S> {
  const forward = [...changes];
  let backward: CellChange[] = [];
  return {
    label,
    apply(state) {
      // Previous values, in reverse so that a cell written twice gets back its first value.
      backward = forward.map((c) => ({ row: c.row, key: c.key, value: cells.get(state, c.row, c.key) })).reverse();
      return cells.set(state, forward);
    },
    revert(state) {
      return cells.set(state, backward);
    },
  };
}
