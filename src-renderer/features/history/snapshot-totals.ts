import { loadDraftText } from '../../../src-core/domain/draft/load';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import { createEngine, DEFAULT_LAYOUT, type Resources } from '../../../src-core/domain/resources';
import { err, ok, type Result } from '../../../src-core/domain/result';

/** What the history panel shows of a version: its totals as the status bar would show them. */
export interface SnapshotTotals {
  income: string;
  expense: string;
  difference: string;
  errors: number;
  warnings: number;
  /** Lines of every kind (支出、收入、结转、采购), as the list's 行数. */
  lines: number;
  unit: AmountUnit;
  year: number;
  departmentName: string;
}

/**
 * Reads a history version's file text with the same reader as an import (loadDraftText) and
 * computes its totals with the engine under the given layout. A text the reader refuses (a
 * version damaged on disk) gives a Chinese message instead.
 */
export function snapshotTotals(text: string, resources: Resources, layoutId: string): Result<SnapshotTotals, string> {
  const loaded = loadDraftText(text);
  if (!loaded.ok) return err(`这个历史版本无法读取：${loaded.error.map((p) => p.message).join('；')}`);
  const draft = loaded.value.draft;
  const engine = createEngine(draft, resources, resources.layouts.has(layoutId) ? layoutId : DEFAULT_LAYOUT);
  if (!engine.ok) return err(`无法计算这个历史版本的合计：${engine.error}`);
  const status = engine.value.status();
  return ok({
    income: status.income,
    expense: status.expense,
    difference: status.difference,
    errors: status.errors,
    warnings: status.warnings,
    lines: draft.expenses.length + draft.income.length + draft.carryForward.length + draft.procurement.length,
    unit: draft.publishUnit,
    year: draft.year,
    departmentName: draft.department.name,
  });
}
