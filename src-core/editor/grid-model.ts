/**
 * The vocabulary the editor modules share: how a grid describes its columns, and the one change
 * format that paste, fill-down, typing and undo all speak. Pure data, no DOM.
 */

/** How a column's text is read and checked. */
export type ColumnKind = 'amount' | 'code-function' | 'code-economic' | 'text' | 'enum';

/** One allowed value of an `enum` column: the stored key and its Chinese label (e.g. gpb / 一般公共预算拨款收入). */
export interface EnumValue {
  key: string;
  label: string;
  /** Other spellings accepted on input (short names, older labels). */
  aliases?: readonly string[];
}

/** A column of an editable grid (e.g. the expense lines: 单位, 功能科目, 经济科目, 支出类型, 资金来源, 金额, 备注). */
export interface GridColumn {
  /** Field of the row the column edits (`amount`, `function`, …). */
  key: string;
  /** Chinese header as the user sees it (“金额”); messages name the column by it. */
  label: string;
  kind: ColumnKind;
  /** Allowed values of an `enum` column. */
  values?: readonly EnumValue[];
  /** A blank cell is accepted (stored as ''). Defaults: true for `text`, false otherwise. */
  optional?: boolean;
  /** Shown but not edited (derived names, totals): paste and fill-down skip it. */
  readOnly?: boolean;
  /** Other titles the column is known by (an import template's header), to recognise a pasted header row. */
  titles?: readonly string[];
  /** Added to the message when a value is refused: where the allowed values come from. */
  hint?: string;
}

/** One cell to write: `row` is the 0-based grid row (it may lie past the end when rows are added). */
export interface CellChange {
  row: number;
  key: string;
  value: string;
}

/** A problem with one cell; `row`/`col` are 0-based grid coordinates, `message` is Chinese and names the cell. */
export interface CellIssue {
  row: number;
  col: number;
  message: string;
}

/** Whether a blank cell is allowed in the column. */
export function isOptional(column: GridColumn): boolean {
  return column.optional ?? column.kind === 'text';
}

/** The Chinese name of a cell as messages print it: 第 3 行“金额”列 (rows counted from 1, as displayed). */
export function cellName(row: number, column: GridColumn): string {
  return `第 ${row + 1} 行“${column.label}”列`;
}
