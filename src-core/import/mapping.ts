import { normalizeFullWidth } from '../domain/money/parse-input';
import type { AmountUnit } from '../domain/money/units';
import type { SheetData } from './read-workbook';

/**
 * Column mapping: which column of a sheet holds which field. Headers are recognised by the
 * template's names and the synonyms budget systems and officers use (预算一体化系统, 财政局模板…);
 * the proposal lists what it could not place, and a user mapping overrides it for files that do
 * not follow the template.
 */
export type SheetKind = 'expenses' | 'units' | 'income' | 'projects';

export interface FieldDef {
  key: string;
  /** Template header (导入模板列名). */
  label: string;
  required: boolean;
  /** Normalized synonyms (see normalizeHeader). */
  synonyms: string[];
}

const fd = (key: string, label: string, required: boolean, synonyms: string[] = []): FieldDef => ({
  key,
  label,
  required,
  synonyms: [label, ...synonyms].map((s) => normalizeHeader(s).name),
});

const UNIT_SYN = ['单位代码', '预算单位编码', '预算单位代码', '单位', '预算单位', '单位编号'];
const UNIT_NAME_SYN = ['预算单位名称', '单位全称'];
const SOURCE_SYN = ['资金性质', '收入来源', '资金来源名称', '经费来源', '资金类型'];
const CARRY_SYN = ['上年结转', '是否结转', '是否上年结转结余', '结转'];
const AMOUNT_SYN = ['预算数', '合计', '金额合计', '预算金额', '本年预算数', '预算数合计', '总计', '数额'];

export const SHEET_FIELDS: Record<SheetKind, FieldDef[]> = {
  expenses: [
    fd('unit', '单位编码', false, UNIT_SYN),
    fd('unitName', '单位名称', false, UNIT_NAME_SYN),
    fd('function', '功能科目编码', true, [
      '功能分类',
      '功能科目',
      '支出功能分类科目编码',
      '支出功能分类',
      '支出功能分类科目',
      '功能分类科目编码',
      '功能分类编码',
      '功能科目代码',
      '功能分类科目',
      '功能分类代码',
    ]),
    fd('economic', '经济科目编码', true, [
      '经济分类',
      '经济科目',
      '部门预算支出经济分类',
      '部门预算支出经济分类科目编码',
      '部门经济分类',
      '经济分类编码',
      '经济分类科目编码',
      '经济科目代码',
      '经济分类科目',
      '部门预算支出经济分类科目',
      '经济分类代码',
    ]),
    fd('kind', '支出类型', true, ['支出类别', '经费类型', '支出性质', '经费类别']),
    fd('source', '资金来源', true, SOURCE_SYN),
    fd('carryover', '是否上年结转', false, CARRY_SYN),
    fd('project', '项目编码', false, ['项目代码', '项目编号']),
    fd('projectName', '项目名称', false, []),
    fd('amount', '金额', true, AMOUNT_SYN),
    fd('note', '备注', false, ['说明']),
  ],
  units: [
    fd('code', '单位编码', true, UNIT_SYN),
    fd('name', '单位名称', true, UNIT_NAME_SYN),
    fd('type', '单位类型', true, ['单位性质', '单位类别']),
  ],
  income: [
    fd('unit', '单位编码', true, UNIT_SYN),
    fd('source', '资金来源', true, SOURCE_SYN),
    fd('carryover', '是否上年结转', false, CARRY_SYN),
    fd('amount', '金额', true, AMOUNT_SYN),
  ],
  projects: [
    fd('code', '项目编码', true, ['项目代码', '项目编号']),
    fd('unit', '单位编码', true, UNIT_SYN),
    fd('name', '项目名称', true, []),
    fd('parent', '一级项目', false, ['一级项目名称', '所属一级项目']),
    fd('period', '实施期', false, ['项目实施期', '实施周期', '项目期限']),
    fd('goal', '总体目标', false, ['年度目标', '项目总体目标', '绩效目标', '年度绩效目标']),
  ],
};

/** Sheet names of the template, and the names of other files' sheets that say the same. */
export const SHEET_NAMES: Record<SheetKind, string[]> = {
  expenses: ['支出明细', '支出', '支出预算', '支出明细表', '基本支出及项目支出'],
  units: ['单位', '单位表', '预算单位'],
  income: ['收入', '收入表', '收入预算'],
  projects: ['项目', '项目表', '项目库'],
};

/**
 * A header without decoration: full-width → half-width, no spaces, no required-field marks
 * (*), no trailing colon, and a unit annotation taken off: “金额（万元）” → 金额 + wanyuan.
 */
export function normalizeHeader(text: string): { name: string; unit?: AmountUnit } {
  let s = normalizeFullWidth(text)
    .replace(/\s+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/[:：]$/, '');
  let unit: AmountUnit | undefined;
  const m = /[([【]?(?:单位[:：]?)?(万元|元)[)\]】]?$/.exec(s);
  if (m && m.index > 0) {
    unit = m[1] === '万元' ? 'wanyuan' : 'yuan';
    s = s.slice(0, m.index);
  }
  return { name: s.toLowerCase(), unit };
}

/** column index (0-based) per field key. */
export type ColumnMap = Record<string, number>;

export interface MappingProposal {
  kind: SheetKind;
  /** 1-based Excel row of the (first) header row; data starts after `headerBottom`. */
  headerRow: number;
  headerBottom: number;
  /** Header text per column as shown to the user (levels of a merged header joined by “/”). */
  headers: string[];
  columns: ColumnMap;
  /** Columns no field claimed (shown so the officer can map them). */
  unmapped: { column: number; header: string }[];
  /** Required fields without a column. */
  missing: FieldDef[];
  /** Unit the amount header states (“金额（万元）”), if any. */
  amountUnit?: AmountUnit;
  /**
   * A merged range that starts in the header and runs into the data rows (“A1:A4”): the rows it
   * covers are neither header nor data as the file stands, so the sheet is refused, naming it.
   */
  mergeIntoData?: { ref: string; headerBottom: number; bottom: number };
}

function matchField(fields: readonly FieldDef[], name: string): FieldDef | undefined {
  return fields.find((f) => f.synonyms.includes(name));
}

/** How many cells of a row are recognised headers of `kind`. */
function score(cells: readonly string[], fields: readonly FieldDef[]): number {
  const seen = new Set<string>();
  for (const c of cells) {
    const f = matchField(fields, normalizeHeader(c).name);
    if (f) seen.add(f.key);
  }
  return seen.size;
}

/** The header row: among the first rows, the one with most recognised names (at least two). */
export function findHeaderRow(sheet: SheetData, kind: SheetKind, scan = 15): { index: number; score: number } | null {
  let best: { index: number; score: number } | null = null;
  const fields = SHEET_FIELDS[kind];
  sheet.rows.slice(0, scan).forEach((r, index) => {
    const s = score(r.cells, fields);
    if (s >= 2 && (!best || s > best.score)) best = { index, score: s };
  });
  return best;
}

/**
 * Proposes a mapping for the sheet: finds the header row (with the rows a merged header spans
 * below it), reads each column's header levels, and assigns each field the first column whose
 * header (all levels joined, the lowest level, or the top level) is one of its names.
 */
export function proposeMapping(sheet: SheetData, kind: SheetKind): MappingProposal | null {
  const found = findHeaderRow(sheet, kind);
  if (!found) return null;
  const top = sheet.rows[found.index];
  const block = headerBlock(sheet, found.index);
  const bottom = block.bottom;
  const headerRows: SheetData['rows'] = [];
  let width = 0;
  for (let i = found.index; i < sheet.rows.length && sheet.rows[i].row <= bottom; i++) {
    headerRows.push(sheet.rows[i]);
    if (sheet.rows[i].cells.length > width) width = sheet.rows[i].cells.length;
  }
  const fields = SHEET_FIELDS[kind];
  const columns: ColumnMap = {};
  const headers: string[] = [];
  const unmapped: { column: number; header: string }[] = [];
  let amountUnit: AmountUnit | undefined;
  for (let c = 0; c < width; c++) {
    const levels: string[] = [];
    for (const r of headerRows) {
      const t = (r.cells[c] ?? '').trim();
      if (t !== '' && levels[levels.length - 1] !== t) levels.push(t);
    }
    headers.push(levels.join('/'));
    if (levels.length === 0) continue;
    const candidates = [levels.join(''), levels[levels.length - 1], levels[0]];
    let placed = false;
    for (const cand of candidates) {
      const norm = normalizeHeader(cand);
      const f = matchField(fields, norm.name);
      if (!f) continue;
      if (columns[f.key] !== undefined) break; // a second amount column (一般公共预算 under 金额…) stays unmapped
      columns[f.key] = c;
      if (f.key === 'amount') amountUnit = levels.map((l) => normalizeHeader(l).unit).find((u) => u !== undefined);
      placed = true;
      break;
    }
    if (!placed) unmapped.push({ column: c, header: levels.join('/') });
  }
  return {
    kind,
    headerRow: top.row,
    headerBottom: bottom,
    headers,
    columns,
    unmapped,
    missing: fields.filter((f) => f.required && columns[f.key] === undefined),
    amountUnit,
    ...(block.into ? { mergeIntoData: block.into } : {}),
  };
}

/** A whole number or amount as a data row holds it (2010301, 1000, 1,234.50, -3). */
const DATA_VALUE = /^[-+]?[\d,]*\.?\d+$/;

/**
 * The rows of the header: the header row, and below it the rows a merged header cell spans (a
 * two-level header: “支出功能分类” over “科目编码 / 科目名称”). A row inside that span holding a
 * number of its own (a code, an amount) is a data row: the header ends above it, and the merged
 * range that reaches it runs from the header into the data (`into`). A cell filled from the
 * merged cell above repeats that cell's text (xlsx-sheet.ts, fillMerges), which is how the row's
 * own cells are told from it. At most 50 rows are looked at: no real header is taller.
 */
function headerBlock(
  sheet: SheetData,
  index: number,
): { bottom: number; into?: { ref: string; headerBottom: number; bottom: number } } {
  const top = sheet.rows[index].row;
  let spans = top;
  for (const m of sheet.merges) if (m.top === top && m.bottom > spans) spans = m.bottom;
  if (spans === top) return { bottom: top };
  let bottom = spans;
  let prev = sheet.rows[index];
  for (let i = index + 1, n = 0; i < sheet.rows.length && sheet.rows[i].row <= spans; i++, n++) {
    const r = sheet.rows[i];
    const data =
      n >= 50 ||
      r.cells.some((c, col) => {
        const t = c.trim();
        return t !== '' && DATA_VALUE.test(t) && (prev.cells[col] ?? '').trim() !== t;
      });
    if (data) {
      bottom = prev.row;
      break;
    }
    prev = r;
  }
  if (bottom === spans) return { bottom };
  // The range that runs from the header into the data: the widest-reaching one that starts in the header.
  let into: { ref: string; headerBottom: number; bottom: number } | undefined;
  for (const m of sheet.merges) {
    if (m.top < top || m.top > bottom || m.bottom <= bottom) continue;
    if (!into || m.bottom > into.bottom) into = { ref: rangeRef(m), headerBottom: bottom, bottom: m.bottom };
  }
  return { bottom, into };
}

/** A1:B2 */
export function rangeRef(m: { top: number; left: number; bottom: number; right: number }): string {
  return `${columnLetter(m.left - 1)}${m.top}:${columnLetter(m.right - 1)}${m.bottom}`;
}

/**
 * Applies the officer's choices over a proposal: `field → column` (null un-maps the field).
 * A column given to a field is taken from any other field.
 */
export function applyUserMapping(
  p: MappingProposal,
  user: Record<string, number | null>,
  amountUnit?: AmountUnit,
): MappingProposal {
  const columns: ColumnMap = { ...p.columns };
  for (const [key, col] of Object.entries(user)) {
    if (col === null) {
      delete columns[key];
      continue;
    }
    for (const [k, c] of Object.entries(columns)) if (c === col) delete columns[k];
    columns[key] = col;
  }
  const used = new Set(Object.values(columns));
  const fields = SHEET_FIELDS[p.kind];
  return {
    ...p,
    columns,
    unmapped: p.headers
      .map((header, column) => ({ column, header }))
      .filter((u) => u.header !== '' && !used.has(u.column)),
    missing: fields.filter((f) => f.required && columns[f.key] === undefined),
    amountUnit: amountUnit ?? p.amountUnit,
  };
}

/** Which kind of data a sheet holds: by its name, else by its headers. */
export function classifySheet(sheet: SheetData): SheetKind | null {
  const name = normalizeHeader(sheet.name).name;
  for (const kind of Object.keys(SHEET_NAMES) as SheetKind[]) {
    if (SHEET_NAMES[kind].includes(name)) return kind;
  }
  let best: { kind: SheetKind; score: number } | null = null;
  for (const kind of ['expenses', 'projects', 'income', 'units'] as SheetKind[]) {
    const found = findHeaderRow(sheet, kind);
    const required = SHEET_FIELDS[kind].filter((f) => f.required).length;
    // A sheet is taken for a kind when its headers name most of that kind's required fields.
    if (found && found.score >= Math.min(required, 3) && (!best || found.score > best.score))
      best = { kind, score: found.score };
  }
  return best?.kind ?? null;
}

/** Excel column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
