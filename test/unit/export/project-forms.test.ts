import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { FORM_LABELS, INDICATOR_FIELDS } from '../../../src-core/export/xlsx/form-sheet';
import { COVER_SHEET_NAME, MIXED_UNITS_LINE } from '../../../src-core/export/xlsx/cover-sheet';
import { zhoushanDraft } from '../fixture-resources';
import { exportDraft, textOf } from './workbook-helpers';
import type ExcelJS from 'exceljs';

/** The 舟山 draft with indicators on two projects and a 预算执行率 weight on the first. */
function draftWithIndicators(): Draft {
  const draft = zhoushanDraft();
  const ind = (level3: string, value: string, unit: string, weight: number) => ({
    level1: '产出指标',
    level2: '数量指标',
    level3,
    op: '≥',
    value,
    unit,
    weight,
  });
  return {
    ...draft,
    projects: draft.projects.map((p, i) =>
      i === 0
        ? {
            ...p,
            executionWeight: 10,
            indicators: [ind('开展培训次数', '4', '次', 20), ind('公文办理准确率', '98', '%', 70)],
          }
        : i === 1
          ? { ...p, indicators: [ind('按时完成率', '100', '%', 90)] }
          : p,
    ),
  };
}

/** Every non-empty text of a sheet, row by row (merged cells once). */
function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const texts: string[] = [];
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const t = typeof cell.value === 'number' ? String(cell.value) : textOf(cell);
      if (t !== '') texts.push(t);
    });
    rows.push(texts);
  });
  return rows;
}

describe('Chongqing 表十 项目绩效目标表: one form per project', async () => {
  const draft = draftWithIndicators();
  const ex = await exportDraft(draft, 'chongqing');
  const plan = ex.plans.find((p) => p.table.id === 'T11')!;
  const ws = ex.workbook.getWorksheet(plan.name)!;
  const rows = sheetRows(ws);

  it('prints a form for each project of the draft, in draft order, each on a page of its own', () => {
    const names = rows.filter((r) => r[0] === FORM_LABELS.project).map((r) => r[1]);
    expect(names).toEqual(draft.projects.map((p) => p.name));
    const breaks = plan.layout.pageBreaks!;
    expect(breaks).toHaveLength(draft.projects.length - 1);
    // Each page ends on the blank line above a form: the next line is that form's 项目名称.
    for (const r of breaks) expect(textOf(ws.getCell(r + 2, 1))).toBe(FORM_LABELS.project);
  });

  it('fills 主管部门, 实施单位, amounts, 绩效目标 and 预算执行率权重 from the draft', () => {
    const first = rows.findIndex((r) => r[0] === FORM_LABELS.project);
    expect(rows[first + 1]).toEqual([FORM_LABELS.leader, FORM_LABELS.department, '舟山市人民政府办公室']);
    expect(rows[first + 2]).toEqual([FORM_LABELS.unit, '舟山市人民政府办公室', FORM_LABELS.period, '2022年1-12月']);
    expect(rows[first + 3]).toEqual(['项目金额', '204', '其中：一般公共预算', '204']);
    expect(rows[first + 4]).toEqual([FORM_LABELS.goal, draft.projects[0].goal]);
    expect(rows[first + 5]).toEqual(INDICATOR_FIELDS.map((f) => f.title));
    expect(rows[first + 6]).toEqual([FORM_LABELS.executionWeight, '10']);
    expect(rows[first + 7]).toEqual(['产出指标', '数量指标', '开展培训次数', '≥', '4', '次', '20']);
    expect(rows[first + 8]).toEqual(['产出指标', '数量指标', '公文办理准确率', '≥', '98', '%', '70']);
  });

  it('prints a field the draft lacks blank under its label, never an internal key', () => {
    // 项目负责人及联系电话 is not in drafts; the third project has no weight and no indicators.
    const third = rows.findIndex((r) => r[0] === FORM_LABELS.project && r[1] === draft.projects[2].name);
    expect(rows[third + 6]).toEqual([FORM_LABELS.executionWeight]);
    const texts = rows.flat();
    for (const key of ['executionWeight', 'period', 'unitName', 'projectName', 'level1', 'goal', 'project:'])
      expect(texts.some((t) => t.includes(key))).toBe(false);
  });

  it('a draft without projects prints the layout’s sentence', async () => {
    const none = await exportDraft(
      { ...draft, projects: [], expenses: draft.expenses.filter((e) => e.kind !== 'project') },
      'chongqing',
    );
    const p = none.plans.find((x) => x.table.id === 'T11')!;
    expect(sheetRows(none.workbook.getWorksheet(p.name)!).flat()).toContain('市府办2022年无项目支出，本表为空表。');
  });
});

describe('the 目录 names each table’s unit when the units differ', () => {
  it('Shanghai: 元, the 三公 table in 万元 — a 金额单位 column', async () => {
    const ex = await exportDraft(zhoushanDraft(), 'shanghai');
    const rows = sheetRows(ex.workbook.getWorksheet(COVER_SHEET_NAME)!);
    expect(rows.flat()).toContain(MIXED_UNITS_LINE);
    const header = rows.find((r) => r.includes('表名'))!;
    expect(header).toContain('金额单位');
    const t07 = ex.tables.find((t) => t.id === 'T07')!;
    const line = (title: string) => rows.find((r) => r.includes(title))!;
    expect(line(t07.title)).toContain('万元');
    for (const t of ex.tables.filter((x) => x.id !== 'T07')) expect(line(t.title)).toContain('元');
  });

  it('one unit for every table: one line, no column', async () => {
    const ex = await exportDraft(zhoushanDraft(), 'zhejiang');
    const rows = sheetRows(ex.workbook.getWorksheet(COVER_SHEET_NAME)!);
    expect(rows.flat()).toContain('金额单位：万元');
    expect(rows.find((r) => r.includes('表名'))).not.toContain('金额单位');
  });
});
