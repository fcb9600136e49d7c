import type { BudgetEngine } from '../engine/budget-engine';
import { generateReport, type ReportOptions } from './generate';
import { keepUnchanged } from './keep-unchanged';
import type { ReportDocument } from './model';

/**
 * The report of a draft being edited (the 情况说明 screen): `update` regenerates the document from
 * the engine and returns it with every part, section, paragraph and chart that did not change
 * being the same object as in the previous document, so that the screen redraws only what an
 * edit changed. The text is always the full `generateReport` of the engine's current state.
 */
export class LiveReport {
  private current: ReportDocument | null = null;

  constructor(private readonly options: ReportOptions = {}) {}

  update(engine: BudgetEngine): ReportDocument {
    const next = generateReport(engine, this.options);
    this.current = this.current ? keepUnchanged(this.current, next) : next;
    return this.current;
  }
}
