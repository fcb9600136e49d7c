import { formatRowProblem, type RowProblem } from './rows';

/**
 * The Chinese messages of the import that the app's dialog and the CLI both show: one function
 * each, so that a file refused in the dialog is refused with the same words on the command line
 * (test/unit/import/same-message.test.ts, test/e2e/import-hostile.spec.ts).
 */

/** Problems (and warnings) listed with their text; the rest are counted (“另有 M 处问题未列出”). */
export const PROBLEMS_SHOWN = 500;

/** The file name as shown: without its folder. */
export const shownName = (fileName: string) => fileName.replace(/^.*[\\/]/, '');

const TEXT_EXTENSIONS = /\.(csv|txt|tsv)$/i;

/**
 * An unexpected failure while reading or checking a file (a bug, or a file broken in a way no
 * check foresaw): said in Chinese, never as the exception's English text or a stack trace.
 */
export function unreadableFileMessage(fileName: string): string {
  const name = shownName(fileName);
  return TEXT_EXTENSIONS.test(name)
    ? `无法读取文件“${name}”：文件已损坏或不是 CSV/文本文件`
    : `无法读取文件“${name}”：文件已损坏或不是 Excel 工作簿`;
}

/** The first `shown` problems as lines (“工作表“支出明细”第 3 行 J 列（金额）：…”), then how many more there are. */
export function problemLines(problems: readonly RowProblem[], total: number, shown = PROBLEMS_SHOWN): string[] {
  const lines: string[] = [];
  const n = Math.min(problems.length, shown, total);
  for (let i = 0; i < n; i++) lines.push(formatRowProblem(problems[i]));
  if (total > n) lines.push(moreNotListed(total - n, '处问题'));
  return lines;
}

/** Warnings as lines, capped the same way. */
export function warningLines(warnings: readonly RowProblem[], total: number, shown = PROBLEMS_SHOWN): string[] {
  const lines: string[] = [];
  const n = Math.min(warnings.length, shown, total);
  for (let i = 0; i < n; i++) lines.push(formatRowProblem(warnings[i]));
  if (total > n) lines.push(moreNotListed(total - n, '条提示'));
  return lines;
}

export const moreNotListed = (n: number, what: '处问题' | '条提示') => `另有 ${n} ${what}未列出`;

/** The heading of a refused import. */
export const refusedHeading = (total: number) => `有 ${total} 处问题，未导入任何数据：`;

/** Several visible sheets look like 支出明细: the officer (or `--sheet` on the command line) says which. */
export function ambiguousSheetsMessage(candidates: readonly string[], what = '支出明细'): string {
  return `文件中有 ${candidates.length} 个工作表都像${what}：${candidates.map((c) => `“${c}”`).join('、')}。请指定要导入的工作表。`;
}
