import { findTableSpec } from '../../domain/tables/definitions';
import type { DerivedColumn, DerivedRow, DerivedTable } from '../../domain/tables/derived';
import { printedAmount } from './form-layout';

/**
 * A text table printed as one form per project (Chongqing 表十 项目绩效目标表), independent of
 * where it is drawn (Excel sheet, printed report, on-screen preview). Each form is seven columns:
 *
 *     项目名称             | name
 *     项目负责人及联系电话 | (blank: drafts do not record it) | 主管部门 | department
 *     实施单位             | unit                              | 项目期限 | period
 *     项目金额             | amount                            | 其中：一般公共预算 | amount
 *     年度绩效目标         | goal
 *     一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重
 *     预算执行率权重（%）                                                 | weight
 *     one line per indicator
 *
 * A field the draft does not have is blank under its label; no internal key is ever printed.
 */

/** Columns of a project form: the field labels, then the seven indicator fields below them. */
export const PROJECT_FORM_WIDTH = 7;

/** Widths (%) of the form's columns: field names, then the indicator fields below them. */
export const PROJECT_FORM_COLUMN_PERCENTS: readonly number[] = [18, 13, 21, 14, 12, 11, 11];

/** The indicator fields of the form's lower part, in print order (T11 indicator rows' text keys). */
export const INDICATOR_FIELDS: readonly { key: string; title: string; short: boolean }[] = [
  { key: 'level1', title: '一级指标', short: false },
  { key: 'level2', title: '二级指标', short: false },
  { key: 'level3', title: '三级指标', short: false },
  { key: 'op', title: '指标性质', short: true },
  { key: 'value', title: '指标值', short: true },
  { key: 'unit', title: '度量单位', short: true },
  { key: 'weight', title: '权重', short: true },
];

/** Labels of the form's upper part (Chongqing 表十). */
export const FORM_LABELS = {
  project: '项目名称',
  leader: '项目负责人及联系电话',
  department: '主管部门',
  unit: '实施单位',
  period: '项目期限',
  goal: '年度绩效目标',
  indicators: '绩效指标',
  executionWeight: '预算执行率权重（%）',
} as const;

/** label: a field's name; text / centered: a short value; prose: wrapped text (目标); amount: money. */
export type ProjectFormCellKind = 'label' | 'text' | 'centered' | 'prose' | 'amount';

export interface ProjectFormCell {
  col: number;
  colSpan: number;
  kind: ProjectFormCellKind;
  /** As printed (an amount already as `printedAmount` gives it: blank when zero). */
  text: string;
}

export interface ProjectFormLine {
  cells: ProjectFormCell[];
  /** The table row this line shows (the project's row on its name line, an indicator's on its line). */
  row?: DerivedRow;
}

export interface ProjectForm {
  /** The project's row key (stable while the project is in the draft). */
  key: string;
  lines: ProjectFormLine[];
}

/** A project's row with its indicator rows, as the text table lists them. */
export interface ProjectBlock {
  head: DerivedRow;
  indicators: DerivedRow[];
}

/** Is this table printed as one form per project (`print: 'perProject'` in its definition)? */
export function isProjectForms(table: Pick<DerivedTable, 'id' | 'variant'>): boolean {
  return findTableSpec(table.id, table.variant)?.print === 'perProject';
}

/** An indicator row of a text table (`project:<code>/ind:<n>`), as opposed to its project's row. */
export function isIndicator(row: DerivedRow): boolean {
  return row.key.includes('/ind:');
}

/** The printed projects of a text table, each with its printed indicators. */
export function projectBlocks(table: DerivedTable): ProjectBlock[] {
  const rows = table.rows;
  const blocks: ProjectBlock[] = [];
  for (let i = 0; i < rows.length;) {
    const head = rows[i];
    const indicators: DerivedRow[] = [];
    for (i++; i < rows.length && isIndicator(rows[i]); i++) if (rows[i].printed) indicators.push(rows[i]);
    if (head.printed) blocks.push({ head, indicators });
  }
  return blocks;
}

/** The amounts a form prints (项目金额, 其中：一般公共预算): the table's first two printed columns. */
export function formAmounts(table: DerivedTable): DerivedColumn[] {
  return table.columns.filter((c) => c.printed).slice(0, 2);
}

const cell = (col: number, kind: ProjectFormCellKind, text: string, colSpan = 1): ProjectFormCell => ({
  col,
  colSpan,
  kind,
  text,
});

/** The form of one project. */
export function projectForm(
  block: ProjectBlock,
  amounts: readonly DerivedColumn[],
  departmentName: string,
): ProjectForm {
  const { head } = block;
  const t = head.text ?? {};
  const W = PROJECT_FORM_WIDTH;
  const lines: ProjectFormLine[] = [
    {
      row: head,
      cells: [cell(0, 'label', FORM_LABELS.project), cell(1, 'text', t.projectName ?? head.name, W - 1)],
    },
    {
      cells: [
        cell(0, 'label', FORM_LABELS.leader),
        cell(1, 'text', '', 2),
        cell(3, 'label', FORM_LABELS.department),
        cell(4, 'text', departmentName, 3),
      ],
    },
    {
      cells: [
        cell(0, 'label', FORM_LABELS.unit),
        cell(1, 'text', t.unitName ?? '', 2),
        cell(3, 'label', FORM_LABELS.period),
        cell(4, 'text', t.period ?? '', 3),
      ],
    },
  ];
  if (amounts.length > 0) {
    const cells = amounts.flatMap((c, k) => [
      cell(k * 3, 'label', c.title),
      cell(k * 3 + 1, 'amount', printedAmount(head.values[c.key]), k === 0 ? 2 : 3),
    ]);
    if (amounts.length === 1) cells.push(cell(3, 'text', '', 4));
    lines.push({ cells });
  }
  lines.push(
    { cells: [cell(0, 'label', FORM_LABELS.goal), cell(1, 'prose', t.goal ?? '', W - 1)] },
    { cells: INDICATOR_FIELDS.map((f, k) => cell(k, 'label', f.title)) },
    {
      cells: [cell(0, 'text', FORM_LABELS.executionWeight, W - 1), cell(W - 1, 'centered', t.executionWeight ?? '')],
    },
  );
  for (const ind of block.indicators) {
    lines.push({
      row: ind,
      cells: INDICATOR_FIELDS.map((f, k) => cell(k, f.short ? 'centered' : 'text', ind.text?.[f.key] ?? '')),
    });
  }
  return { key: head.key, lines };
}

/** Every project's form, in the table's (the draft's) order. */
export function projectForms(table: DerivedTable, departmentName: string): ProjectForm[] {
  const amounts = formAmounts(table);
  return projectBlocks(table).map((b) => projectForm(b, amounts, departmentName));
}
