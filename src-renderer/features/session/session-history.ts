import { boundUndo, type StoredUndo, type UndoStore } from '../../data/undo-store';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type History,
} from '../../../src-core/editor/undo';
import { invertEdits, type DraftEdit } from './line-edits';
import { fitsStep, isEditStep, toStoredStep, type EditStep, type StateReader } from './undo-steps';

/** What a step runs its edits on (the session: engine first, then the write, then the screen). */
export interface EditTarget {
  run(edits: readonly DraftEdit[]): void;
  /** The draft as it is now, to check a step read back after a reload still fits it. */
  readonly state: StateReader;
}

/** Told when an undo or redo read back after a reload no longer fits the draft. */
export const STALE_UNDO =
  '无法撤销或恢复：重新载入前的这一步所涉及的行之后已被修改（例如在另一个窗口中），为免覆盖这些修改，已清空撤销记录。';

/** An undo step over the session: applying runs the edits, reverting runs their inverse. */
export function editStep<S extends EditTarget>(
  label: string,
  edits: readonly DraftEdit[],
  restored = false,
): EditStep<S> {
  const forward = [...edits];
  const backward = invertEdits(forward);
  return {
    label,
    edits: forward,
    ...(restored ? { restored } : {}),
    apply: (s) => {
      s.run(forward);
      return s;
    },
    revert: (s) => {
      s.run(backward);
      return s;
    },
  };
}

/**
 * The undo history of one open draft in one window, kept for a reload in `store` (undo-store.ts):
 * restored from it when the session opens, written after each stored batch, and dropped when it
 * may no longer fit the draft.
 */
export class SessionHistory<S extends EditTarget> {
  private history: History<S> = createHistory();

  constructor(
    private readonly draftId: string,
    private readonly store: UndoStore | null,
    restored: StoredUndo | null,
    /** The officer is told that a step read back no longer fits (STALE_UNDO). */
    private readonly onStale: () => void,
  ) {
    if (!restored) return;
    const back = (st: StoredUndo['past'][number]) => editStep<S>(st.label, st.edits as readonly DraftEdit[], true);
    this.history = { ...this.history, past: restored.past.map(back), future: restored.future.map(back) };
  }

  /** Records a step already applied. */
  record(label: string, edits: readonly DraftEdit[], target: S): void {
    const step = editStep<S>(label, edits);
    this.history = record(this.history, step);
    step.apply(target);
  }

  undo(target: S): boolean {
    if (!this.fits(this.history.past.at(-1), target, 'undo')) return false;
    const r = undo(this.history, target);
    if (!r) return false;
    this.history = r.history;
    return true;
  }

  redo(target: S): boolean {
    if (!this.fits(this.history.future.at(-1), target, 'redo')) return false;
    const r = redo(this.history, target);
    if (!r) return false;
    this.history = r.history;
    return true;
  }

  get undoLabel(): string | null {
    return canUndo(this.history) ? undoLabel(this.history) : null;
  }

  get redoLabel(): string | null {
    return canRedo(this.history) ? redoLabel(this.history) : null;
  }

  /**
   * Keeps the history for a reload, as of the revision just stored. Call only once nothing else
   * is pending (then history and stored draft agree).
   */
  keep(revision: number): void {
    if (!this.store) return;
    const { past, future } = this.history;
    const kept = boundUndo(past.map(toStoredStep), future.map(toStoredStep));
    void this.store.save(this.draftId, revision, kept).catch(() => {});
  }

  /** Empties the history kept for a reload (`stored`), or this window's too (`all`). */
  forget(which: 'stored' | 'all' = 'all'): void {
    if (which === 'all') this.history = createHistory(this.history.limit);
    void this.store?.clear(this.draftId).catch(() => {});
  }

  /**
   * A step read back after a reload is used only if the lines it touched are as it left them
   * (undo) or found them (redo); otherwise the history is dropped and the officer told why.
   */
  private fits(step: History<S>['past'][number] | undefined, target: S, direction: 'undo' | 'redo'): boolean {
    if (!isEditStep(step) || !step.restored) return true;
    if (fitsStep(target.state, step.edits, direction)) return true;
    this.forget();
    this.onStale();
    return false;
  }
}
