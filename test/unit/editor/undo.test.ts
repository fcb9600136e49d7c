import { describe, expect, it } from 'vitest';
import type { CellChange } from '../../../src-core/editor/grid-model';
import {
  canRedo,
  canUndo,
  cellChangeStep,
  compoundStep,
  createHistory,
  DEFAULT_HISTORY_LIMIT,
  perform,
  record,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type CellAccess,
  type HistoryStep,
} from '../../../src-core/editor/undo';

type Row = Readonly<Record<string, string>>;
type State = readonly Row[];

const cells: CellAccess<State> = {
  get: (s, row, key) => s[row]?.[key] ?? '',
  set: (s, changes) => {
    const next = [...s];
    for (const c of changes) next[c.row] = { ...next[c.row], [c.key]: c.value };
    return next;
  },
};
const appendRows = (count: number): HistoryStep<State> => ({
  label: '增加行',
  apply: (s) => [...s, ...Array.from({ length: count }, () => ({}))],
  revert: (s) => s.slice(0, s.length - count),
});
const write = (label: string, changes: CellChange[]) => cellChangeStep(label, changes, cells);

const start: State = Object.freeze([{ amount: '1' }, { amount: '2' }]);

describe('undo history', () => {
  it('undoes and redoes a cell edit, restoring equal states', () => {
    let h = createHistory<State>();
    let s = start;
    ({ history: h, state: s } = perform(h, s, write('编辑', [{ row: 0, key: 'amount', value: '10' }])));
    expect(s[0].amount).toBe('10');
    expect(undoLabel(h)).toBe('编辑');
    const u = undo(h, s);
    expect(u?.state).toEqual(start);
    expect(u && redoLabel(u.history)).toBe('编辑');
    const r = u && redo(u.history, u.state);
    expect(r?.state[0].amount).toBe('10');
    expect(r && canRedo(r.history)).toBe(false);
  });

  it('a paste that adds rows and writes cells is ONE step', () => {
    let h = createHistory<State>();
    const paste = compoundStep<State>('粘贴', [
      appendRows(2),
      write('', [
        { row: 1, key: 'amount', value: '20' },
        { row: 2, key: 'amount', value: '30' },
        { row: 3, key: 'amount', value: '40' },
      ]),
    ]);
    const done = perform(h, start, paste);
    h = done.history;
    expect(done.state.map((r) => r.amount)).toEqual(['1', '20', '30', '40']);
    expect(h.past).toHaveLength(1);
    const back = undo(h, done.state);
    expect(back?.state).toEqual(start);
    expect(back && canUndo(back.history)).toBe(false);
    const again = back && redo(back.history, back.state);
    expect(again?.state).toEqual(done.state);
  });

  it('a fill over cells written twice in one step restores the first value', () => {
    const step = write('向下填充', [
      { row: 0, key: 'amount', value: 'a' },
      { row: 0, key: 'amount', value: 'b' },
    ]);
    const after = step.apply(start);
    expect(after[0].amount).toBe('b');
    expect(step.revert(after)).toEqual(start);
  });

  it('a new action clears the redo list', () => {
    let h = createHistory<State>();
    let s = start;
    ({ history: h, state: s } = perform(h, s, write('一', [{ row: 0, key: 'amount', value: 'x' }])));
    const u = undo(h, s);
    expect(u && canRedo(u.history)).toBe(true);
    if (!u) return;
    const after = perform(u.history, u.state, write('二', [{ row: 1, key: 'amount', value: 'y' }]));
    expect(canRedo(after.history)).toBe(false);
    expect(redo(after.history, after.state)).toBeNull();
    expect(after.history.past.map((p) => p.label)).toEqual(['二']);
  });

  it('keeps at most the limit, forgetting the oldest steps (500 by default)', () => {
    expect(createHistory().limit).toBe(DEFAULT_HISTORY_LIMIT);
    expect(DEFAULT_HISTORY_LIMIT).toBe(500);
    let h = createHistory<State>(3);
    let s = start;
    for (let i = 1; i <= 5; i++)
      ({ history: h, state: s } = perform(h, s, write(`第${i}步`, [{ row: 0, key: 'amount', value: String(i) }])));
    expect(h.past.map((p) => p.label)).toEqual(['第3步', '第4步', '第5步']);
    for (let i = 0; i < 3; i++) {
      const u = undo(h, s);
      if (!u) throw new Error('expected a step to undo');
      ({ history: h, state: s } = u);
    }
    expect(s[0].amount).toBe('2');
    expect(undo(h, s)).toBeNull();
    expect(() => createHistory(0)).toThrow();
  });

  it('the full default history is bounded too', () => {
    let h = createHistory<number>();
    const inc: HistoryStep<number> = { label: '+1', apply: (n) => n + 1, revert: (n) => n - 1 };
    for (let i = 0; i < 600; i++) h = record(h, inc);
    expect(h.past).toHaveLength(500);
  });

  it('undo and redo on an empty history give null; labels are null', () => {
    const h = createHistory<State>();
    expect(undo(h, start)).toBeNull();
    expect(redo(h, start)).toBeNull();
    expect(undoLabel(h)).toBeNull();
    expect(redoLabel(h)).toBeNull();
  });

  it('never mutates the state or the history it is given', () => {
    const h = createHistory<State>();
    const done = perform(h, start, write('编辑', [{ row: 1, key: 'amount', value: '9' }]));
    expect(h.past).toHaveLength(0);
    expect(start[1].amount).toBe('2');
    const u = undo(done.history, done.state);
    expect(done.history.past).toHaveLength(1);
    expect(done.state[1].amount).toBe('9');
    expect(u?.state[1].amount).toBe('2');
  });
});
