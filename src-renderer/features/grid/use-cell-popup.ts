import { useMemo } from 'react';
import type { CatalogEntry } from '../../../src-core/domain/catalog/catalog';
import { SOURCE_NAMES, type Source } from '../../../src-core/domain/draft/vocabulary';
import { openChoicePopup, openCodePopup, type CellPopup } from '../../../src-core/editor/cell-popup';
import { searchChoices } from '../../../src-core/editor/choice-search';
import type { CodeSearch } from '../../../src-core/editor/code-search';
import type { EnumValue } from '../../../src-core/editor/grid-model';
import { asOf } from '../session/as-of';
import type { GridLine, GridSession } from './grid-session';
import { cellValue, projectValues, type ExpenseColumn } from './expense-columns';

/** The cell being edited: `edit` after F2/double-click (arrows move the caret), `enter` after typing over it. */
export interface GridEdit {
  mode: 'edit' | 'enter';
  text: string;
  /** Opened without typing (F2, double-click, Alt+↓): a list cell shows all its values until something is typed. */
  browse?: boolean;
}

/** The highlight moved with ↑/↓, for the list of one query. */
export interface PopupHighlight {
  query: string;
  active: number;
}

interface Options {
  session: GridSession;
  version: number;
  edit: GridEdit | null;
  column: ExpenseColumn | undefined;
  /** The line of the edited row; for the new row at the bottom, the line a new one is modelled on. */
  line: GridLine | undefined;
  codeSearch: { function: CodeSearch; economic: CodeSearch };
  /** An IME is composing: the text holds pinyin letters, no list until the characters are chosen. */
  composing: boolean;
  highlight: PopupHighlight | null;
}

/** The values a list cell of `line` can take: 项目 offers only the projects of the line's unit. */
export function choicesFor(session: GridSession, column: ExpenseColumn, line: GridLine | undefined): EnumValue[] {
  if (column.key === 'project') return projectValues(session.engine.head.projects, line?.unit);
  return [...(column.values ?? [])];
}

/** The query a popup searches: nothing while a list cell is browsed. */
export function popupQuery(edit: GridEdit, column: ExpenseColumn): string {
  return column.kind === 'enum' && edit.browse ? '' : edit.text;
}

/**
 * What the draft already books, to order catalog hits of the same rank: the 款 of the function
 * codes of each unit's lines, and the economic 类 in use.
 */
interface CodeUsage {
  functionByUnit: Map<string, Set<string>>;
  functionAll: Set<string>;
  economicClasses: Set<string>;
}

function codeUsage(session: GridSession): CodeUsage {
  const functionByUnit = new Map<string, Set<string>>();
  const functionAll = new Set<string>();
  const economicClasses = new Set<string>();
  for (const id of session.expenseIds()) {
    const l = session.expenseLine(id);
    const kuan = l.function.slice(0, 5);
    if (kuan.length === 5) {
      functionAll.add(kuan);
      let set = functionByUnit.get(l.unit);
      if (!set) functionByUnit.set(l.unit, (set = new Set()));
      set.add(kuan);
    }
    if (l.economic.length >= 3) economicClasses.add(l.economic.slice(0, 3));
  }
  return { functionByUnit, functionAll, economicClasses };
}

/**
 * The list under the cell being edited: catalog entries for 功能科目/经济科目 — among equal
 * matches, first those under a 款 the line's unit already books (“一般行政管理事务” in a draft of
 * 2010301 行政运行 → 2010302), and economic codes of the 类 that the line's 支出类型 uses (办公设备购置
 * on a 公用经费 line → 31002, not 30902 of 基本建设) — or the values of a list column.
 */
export function useCellPopup({
  session,
  version,
  edit,
  column,
  line,
  codeSearch,
  composing,
  highlight,
}: Options): CellPopup | null {
  const codeColumn = edit !== null && (column?.kind === 'code-function' || column?.kind === 'code-economic');
  // Read once per edit of a code cell (the draft does not change while a cell is being typed in).
  const usage = useMemo(() => (codeColumn ? codeUsage(asOf(session, version)) : null), [codeColumn, session, version]);

  return useMemo(() => {
    if (!edit || !column || composing) return null;
    let opened: CellPopup | null = null;
    if (column.kind === 'code-function' || column.kind === 'code-economic') {
      const scheme = column.kind === 'code-function' ? 'function' : 'economic';
      const catalog = session.engine.catalogs.economic;
      const unitKuan = line ? usage?.functionByUnit.get(line.unit) : undefined;
      const prefer =
        scheme === 'function'
          ? (e: CatalogEntry) =>
              unitKuan?.has(e.code.slice(0, 5)) ? 2 : usage?.functionAll.has(e.code.slice(0, 5)) ? 1 : 0
          : (e: CatalogEntry) => {
              const cls = e.code.slice(0, 3);
              const basic = catalog.get(cls)?.basicKind;
              const kindMatch = basic !== undefined && basic === line?.kind;
              return (kindMatch ? 4 : 0) + (usage?.economicClasses.has(cls) ? 2 : 0) + (basic !== undefined ? 1 : 0);
            };
      opened = openCodePopup(codeSearch[scheme], edit.text, prefer);
    } else if (column.kind === 'enum') {
      const query = popupQuery(edit, column);
      const hits = searchChoices(choicesFor(session, column, line), query);
      const current = line ? cellValue(line, column.key) : undefined;
      opened = openChoicePopup(hits, query, current, (key) =>
        column.key === 'unit' || column.key === 'project'
          ? { code: key }
          : column.key === 'source'
            ? { detail: SOURCE_NAMES[key as Source] ?? '' }
            : {},
      );
    }
    if (!opened || !highlight || highlight.query !== opened.query || opened.options.length === 0) return opened;
    return { ...opened, active: Math.min(opened.options.length - 1, Math.max(0, highlight.active)) };
  }, [edit, column, composing, session, line, usage, codeSearch, highlight]);
}
