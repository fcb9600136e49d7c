import { Decimal } from '../domain/money/decimal';
import type { CatalogPair, Scheme } from '../domain/catalog/catalog';
import type { AmountUnit } from '../domain/money/units';
import type { BudgetUnit, ExpenseLine, Project } from '../domain/draft/types';
import {
  EXPENSE_KIND_NAMES,
  isValidSource,
  SOURCE_SHORT_NAMES,
  type ExpenseKind,
  type Source,
} from '../domain/draft/vocabulary';
import { kindFromCategory, sourceFromNature } from './budget-system-terms';
import type { MappingProposal } from './mapping';
import type { SheetData } from './read-workbook';
import { dataRows, ProblemList, verticalMergesIn, type RowProblem, type RowView } from './rows';
import { newUnitWarning, resolveUnit, type KnownUnits, type NewUnit } from './unit-cell';
import {
  cleanCode,
  lostZerosHint,
  parseAmountCell,
  parseCode,
  parseKind,
  parseYesNo,
  splitCodeName,
  zeroPadded,
} from './values';

export type { KnownUnits };

/**
 * Row validation of the 支出明细 sheet: each row becomes an expense line (in the wide shape, one
 * per non-empty fund cell) or is refused with every reason (第 N 行, column, why) — unknown codes
 * against the year's catalogs, amounts through parseAmountInput, units and projects against the
 * draft and the file, kinds and sources by their Chinese names or the 预算管理一体化系统's
 * 项目类别 / 资金性质 + 资金来源 (budget-system-terms.ts). Nothing is guessed but the 单位类型 of a
 * unit the file names and nobody knows (unit-cell.ts, with a warning); identical lines are
 * flagged as warnings.
 */

export interface ValidateContext {
  catalogs: CatalogPair;
  /** Unit of the amounts in the file, and of the draft they go to. */
  fileUnit: AmountUnit;
  draftUnit: AmountUnit;
  units: KnownUnits;
  /** Known projects: code → unit. */
  projects: ReadonlyMap<string, string>;
  /** Unit for rows that leave 单位编码 empty (single-unit departments). */
  defaultUnit?: string;
  /** Problems and warnings kept with their text (default 1,000; all are counted). */
  maxProblemsKept?: number;
}

export interface ImportedLine<L = ExpenseLine> {
  row: number;
  line: L;
}

export interface ExpenseValidation {
  lines: ImportedLine[];
  /** Rows refused, with every reason (the first `maxProblemsKept`; `problemCount` counts all). */
  problems: RowProblem[];
  problemCount: number;
  /** Things to check that do not refuse a row: duplicates, skipped 合计 rows (capped like problems). */
  warnings: RowProblem[];
  warningCount: number;
  duplicates: { row: number; firstRow: number }[];
  /** Projects named only on expense rows (项目编码 + 项目名称, no 项目 sheet entry). */
  newProjects: Project[];
  /** Units named only on expense rows (“103005 某某中心”, or 单位编码 + 单位名称), not known before. */
  newUnits: BudgetUnit[];
  rowCount: number;
  rejectedRows: number;
}

const SCHEME_NAME: Record<Scheme, string> = { function: '支出功能分类', economic: '部门预算支出经济分类' };
const LEVEL_NEEDED: Record<Scheme, { level: number; name: string; digits: number }> = {
  function: { level: 3, name: '项', digits: 7 },
  economic: { level: 2, name: '款', digits: 5 },
};
const LEVEL_NAMES = ['', '类', '款', '项'];

/** A 功能/经济科目 code of the row checked against the year's catalog, at 项/款 level; null with the reason on the row. */
export function checkCode(
  v: RowView,
  field: 'function' | 'economic',
  ctx: Pick<ValidateContext, 'catalogs'>,
): string | null {
  if (v.cellError(field)) return null;
  const parsed = parseCode(v.text(field));
  if (!parsed.ok) {
    v.fail(field, parsed.error);
    return null;
  }
  const code = parsed.value;
  const catalog = ctx.catalogs[field];
  const need = LEVEL_NEEDED[field];
  const entry = catalog.get(code);
  if (!entry) {
    const padded = code.length < need.digits ? code.padStart(need.digits, '0') : '';
    const hint =
      code.length < need.digits
        ? lostZerosHint(code, v.isNumber(field), catalog.get(padded) ? padded : undefined, '科目表')
        : '';
    v.fail(
      field,
      `编码“${code}”不在 ${ctx.catalogs.year} 年${SCHEME_NAME[field]}科目中，请核对编码或先导入本年度科目表${hint}`,
    );
    return null;
  }
  if (entry.level !== need.level) {
    v.fail(
      field,
      `“${code} ${entry.name}”是${LEVEL_NAMES[entry.level]}级科目，应填到${need.name}级（${need.digits} 位编码）`,
    );
    return null;
  }
  return code;
}

function lineKey(l: ExpenseLine): string {
  return [l.unit, l.function, l.economic, l.kind, l.source, l.carryover ? 1 : 0, l.project ?? ''].join('\u0001');
}

/** Validates the rows of an expense sheet under a mapping. */
export function validateExpenseRows(
  sheet: SheetData,
  mapping: MappingProposal,
  ctx: ValidateContext,
): ExpenseValidation {
  const { views, totals } = dataRows(sheet, mapping);
  const lines: ImportedLine[] = [];
  const problems = new ProblemList(ctx.maxProblemsKept);
  const warnings = new ProblemList(ctx.maxProblemsKept);
  for (const row of totals) warnings.add({ sheet: sheet.name, row, message: '合计行，已跳过（合计由明细自动计算）' });
  const newProjects = new Map<string, Project & { row: number }>();
  const createdUnits = new Map<string, NewUnit>();
  const unitOpts = { defaultUnit: ctx.defaultUnit, padded: zeroPadded(ctx.units.codes.keys()), created: createdUnits };
  const projectZeros: { map: Map<string, string> | null } = { map: null };
  const mergedAmounts = verticalMergesIn(sheet, mapping.columns.amount, mapping.headerBottom);
  const funds = mapping.funds ?? [];
  const mergedFunds = funds.map((f) => verticalMergesIn(sheet, f.column, mapping.headerBottom));
  let assumedCarry = 0;
  let rejectedRows = 0;

  for (const v of views) {
    const unit = resolveUnit(v, ctx.units, unitOpts);
    const fn = checkCode(v, 'function', ctx);
    const eco = checkCode(v, 'economic', ctx);
    const kind = readKind(v);
    const project = readProject(v, kind, unit, ctx, newProjects, projectZeros);
    v.cellError('note');
    v.cellError('govEconomic');

    // The long shape: one source and amount per row; the wide shape: one line per fund cell.
    const parts: { source: Source; carryover: boolean; amount: string }[] = [];
    if (funds.length === 0) {
      const src = readSource(v);
      let amount: string | null = null;
      const merged = mergedAmounts.get(v.row);
      if (merged) v.fail('amount', amountMergedMessage(merged));
      else if (!v.cellError('amount')) {
        const a = parseAmountCell(v.text('amount'), ctx.fileUnit, ctx.draftUnit);
        if (a.ok) amount = a.value;
        else v.fail('amount', a.error);
      }
      if (src && amount !== null) parts.push({ ...src, amount });
    } else {
      let sum = new Decimal(0);
      let bad = false;
      funds.forEach((f, i) => {
        const field = `fund:${f.column}`;
        const merged = mergedFunds[i].get(v.row);
        if (merged) {
          v.fail(field, amountMergedMessage(merged));
          bad = true;
          return;
        }
        if (v.cellError(field)) {
          bad = true;
          return;
        }
        const text = v.text(field);
        if (text === '') return;
        const a = parseAmountCell(text, ctx.fileUnit, ctx.draftUnit);
        if (!a.ok) {
          v.fail(field, a.error);
          bad = true;
          return;
        }
        if (new Decimal(a.value).isZero()) return;
        sum = sum.plus(a.value);
        parts.push({ source: f.source, carryover: f.carryover, amount: a.value });
        if (f.assumed) assumedCarry += 1;
      });
      if (!bad && !v.cellError('amount') && v.text('amount') !== '') {
        const total = parseAmountCell(v.text('amount'), ctx.fileUnit, ctx.draftUnit);
        if (!total.ok) v.fail('amount', total.error);
        else if (!new Decimal(total.value).equals(sum))
          v.fail(
            'amount',
            `预算金额 ${v.text('amount')} 与各资金列之和 ${sum.toFixed()} 不相等（${funds.map((f) => f.header).join('、')}）`,
          );
      }
    }

    if (v.problems.length > 0 || !unit || !fn || !eco || !kind || parts.length === 0) {
      problems.addAll(v.problems);
      rejectedRows += 1;
      continue;
    }
    for (const part of parts)
      lines.push({
        row: v.row,
        line: { unit, function: fn, economic: eco, kind, ...part, project, note: v.text('note') },
      });
  }
  for (const u of createdUnits.values()) warnings.add({ sheet: sheet.name, row: u.row, message: newUnitWarning(u) });
  if (assumedCarry > 0) {
    const col = funds.find((f) => f.assumed)!;
    warnings.add({
      sheet: sheet.name,
      row: mapping.headerRow,
      message: `“${col.header}”列没有注明是哪类资金的结转，已按一般公共预算上年结转导入（${assumedCarry} 行）；如为单位资金等其他结转，请把表头改为“单位资金结转”等后重新导入`,
    });
  }

  const duplicates: { row: number; firstRow: number }[] = [];
  const seen = new Map<string, number>();
  for (const { row, line } of lines) {
    const k = lineKey(line);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, row);
    else {
      duplicates.push({ row, firstRow: first });
      warnings.add({
        sheet: sheet.name,
        row,
        message: `与第 ${first} 行的单位、功能科目、经济科目、支出类型、资金来源、是否结转和项目完全相同，请确认不是重复录入`,
      });
    }
  }
  return {
    lines,
    problems: problems.items,
    problemCount: problems.total,
    warnings: warnings.items,
    warningCount: warnings.total,
    duplicates,
    rejectedRows,
    rowCount: views.length,
    newProjects: [...newProjects.values()].map(({ row: _row, ...p }) => p),
    newUnits: [...createdUnits.values()].map(({ row: _row, ...u }) => u),
  };
}

/**
 * 支出类型: the template's column, or the 预算管理一体化系统's 项目类别 (+ 支出项目类别). The
 * result remembers which: a 人员类/公用经费 line of the system carries a project code that is no
 * 项目支出 (readProject leaves it out).
 */
export function readKind(v: RowView): ExpenseKind | null {
  if (v.cellError('kind') || v.cellError('category') || v.cellError('subCategory')) return null;
  if (v.text('kind') !== '' || !v.has('category')) {
    const k = parseKind(v.text('kind'));
    if (k.ok) return k.value;
    v.fail('kind', k.error);
    return null;
  }
  const k = kindFromCategory(v.text('category'), v.text('subCategory'));
  if (k.ok) return k.value;
  v.fail(k.error.field, k.error.message);
  return null;
}

/** 资金来源 (+ 资金性质, 是否上年结转) → source and carry-over, or null (the reasons are on the row). */
function readSource(v: RowView): { source: Source; carryover: boolean } | null {
  if (v.cellError('source') || v.cellError('fundNature') || v.cellError('carryover')) return null;
  const s = sourceFromNature(v.text('fundNature'), v.text('source'), v.has('source'));
  const c = parseYesNo(v.text('carryover'));
  if (!s.ok) v.fail(s.error.field, s.error.message);
  if (!c.ok) v.fail('carryover', c.error);
  if (!s.ok || !c.ok) return null;
  const explicit = v.text('carryover') !== '';
  if (s.value.carryover === true && explicit && !c.value) {
    v.fail(
      'carryover',
      `资金来源“${v.text('source') || v.text('fundNature')}”是上年结转资金，“是否上年结转”却填了“否”`,
    );
    return null;
  }
  const carryover = s.value.carryover ?? c.value;
  if (isValidSource(s.value.source, carryover)) return { source: s.value.source, carryover };
  v.fail(
    v.has('source') ? 'source' : 'fundNature',
    `资金来源“${SOURCE_SHORT_NAMES[s.value.source]}”不能用于${carryover ? '上年结转结余' : '本年收入'}`,
  );
  return null;
}

/**
 * The row's project: required for 项目支出, refused on other kinds — except where the kind came
 * from the system's 项目类别, whose 人员类 and 公用经费 lines carry a project code of the
 * system's own bookkeeping, left out here. A code with its name in one cell (“P001 某项目”) and a
 * code with a 项目名称 create the project when neither the draft nor the file lists it.
 */
export function readProject(
  v: RowView,
  kind: ExpenseKind | null,
  unit: string | null,
  ctx: Pick<ValidateContext, 'projects'>,
  created: Map<string, Project & { row: number }>,
  zeros: { map: Map<string, string> | null },
): string | null {
  if (v.cellError('project') || v.cellError('projectName')) return null;
  const raw = cleanCode(v.text('project'));
  const fromCategory = v.text('kind') === '' && v.has('category');
  if (fromCategory && kind !== null && kind !== 'project') return null;
  const known = raw !== '' && (ctx.projects.has(raw) || created.has(raw));
  const split = known ? null : splitCodeName(raw);
  const code = split?.code ?? raw;
  const name = v.text('projectName') || (split?.name ?? '');
  if (kind === 'project' && code === '') {
    v.fail(v.has('project') ? 'project' : fromCategory ? 'category' : 'kind', '项目支出必须填写项目编码');
    return null;
  }
  if (kind !== null && kind !== 'project' && code !== '') {
    v.fail('project', `支出类型为“${EXPENSE_KIND_NAMES[kind]}”的行不能填写项目编码（只有项目支出对应项目）`);
    return null;
  }
  if (code === '') return null;
  if (ctx.projects.has(code)) return code;
  const pending = created.get(code);
  if (pending) {
    if (name !== '' && name !== pending.name) {
      v.fail('projectName', `项目“${code}”在第 ${pending.row} 行名为“${pending.name}”，此处却为“${name}”`);
      return null;
    }
    return code;
  }
  if (name !== '' && unit) {
    created.set(code, { code, unit, name, indicators: [], row: v.row });
    return code;
  }
  zeros.map ??= zeroPadded([...ctx.projects.keys(), ...created.keys()]);
  v.fail(
    'project',
    `项目“${code}”不在项目表中（请在“项目”工作表中列出，或在本行填写项目名称）${lostZerosHint(code, v.isNumber('project'), zeros.map.get(code), '项目表')}`,
  );
  return null;
}

/** A 金额 cell of a range merged over several rows (rows.ts, verticalMergesIn). */
export function amountMergedMessage(m: { ref: string; rows: number }): string {
  return `金额单元格属于合并单元格 ${m.ref}（跨 ${m.rows} 行），无法确定每一行的金额；请取消合并，在每一行填写各自的金额后再导入`;
}
