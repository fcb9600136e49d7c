import { useCallback, useMemo, useRef, useState } from 'react';
import { EXPENSE_KINDS } from '../../../src-core/domain/draft/vocabulary';
import {
  buildView,
  isViewActive,
  NO_VIEW,
  showView,
  type RowView,
  type ViewReader,
  type ViewSpec,
} from '../../../src-core/editor/row-view';
import type { GridSession } from './grid-session';
import { asOf } from '../session/as-of';

/** 筛选/排序 of the 支出明细 grid: which rows it shows, in which order (the stored order is never changed). */
export interface GridRowView {
  spec: ViewSpec;
  active: boolean;
  /** The ids shown, in view order (all stored ids when no view is active). */
  ids: readonly string[];
  /** Stored ids, in draft order. */
  stored: readonly string[];
  setSpec(spec: ViewSpec): void;
  clear(): void;
}

/** The reader the view filters and sorts with: the session's lines, catalog names, units and kinds in their listed order. */
function viewReader(session: GridSession): ViewReader {
  const { catalogs, head } = session.engine;
  return {
    row: (id) => {
      const l = session.expenseLine(id);
      return {
        unit: l.unit,
        function: l.function,
        economic: l.economic,
        kind: l.kind,
        project: l.project ?? '',
        amount: l.amount,
      };
    },
    codeName: (scheme, code) => catalogs[scheme].get(code)?.name ?? '',
    order: { unit: head.units.map((u) => u.code), kind: EXPENSE_KINDS, project: head.projects.map((p) => p.code) },
  };
}

/** The view chosen for each open draft, so that it is still there after a visit to another section. */
const chosen = new WeakMap<GridSession, ViewSpec>();

function build(session: GridSession, spec: ViewSpec): RowView | null {
  return isViewActive(spec) ? buildView(session.expenseIds(), spec, viewReader(session)) : null;
}

export function useRowView(session: GridSession, version: number): GridRowView {
  const [spec, setSpecState] = useState<ViewSpec>(() => chosen.get(session) ?? NO_VIEW);
  const [built, setBuilt] = useState<RowView | null>(() => build(session, chosen.get(session) ?? NO_VIEW));
  // The latest view with the rows placed that appeared since it was built (kept across renders).
  const placed = useRef<RowView | null>(null);

  const stored = useMemo(() => asOf(session, version).expenseIds(), [session, version]);

  const setSpec = useCallback(
    (next: ViewSpec) => {
      setSpecState(next);
      chosen.set(session, next);
      const view = build(session, next);
      placed.current = view;
      setBuilt(view);
    },
    [session],
  );

  const ids = useMemo(() => {
    if (!built) return stored;
    const base = placed.current ?? built;
    const shown = showView(base, stored, (id) => session.engine.line('expense', id) !== undefined);
    placed.current = shown.view;
    return shown.ids;
  }, [built, stored, session]);

  return {
    spec,
    active: built !== null,
    ids,
    stored,
    setSpec,
    clear: useCallback(() => setSpec(NO_VIEW), [setSpec]),
  };
}
