import { findTableSpec } from '../../domain/tables/definitions';
import type { DerivedRow, DerivedTable } from '../../domain/tables/derived';
import { printedAmount } from '../paper/form-layout';
import { GridBuilder, sideKey, writeNotes, writeTitleLines, type SheetCell, type SheetLayout } from './grid';

/** Columns of a project form: the field labels, then the seven indicator fields below them. */
const WIDTH = 7;

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

/** Is this table printed as one form per project (`print: 'perProject'` in its definition)? */
export function isProjectForms(table: DerivedTable): boolean {
  return findTableSpec(table.id, table.variant)?.print === 'perProject';
}

/**
 * The projects of a text table (T11 rows) as forms one below the other, each on a page of its own
 * (Chongqing 表十 项目绩效目标表):
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
 * A field the draft does not have is printed blank under its label; no internal key is printed.
 */
export function layoutFormSheet(table: DerivedTable, departmentName: string): SheetLayout {
  const rows = table.rows.filter((r) => r.printed);
  const amounts = table.columns.filter((c) => c.printed).slice(0, 2);
  const g = new GridBuilder(WIDTH);
  const { titleRow, next } = writeTitleLines(g, table, departmentName);
  const rowIndex = new Map<string, number>();
  const pageBreaks: number[] = [];
  const bodyTop = next;
  const label = (text: string): SheetCell => ({ kind: 'header', text });
  const text = (value: string | undefined): SheetCell => ({ kind: 'text', text: value ?? '' });
  for (let i = 0; i < rows.length;) {
    const head = rows[i];
    const indicators: DerivedRow[] = [];
    for (i++; i < rows.length && isIndicator(rows[i]); i++) indicators.push(rows[i]);
    // A blank line between two forms, and a new page for each form.
    if (g.rows > bodyTop) pageBreaks.push(g.addRow());
    const t = head.text ?? {};
    let r = g.addRow();
    rowIndex.set(sideKey(head.section, head.key), r);
    g.put(r, 0, label(FORM_LABELS.project));
    g.put(r, 1, text(t.projectName ?? head.name), 1, WIDTH - 1);
    r = g.addRow();
    g.put(r, 0, label(FORM_LABELS.leader));
    g.put(r, 1, text(''), 1, 2);
    g.put(r, 3, label(FORM_LABELS.department));
    g.put(r, 4, text(departmentName), 1, 3);
    r = g.addRow();
    g.put(r, 0, label(FORM_LABELS.unit));
    g.put(r, 1, text(t.unitName), 1, 2);
    g.put(r, 3, label(FORM_LABELS.period));
    g.put(r, 4, text(t.period), 1, 3);
    if (amounts.length > 0) {
      r = g.addRow();
      amounts.forEach((c, k) => {
        const amount = printedAmount(head.values[c.key]);
        g.put(r, k * 3, label(c.title));
        g.put(r, k * 3 + 1, { kind: 'amount', ...(amount ? { amount } : {}) }, 1, k === 0 ? 2 : 3);
      });
      if (amounts.length === 1) g.put(r, 3, text(''), 1, 4);
    }
    r = g.addRow();
    g.put(r, 0, label(FORM_LABELS.goal));
    g.put(r, 1, { kind: 'prose', text: t.goal ?? '' }, 1, WIDTH - 1);
    r = g.addRow();
    INDICATOR_FIELDS.forEach((f, k) => g.put(r, k, label(f.title)));
    r = g.addRow();
    g.put(r, 0, { kind: 'text', text: FORM_LABELS.executionWeight }, 1, WIDTH - 1);
    g.put(r, WIDTH - 1, { kind: 'centered', text: t.executionWeight ?? '' });
    for (const ind of indicators) {
      r = g.addRow();
      rowIndex.set(sideKey(ind.section, ind.key), r);
      INDICATOR_FIELDS.forEach((f, k) =>
        g.put(r, k, { kind: f.short ? 'centered' : 'text', text: ind.text?.[f.key] ?? '' }),
      );
    }
  }
  const bodyBottom = Math.max(bodyTop, g.rows - 1);
  writeNotes(g, table.notes);
  return {
    width: WIDTH,
    columnKinds: ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
    cells: g.cells,
    merges: g.merges,
    mergeAt: g.mergeAt,
    titleRow,
    // No header repeats: each form carries its own labels. The 编制单位 line heads every page.
    headerTop: bodyTop - 1,
    headerBottom: bodyTop - 1,
    bodyTop,
    bodyBottom,
    rowIndex,
    columnIndex: new Map(),
    labelIndex: new Map(),
    pageBreaks,
  };
}

/** An indicator row of a text table (`project:<code>/ind:<n>`), as opposed to its project's row. */
function isIndicator(row: DerivedRow): boolean {
  return row.key.includes('/ind:');
}
