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
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxEntries: 5_000,
  maxRatio: 500,
  maxCells: 4_000_000,
  maxRows: 300_000,
};

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}
