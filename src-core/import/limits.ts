/**
 * Limits of the data import (hostile or accidental input). A file past any of them is refused
 * with a message before it can exhaust memory; the numbers leave ample room for a real budget
 * (a province's department: a few thousand lines; the template is tested at 100,000 rows).
 */
export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of all entries of an .xlsx (declared and actual). */
  maxUncompressedBytes: number;
  /** Entries in the .xlsx zip. */
  maxEntries: number;
  /** Uncompressed ÷ compressed size above which a large entry is treated as a zip bomb. */
  maxRatio: number;
  /** Non-empty cells over all sheets. */
  maxCells: number;
  /** Rows of one sheet. */
  maxRows: number;
  /** Merged ranges of one sheet (default 100,000); together they may cover at most `maxCells` cells. */
  maxMerges?: number;
  /**
   * Slots of the rows as read, over all sheets: a row is as wide as its last cell, so one stray
   * cell far to the right (XFD) makes its row 16,384 slots wide (default 12,000,000).
   */
  maxGridCells?: number;
  /** Problems and warnings kept with their text (default 1,000); their counts stay complete. */
  maxProblemsKept?: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxEntries: 5_000,
  maxRatio: 500,
  maxCells: 4_000_000,
  maxRows: 300_000,
  maxMerges: 100_000,
  maxGridCells: 12_000_000,
  maxProblemsKept: 1_000,
};

/** The optional limits with their defaults. */
export function fullLimits(l: ImportLimits): Required<ImportLimits> {
  return {
    ...l,
    maxMerges: l.maxMerges ?? DEFAULT_LIMITS.maxMerges!,
    maxGridCells: l.maxGridCells ?? DEFAULT_LIMITS.maxGridCells!,
    maxProblemsKept: l.maxProblemsKept ?? DEFAULT_LIMITS.maxProblemsKept!,
  };
}

/** The size of an Excel sheet (ECMA-376 Part 1, 18.3.1.73: columns A–XFD, rows 1–1,048,576): a reference beyond it is not from Excel/WPS. */
export const EXCEL_MAX_COLS = 16_384;
export const EXCEL_MAX_ROWS = 1_048_576;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}
