import { normalizeFullWidth } from '../domain/money/parse-input';
import type { WorkbookData } from './read-workbook';

/**
 * A workbook of the published tables (部门收支总表, 部门支出总表, 一般公共预算支出表 … — what this
 * tool exports, or the disclosure an office received) holds sums, not lines: 单位 × 科目 × 资金来源
 * cannot be read back from them, so such a file cannot become a draft. Recognised by the tables'
 * titles in its sheet names or in the first rows of its sheets; the message says what to export
 * from the 预算管理一体化系统 instead.
 */
const TITLE =
  /(收支|收入|支出)(预算)?总表|财政拨款收支|一般公共预算.{0,6}支出(预算)?表|三公|政府性基金.{0,6}支出(预算)?表|国有资本经营.{0,6}支出(预算)?表|项目支出(预算|绩效目标)?表|政府采购(预算)?表|预算公开表/;

const mentions = (text: string) => {
  const t = normalizeFullWidth(text).replace(/\s+/g, '');
  return t.length < 80 && TITLE.test(t);
};

/** The published tables the workbook holds (their sheet names), or [] when it is not such a workbook. */
export function finishedFormSheets(workbook: WorkbookData): string[] {
  const found: string[] = [];
  for (const s of workbook.sheets) {
    if (mentions(s.name) || s.rows.slice(0, 4).some((r) => r.cells.slice(0, 6).some(mentions))) found.push(s.name);
  }
  return found;
}

export function finishedFormMessage(sheets: readonly string[]): string {
  const listed =
    sheets
      .slice(0, 4)
      .map((s) => `“${s}”`)
      .join('、') + (sheets.length > 4 ? ` 等 ${sheets.length} 个工作表` : '');
  return (
    `这是部门预算公开表（${listed}）的工作簿：表中是汇总后的数，拆不回每个单位、科目和资金来源的明细，不能生成草稿。` +
    '请从预算管理一体化系统导出支出预算明细（每行一个预算单位、项目、支出功能分类、部门预算经济分类、资金性质/资金来源和预算金额，“单位：元”或“万元”），或下载导入模板填写后再导入。'
  );
}
