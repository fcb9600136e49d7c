import { loadStandardTerms } from '../../../src-main/cli/report-command';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { generateReport } from '../../../src-core/domain/report/generate';
import type { StandardTerm } from '../../../src-core/domain/report/glossary';
import { blockText, findSection, type ReportDocument } from '../../../src-core/domain/report/model';

let terms: StandardTerm[] | undefined;
export function standardTerms(): StandardTerm[] {
  terms ??= loadStandardTerms();
  return terms;
}

export function reportOf(engine: BudgetEngine): ReportDocument {
  return generateReport(engine, { standardTerms: standardTerms() });
}

/** Whitespace removed (the fixture's phrases ignore it). */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** The text of one section (headings and paragraphs under it). */
export function sectionText(doc: ReportDocument, id: string): string {
  const s = findSection(doc, id);
  if (!s) throw new Error(`no section ${id}`);
  return blockText(s.blocks).join('\n');
}

/** “2725.60” → “2725.6” (the text trims what the tables print with 2 decimals). */
export const trimmed = (v: string | undefined) => {
  const s = v ?? '0.00';
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
};
