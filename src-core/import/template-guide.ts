import type ExcelJS from 'exceljs';
import type { BudgetUnit } from '../domain/draft/types';
import {
  ALL_SOURCES,
  EXPENSE_KIND_NAMES,
  EXPENSE_KINDS,
  FINAL_SOURCE_NAMES,
  FINAL_SOURCES,
  SOURCE_NAMES,
} from '../domain/draft/vocabulary';
import { UNIT_LABEL, type AmountUnit } from '../domain/money/units';
import type { FieldDef, SheetKind } from './fields';
import type { FinalSheetKind } from './final-fields';
import type { SheetData } from './read-workbook';

/**
 * The 填写说明 sheet of the import templates (预算 and 决算): what each column takes, an example
 * value for each (on this sheet only, so nothing on the data sheets has to be deleted before
 * importing), and the lists the data sheets' drop-downs offer (资金来源 of the template's kind of
 * draft, 支出类型, and the draft's 单位).
 *
 * The importer never takes this sheet for data: no row of it names two columns of a data sheet
 * (classifySheet needs several headers on one row), and no cell is a header the importer knows.
 * Nor is it reported as a sheet left out: its title (A1) marks it (isTemplateGuide).
 */
export const GUIDE_SHEET_NAME = '填写说明';

/** Which template the guide belongs to: its title and the 资金来源 it offers. */
export type GuideStage = 'budget' | 'final';

const STAGES: Record<GuideStage, { title: string; sources: readonly string[] }> = {
  budget: { title: '部门预算数据导入模板 填写说明', sources: ALL_SOURCES.map((s) => SOURCE_NAMES[s]) },
  final: { title: '部门决算数据导入模板 填写说明', sources: FINAL_SOURCES.map((s) => FINAL_SOURCE_NAMES[s]) },
};

/**
 * Whether a sheet of a file is the templates' own 填写说明 (its first cell is one of their titles,
 * whatever the sheet is called): left out of an import without a note, as the template says.
 */
export function isTemplateGuide(sheet: Pick<SheetData, 'rows'>): boolean {
  const first = sheet.rows[0];
  if (!first || first.row !== 1) return false;
  const title = (first.cells[0] ?? '').trim();
  return Object.values(STAGES).some((s) => s.title === title);
}

/** The note on each data sheet's first header cell. */
export const GUIDE_POINTER = '填写前请先阅读“填写说明”工作表：每列填什么、示例和可选值。';

interface ColumnGuide {
  text: string;
  example: string;
  /** The example when the template's amounts are in 万元 (amount columns). */
  exampleWanyuan?: string;
}

const AMOUNT: ColumnGuide = {
  text: '只填数字（可带小数），不带“元”“万元”等文字',
  example: '286000',
  exampleWanyuan: '28.6',
};

/** What each column of each data sheet (预算 and 决算) takes, with an example value. */
const COLUMNS: Record<SheetKind | FinalSheetKind, Record<string, ColumnGuide>> = {
  expenses: {
    unit: { text: '预算单位的编码，须与“单位”表中的一致；只有一个单位时可不填', example: '001001' },
    unitName: { text: '预算单位的名称；与单位编码填其一即可', example: '某某市人民政府办公室' },
    function: { text: '支出功能分类科目编码，填到项级（7位）', example: '2010301' },
    economic: { text: '部门预算支出经济分类科目编码，填到款级（5位）', example: '30101' },
    kind: { text: '从下拉列表中选择', example: EXPENSE_KIND_NAMES.personnel },
    source: { text: '从下拉列表中选择', example: SOURCE_NAMES.gpb },
    carryover: { text: '上年结转结余安排的支出填“是”，否则填“否”或不填', example: '否' },
    project: { text: '项目支出填项目编码，须与“项目”表中的一致', example: '' },
    projectName: { text: '项目名称（与项目编码对应，可不填）', example: '' },
    amount: AMOUNT,
    note: { text: '可不填', example: '' },
  },
  units: {
    code: { text: '预算单位的编码，每个单位一行，编码不重复', example: '001001' },
    name: { text: '预算单位的全称', example: '某某市人民政府办公室' },
    type: { text: '从下拉列表中选择', example: '行政单位' },
  },
  income: {
    unit: { text: '预算单位的编码', example: '001001' },
    source: { text: '从下拉列表中选择', example: SOURCE_NAMES.gpb },
    carryover: { text: '上年结转结余填“是”，本年收入填“否”或不填', example: '否' },
    amount: AMOUNT,
  },
  projects: {
    code: { text: '项目编码，每个项目一行，编码不重复', example: '001001-XM01' },
    unit: { text: '项目所属预算单位的编码', example: '001001' },
    name: { text: '项目名称', example: '信息化运维经费' },
    parent: { text: '所属一级项目的名称（二级项目填写）', example: '' },
    period: { text: '如“2024-2026年”', example: '' },
    goal: { text: '项目的年度总体绩效目标', example: '' },
  },
  finalExpenses: {
    unit: { text: '预算单位的编码，须与“单位”表中的一致；只有一个单位时可不填', example: '001001' },
    unitName: { text: '预算单位的名称；与单位编码填其一即可', example: '某某市人民政府办公室' },
    function: { text: '支出功能分类科目编码，填到项级（7位）', example: '2010301' },
    economic: { text: '部门预算支出经济分类科目编码，填到款级（5位）', example: '30101' },
    kind: { text: '从下拉列表中选择', example: EXPENSE_KIND_NAMES.personnel },
    source: { text: '从下拉列表中选择（决算的收入来源）', example: FINAL_SOURCE_NAMES.gpb },
    project: { text: '项目支出填项目编码，须与“项目”表中的一致', example: '' },
    projectName: { text: '项目名称（与项目编码对应，可不填）', example: '' },
    amount: { ...AMOUNT, text: '本年决算数（实际支出）。' + AMOUNT.text },
    note: { text: '可不填', example: '' },
  },
  finalIncome: {
    unit: { text: '预算单位的编码', example: '001001' },
    source: { text: '从下拉列表中选择', example: FINAL_SOURCE_NAMES.gpb },
    function: { text: '收入对应的支出功能分类科目编码，填到项级（7位）', example: '2010301' },
    amount: { ...AMOUNT, text: '本年收入决算数。' + AMOUNT.text },
  },
  balances: {
    unit: { text: '预算单位的编码', example: '001001' },
    source: { text: '从下拉列表中选择', example: FINAL_SOURCE_NAMES.gpb },
    function: { text: '按功能分类填写时填科目编码（7位），否则不填', example: '' },
    opening: { text: '年初结转和结余，只填数字', example: '12000', exampleWanyuan: '1.2' },
    surplusUsed: { text: '使用非财政拨款结余（含专用结余），没有可不填', example: '' },
    distribution: { text: '结余分配（提取的基金、缴回等），没有可不填', example: '' },
  },
};

/** A list the drop-downs take their values from: its column on the guide sheet. */
interface GuideList {
  title: string;
  column: string;
  values: readonly string[];
}

/** Rows of the lists: a title on row 2, values from row 3. */
const LIST_FIRST_ROW = 3;

/** The lists of a template (单位 only when the draft has units). */
function guideLists(units: readonly Pick<BudgetUnit, 'code' | 'name'>[], stage: GuideStage): Record<string, GuideList> {
  return {
    source: { title: '可选值：资金来源', column: 'G', values: STAGES[stage].sources },
    kind: { title: '可选值：支出类型', column: 'H', values: EXPENSE_KINDS.map((k) => EXPENSE_KIND_NAMES[k]) },
    unit: { title: '本草稿的单位编码', column: 'I', values: units.map((u) => u.code) },
    unitName: { title: '本草稿的单位名称', column: 'J', values: units.map((u) => u.name) },
  };
}

/**
 * The drop-down lists of a data sheet, as data-validation formulas pointing at the guide sheet:
 * field key → formula. 资金来源 and 支出类型 always; 单位编码 / 单位名称 when the draft has units.
 */
export function guideListFormulas(
  units: readonly Pick<BudgetUnit, 'code' | 'name'>[],
  fields: readonly FieldDef[],
  stage: GuideStage = 'budget',
): Record<string, string> {
  const lists = guideLists(units, stage);
  const out: Record<string, string> = {};
  for (const f of fields) {
    const list = lists[f.key];
    if (!list || list.values.length === 0) continue;
    const last = LIST_FIRST_ROW + list.values.length - 1;
    out[f.key] = `'${GUIDE_SHEET_NAME}'!$${list.column}$${LIST_FIRST_ROW}:$${list.column}$${last}`;
  }
  return out;
}

/** General rules, in the order an officer needs them; the first sheet is the one of the lines. */
const RULES = (unit: AmountUnit, sheets: readonly string[]) => [
  '1. 每个工作表第一行是列名，请勿修改、删除或调换列名；数据从第二行起逐行填写，中间不留空行。',
  '2. 红色列名为必填列。下拉列表中的值可直接选择，也可照列表填写文字。',
  `3. 金额单位为${UNIT_LABEL[unit]}，只填数字（可带两位小数），不要带“元”“万元”等文字。`,
  '4. 科目编码、单位编码、项目编码按文本填写，开头的 0 会保留。',
  `5. “${sheets[0]}”每行一笔支出；${sheets
    .slice(1)
    .map((n) => `“${n}”`)
    .join('')}表按需填写，没有可留空。`,
  '6. 本工作表只作说明，不会被导入；下面的“示例”一列只是示范，请勿抄入数据表。',
];

/** Adds the 填写说明 sheet: rules, then per data sheet its columns (必填, 说明, 示例), and the lists. */
export function addGuideSheet(
  wb: ExcelJS.Workbook,
  options: {
    sheets: readonly { kind: SheetKind | FinalSheetKind; name: string; fields: readonly FieldDef[] }[];
    unit: AmountUnit;
    units: readonly Pick<BudgetUnit, 'code' | 'name'>[];
    /** The 预算 template's guide by default. */
    stage?: GuideStage;
  },
): ExcelJS.Worksheet {
  const stage = options.stage ?? 'budget';
  // Each data sheet's first header cell points here (a cell note: the header itself stays as the importer reads it).
  for (const sheet of options.sheets) {
    const first = wb.getWorksheet(sheet.name)?.getCell('A1');
    if (first) first.note = GUIDE_POINTER;
  }
  const ws = wb.addWorksheet(GUIDE_SHEET_NAME, {
    properties: { tabColor: { argb: 'FFC00000' } },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 16 }, { width: 8 }, { width: 54 }, { width: 26 }, { width: 3 }, { width: 3 }];
  const bold = { bold: true };
  ws.getCell('A1').value = STAGES[stage].title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  let r = 2;
  for (const line of RULES(
    options.unit,
    options.sheets.map((sh) => sh.name),
  )) {
    ws.getCell(`A${r}`).value = line;
    r++;
  }
  for (const sheet of options.sheets) {
    r++;
    ws.getCell(`A${r}`).value = `工作表“${sheet.name}”`;
    ws.getCell(`A${r}`).font = bold;
    r++;
    ['列', '必填', '怎么填', '示例（仅作示范）'].forEach((t, i) => {
      const cell = ws.getRow(r).getCell(i + 1);
      cell.value = t;
      cell.font = bold;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
    r++;
    for (const f of sheet.fields) {
      const g = COLUMNS[sheet.kind][f.key];
      const example = options.unit === 'wanyuan' && g?.exampleWanyuan ? g.exampleWanyuan : g?.example;
      const row = ws.getRow(r);
      row.getCell(1).value = f.label;
      row.getCell(2).value = f.required ? '必填' : '选填';
      if (f.required) row.getCell(2).font = { color: { argb: 'FFC00000' } };
      row.getCell(3).value = g?.text ?? '';
      row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
      if (example) {
        row.getCell(4).value = example;
        row.getCell(4).numFmt = '@';
        row.getCell(4).font = { italic: true, color: { argb: 'FF7F7F7F' } };
      }
      r++;
    }
  }
  for (const list of Object.values(guideLists(options.units, stage))) {
    if (list.values.length === 0) continue;
    ws.getColumn(list.column).width = 30;
    const head = ws.getCell(`${list.column}${LIST_FIRST_ROW - 1}`);
    head.value = list.title;
    head.font = bold;
    list.values.forEach((v, i) => {
      const cell = ws.getCell(`${list.column}${LIST_FIRST_ROW + i}`);
      cell.value = v;
      cell.numFmt = '@';
    });
  }
  return ws;
}
