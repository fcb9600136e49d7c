import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import type { BudgetUnit, Extra, Project } from '../../../src-core/domain/draft/types';
import type { ExpenseKind } from '../../../src-core/domain/draft/vocabulary';
import type { AmountUnit } from '../../../src-core/domain/money/units';

/**
 * A line as the grid edits it. The 预算's ExpenseLine and the 决算's FinalExpenseLine are both one:
 * the 决算 has no 上年结转 and its own 资金来源 list, which its column set (the data the grid is
 * given) offers — the grid itself only copies the values the columns accept.
 */
export interface GridLine {
  unit: string;
  function: string;
  economic: string;
  kind: ExpenseKind;
  source: string;
  carryover?: boolean;
  amount: string;
  project?: string | null;
  note?: string;
  extra?: Extra;
}

/** An edit of one line the grid makes (typed, pasted, inserted, deleted), with what it replaces. */
export type GridLineEdit =
  | { type: 'set'; id: string; before: GridLine; after: GridLine }
  | { type: 'add'; id: string; line: GridLine; beforeId?: string }
  | { type: 'remove'; id: string; line: GridLine; beforeId?: string };

/**
 * What the grid needs of an open draft: its lines with ids, one undo step per edit, the
 * catalogs, units and projects, and the amount unit. The 预算's DraftSession gives it through
 * `budgetGridSession`, a 决算's FinalSession through `finalGridSession` (features/final).
 */
export interface GridSession {
  readonly engine: {
    readonly head: {
      readonly units: readonly BudgetUnit[];
      readonly projects: readonly Project[];
      readonly amountUnit: AmountUnit;
    };
    readonly catalogs: CatalogPair;
    /** The line, or undefined when it is gone. */
    line(stream: 'expense', id: string): GridLine | undefined;
  };
  /** Line ids in stored order. */
  expenseIds(): readonly string[];
  expenseLine(id: string): GridLine;
  /** Applies the edits as one undo step named `label` (输入, 粘贴 …). */
  perform(label: string, edits: readonly GridLineEdit[]): void;
  undo(): void;
  redo(): void;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

/** How the grid makes a new line (插入行, rows a paste adds): the unit, kind and source of `like`. */
export type BlankLine = (units: readonly Pick<BudgetUnit, 'code'>[], like?: GridLine) => GridLine;
