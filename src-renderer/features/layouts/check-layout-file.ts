import { formatProblems } from '../../../src-core/domain/draft/problems';
import { parseLayoutText } from '../../../src-core/domain/layout/read-layout';
import type { Layout } from '../../../src-core/domain/layout/types';
import { err, ok, type Result } from '../../../src-core/domain/result';
import { RULES } from '../../../src-core/domain/rules/registry';
import { findTableSpec } from '../../../src-core/domain/tables/definitions';

/**
 * A layout file chosen by the officer, checked as the shipped ones are (docs/layouts.md “Checks”)
 * and refused when its id is a shipped layout's: the problems as “path：message” lines.
 */
export function checkLayoutFile(text: string, isShipped: (id: string) => boolean): Result<Layout, string[]> {
  const read = parseLayoutText(text, { ruleIds: RULES.map((r) => r.id) });
  if (!read.ok) return err(formatProblems(read.error).split('\n'));
  if (isShipped(read.value.id))
    return err([
      `id：版式标识“${read.value.id}”是软件自带版式的标识，请在文件中改用另一个标识（如 ${read.value.id}-local）`,
    ]);
  return ok(read.value);
}

/** One table of a layout as the import preview lists it. */
export interface TablePreviewLine {
  number: string;
  title: string;
  /** What the table holds, in the words of its definition (一般公共预算支出表 …). */
  content: string;
}

const PLACEHOLDER_WORDS: Record<string, string> = {
  '{year}': '〈年度〉',
  '{department}': '〈部门名称〉',
  '{shortName}': '〈部门简称〉',
};

/** A title pattern with its placeholders in words (no key is shown to the officer). */
export function patternInWords(pattern: string): string {
  return pattern.replace(/\{(year|department|shortName)\}/g, (p) => PLACEHOLDER_WORDS[p] ?? p);
}

/** The tables of a layout as the import preview lists them, in print order. */
export function tablePreviewLines(layout: Layout): TablePreviewLine[] {
  return layout.tables.map((t) => ({
    number: t.number ?? '',
    title: patternInWords(t.title),
    content: findTableSpec(t.table, t.variant ?? 'default')?.title ?? '',
  }));
}
