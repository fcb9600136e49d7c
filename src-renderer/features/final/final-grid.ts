import type { FinalExpenseLine } from '../../../src-core/domain/draft/types';
import {
  FINAL_SOURCE_NAMES,
  FINAL_SOURCES,
  FISCAL_SOURCES,
  SOURCE_SHORT_NAMES,
  type FinalSource,
} from '../../../src-core/domain/draft/vocabulary';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import { FINAL_SHEET_FIELDS } from '../../../src-core/import/final-fields';
import { expenseColumns, templateTitles, type ColumnSource, type ExpenseColumn } from '../grid/expense-columns';
import type { GridLine, GridLineEdit, GridSession } from '../grid/grid-session';
import type { GridColumnSet } from '../grid/LinesGrid';
import type { FinalEdit } from './final-edits';
import { blankLine as blankFinalLine } from './final-line-cells';
import type { FinalSession } from './final-session';

const FISCAL: readonly string[] = FISCAL_SOURCES;

/** 资金来源 of a 决算 line: the three 财政拨款 by their short names, the others as 公开01表 names them. */
const SOURCE_VALUES = FINAL_SOURCES.map((s: FinalSource) => ({
  key: s,
  label: FISCAL.includes(s) ? SOURCE_SHORT_NAMES[s] : FINAL_SOURCE_NAMES[s],
  aliases: FISCAL.includes(s) ? [FINAL_SOURCE_NAMES[s]] : [],
}));

/**
 * The 决算数 columns: the 预算's columns without 上年结转 (spending out of money carried in is still
 * 本年支出), the 决算 sources, the amount named 决算数; a pasted header row is recognised by the
 * 决算 template's titles (final-fields.ts).
 */
export function finalGridColumns(choices: ColumnSource): ExpenseColumn[] {
  return expenseColumns(choices)
    .filter((c) => c.key !== 'carryover')
    .map((c) => {
      const titles = templateTitles(c.key, FINAL_SHEET_FIELDS.finalExpenses);
      if (c.key === 'source') return { ...c, values: SOURCE_VALUES, titles };
      if (c.key === 'amount') return { ...c, label: '决算数', titles };
      return { ...c, titles };
    });
}

const columnSets = new Map<AmountUnit, GridColumnSet>();

/** The 决算's column set for a draft in `unit` (a new line's zero is written in that unit). */
export function finalColumnSet(unit: AmountUnit): GridColumnSet {
  let set = columnSets.get(unit);
  if (!set) {
    set = {
      columns: finalGridColumns,
      blank: (units, like) => ({
        ...blankFinalLine('expense', like?.unit ?? units[0]?.code ?? '', unit),
        ...(like ? { kind: like.kind, source: like.source as FinalSource } : {}),
      }),
      label: '支出决算明细',
      emptyText:
        '还没有支出行。在上面的新行中直接输入，或从 Excel 复制后在此按 Ctrl+V 粘贴（可带表头行），或用“导入 Excel”。',
    };
    columnSets.set(unit, set);
  }
  return set;
}

/** A grid line as a 决算 line: the columns gave only 决算 values; a 上年结转 flag has no place there. */
function toFinalLine(line: GridLine): FinalExpenseLine {
  if (!('carryover' in line)) return line as FinalExpenseLine;
  const { carryover: _dropped, ...rest } = line;
  return rest as FinalExpenseLine;
}

function toFinalEdit(e: GridLineEdit): FinalEdit {
  switch (e.type) {
    case 'set':
      return { ...e, stream: 'expense', before: toFinalLine(e.before), after: toFinalLine(e.after) };
    case 'add':
    case 'remove':
      return { ...e, stream: 'expense', line: toFinalLine(e.line) };
  }
}

const adapters = new WeakMap<FinalSession, GridSession>();

/**
 * A 决算 draft as the grid sees it: its 决算数 lines (stream `expense`), edited through
 * FinalSession.perform — one undo step per typed cell, paste, inserted or deleted rows.
 */
export function finalGridSession(session: FinalSession): GridSession {
  const known = adapters.get(session);
  if (known) return known;
  const engine = session.engine;
  const adapter: GridSession = {
    engine,
    expenseIds: () => engine.lineIds('expense'),
    expenseLine: (id) => {
      const line = engine.line('expense', id);
      if (!line) throw new Error(`没有这一行：${id}`);
      return line;
    },
    perform: (label, edits) => session.perform(label, edits.map(toFinalEdit)),
    undo: () => session.undo(),
    redo: () => session.redo(),
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
