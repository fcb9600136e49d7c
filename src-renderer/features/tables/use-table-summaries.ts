import { useEffect, useRef, useState } from 'react';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import { asOf } from '../session/as-of';

/** A line of the 公开表 list: the table's number and title, and whether it has no data. */
export interface TableSummary {
  id: string;
  number: string;
  title: string;
  /** True when the table has no data (无数据); undefined while not yet known. */
  empty: boolean | undefined;
}

/** After an edit, the list waits this long without a further edit before it checks the other tables. */
export const QUIET_MS = 1000;

/**
 * Tables longer than this (at the last check) are not checked again after an edit while the screen
 * stays open: one edit cannot empty them, a check costs a tenth of a second at 20,000 rows, and
 * they are checked again when the screen opens or they are shown.
 */
export const RECHECK_MAX_ROWS = 2_000;

type Titles = ReturnType<BudgetEngine['tableTitles']>;

interface Checked {
  empty: boolean;
  rows: number;
}

/**
 * Runs `fn` in a task of its own after `delayMs`; returns what cancels it. (Not requestIdleCallback:
 * Chromium may give no idle period for seconds after a click, while it still takes input.)
 */
function later(fn: () => void, delayMs = 0): () => void {
  const timer = setTimeout(fn, delayMs);
  return () => clearTimeout(timer);
}

/**
 * The list of the layout's tables. Titles come without materializing anything; the shown table's
 * 无数据 follows every edit (it is materialized anyway). Whether the other tables have data is
 * checked in the background: all of them when the screen opens, then the short ones once edits
 * pause — one table per task, so that a key pressed meanwhile waits for one table at most.
 */
export function useTableSummaries(
  engine: BudgetEngine,
  version: number,
  titles: Titles,
  shown: DerivedTable | undefined,
): TableSummary[] {
  const [known, setKnown] = useState<{ engine: BudgetEngine; tables: ReadonlyMap<string, Checked> } | null>(null);
  const shownId = shown?.id;
  /** What the last check found, and for which engine (a new layout is a new engine). */
  const last = useRef<{ engine: BudgetEngine; tables: ReadonlyMap<string, Checked> } | null>(null);
  /** The shown table's own finding, read by the check (kept apart: it changes with every edit). */
  const shownNow = useRef<Checked | null>(null);
  shownNow.current = shown ? { empty: shown.empty, rows: shown.rows.length } : null;

  useEffect(() => {
    const current = asOf(engine, version);
    const before = last.current?.engine === current ? last.current.tables : null;
    const found = new Map<string, Checked>();
    const ids: string[] = [];
    for (const t of titles) {
      const prev = before?.get(t.id);
      if (t.id === shownId) continue;
      if (prev && prev.rows > RECHECK_MAX_ROWS) found.set(t.id, prev);
      else ids.push(t.id);
    }
    let i = 0;
    let cancel: () => void = () => {};
    const step = () => {
      if (i < ids.length) {
        const t = current.table(ids[i++]);
        if (t) found.set(t.id, { empty: t.empty, rows: t.rows.length });
        cancel = later(step);
        return;
      }
      if (shownId !== undefined && shownNow.current) found.set(shownId, shownNow.current);
      last.current = { engine: current, tables: found };
      setKnown((prev) =>
        prev?.engine === current &&
        prev.tables.size === found.size &&
        [...found].every(([id, c]) => prev.tables.get(id)?.empty === c.empty)
          ? prev
          : { engine: current, tables: found },
      );
    };
    // Right away when the screen opens (or the layout changes), after a pause when lines change.
    cancel = later(step, before ? QUIET_MS : 0);
    return () => cancel();
  }, [engine, version, titles, shownId]);

  const tables = known?.engine === engine ? known.tables : null;
  return titles.map((t) => ({
    ...t,
    empty: t.id === shownId ? shown?.empty : tables?.get(t.id)?.empty,
  }));
}
