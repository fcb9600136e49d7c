import type { BalanceLine, BudgetUnit, FinalExpenseLine, FinalIncomeLine, Project } from '../domain/draft/types';
import { FISCAL_SOURCES, FINAL_SOURCE_NAMES, type FinalSource } from '../domain/draft/vocabulary';
import { Decimal } from '../domain/money/decimal';
import type { AmountUnit } from '../domain/money/units';
import { parseFinalSource } from './final-values';
import type { MappingProposal } from './mapping';
import type { SheetData } from './read-workbook';
import { dataRows, ProblemList, verticalMergesIn, type RowProblem, type RowView } from './rows';
import { newUnitWarning, resolveUnit, type NewUnit } from './unit-cell';
import {
  amountMergedMessage,
  checkCode,
  readKind,
  readProject,
  type ImportedLine,
  type ValidateContext,
} from './validate-rows';
import { finish, type SheetResult } from './validate-sheets';
import { parseAmountCell, zeroPadded } from './values';

/**
 * Row validation of the 决算 sheets (final-fields.ts): 支出决算明细 lines, 收入决算 by function,
 * 结转结余. The pieces are the 预算 import's (units, codes against the year's catalogs, 支出类型,
 * projects, amounts), the sources are the 决算's (final-values.ts). Each row becomes a line or is
 * refused with every reason (sheet, 第 N 行, column, why).
 */

/** Units the file names that nobody knew, shared by the sheets of one file (unit-cell.ts). */
export interface UnitLookup {
  ctx: ValidateContext;
  created: Map<string, NewUnit>;
  padded: ReadonlyMap<string, string>;
}

export function unitLookup(ctx: ValidateContext): UnitLookup {
  return { ctx, created: new Map(), padded: zeroPadded(ctx.units.codes.keys()) };
}

const unitOf = (v: RowView, u: UnitLookup) =>
  resolveUnit(v, u.ctx.units, { defaultUnit: u.ctx.defaultUnit, padded: u.padded, created: u.created });

function readSource(v: RowView): FinalSource | null {
  if (v.cellError('source')) return null;
  const s = parseFinalSource(v.text('source'));
  if (s.ok) return s.value;
  v.fail('source', s.error);
  return null;
}

/** An amount field of the row in the draft's unit ('' when empty and `optional`); null with the reason on the row. */
function readAmount(
  v: RowView,
  field: string,
  merged: ReadonlyMap<number, { ref: string; rows: number }>,
  units: { fileUnit: AmountUnit; draftUnit: AmountUnit },
  optional = false,
): string | null {
  const m = merged.get(v.row);
  if (m) {
    v.fail(field, amountMergedMessage(m));
    return null;
  }
  if (v.cellError(field)) return null;
  if (optional && v.text(field) === '') return '';
  const a = parseAmountCell(v.text(field), units.fileUnit, units.draftUnit);
  if (a.ok) return a.value;
  v.fail(field, a.error);
  return null;
}

export interface FinalExpenseValidation {
  lines: ImportedLine<FinalExpenseLine>[];
  problems: RowProblem[];
  problemCount: number;
  warnings: RowProblem[];
  warningCount: number;
  newProjects: Project[];
  rowCount: number;
  rejectedRows: number;
}

/** The 支出决算明细 sheet: one 决算 line per row. */
export function validateFinalExpenseRows(
  sheet: SheetData,
  mapping: MappingProposal<'finalExpenses'>,
  units: UnitLookup,
): FinalExpenseValidation {
  const { ctx } = units;
  const { views, totals } = dataRows(sheet, mapping);
  const problems = new ProblemList(ctx.maxProblemsKept);
  const warnings = new ProblemList(ctx.maxProblemsKept);
  for (const row of totals) warnings.add({ sheet: sheet.name, row, message: '合计行，已跳过（合计由明细自动计算）' });
  const merged = verticalMergesIn(sheet, mapping.columns.amount, mapping.headerBottom);
  const newProjects = new Map<string, Project & { row: number }>();
  const projectZeros: { map: Map<string, string> | null } = { map: null };
  const lines: ImportedLine<FinalExpenseLine>[] = [];
  const seen = new Map<string, number>();
  let rejectedRows = 0;
  for (const v of views) {
    const unit = unitOf(v, units);
    const fn = checkCode(v, 'function', ctx);
    const economic = checkCode(v, 'economic', ctx);
    const kind = readKind(v);
    const project = readProject(v, kind, unit, ctx, newProjects, projectZeros);
    const source = readSource(v);
    const amount = readAmount(v, 'amount', merged, ctx);
    v.cellError('note');
    if (v.problems.length > 0 || !unit || !fn || !economic || !kind || !source || amount === null) {
      problems.addAll(v.problems);
      rejectedRows += 1;
      continue;
    }
    const line: FinalExpenseLine = { unit, function: fn, economic, kind, source, amount, project };
    const note = v.text('note');
    if (note !== '') line.note = note;
    lines.push({ row: v.row, line });
    const key = [unit, fn, economic, kind, source, project ?? ''].join('\u0001');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, v.row);
    else
      warnings.add({
        sheet: sheet.name,
        row: v.row,
        message: `与第 ${first} 行的单位、功能科目、经济科目、支出类型、资金来源和项目完全相同，请确认不是重复录入`,
      });
  }
  return {
    lines,
    problems: problems.items,
    problemCount: problems.total,
    warnings: warnings.items,
    warningCount: warnings.total,
    newProjects: [...newProjects.values()].map(({ row: _row, ...p }) => p),
    rowCount: views.length,
    rejectedRows,
  };
}

/** The 收入决算 sheet: 本年收入 by unit, source and function 项 (公开02表). */
export function validateFinalIncomeRows(
  sheet: SheetData,
  mapping: MappingProposal<'finalIncome'>,
  units: UnitLookup,
): SheetResult<FinalIncomeLine> {
  const merged = verticalMergesIn(sheet, mapping.columns.amount, mapping.headerBottom);
  return finish(
    sheet,
    mapping,
    (v) => {
      const unit = unitOf(v, units);
      const source = readSource(v);
      const fn = checkCode(v, 'function', units.ctx);
      const amount = readAmount(v, 'amount', merged, units.ctx);
      if (v.problems.length > 0 || !unit || !source || !fn || amount === null) return null;
      return { unit, source, function: fn, amount };
    },
    units.ctx.maxProblemsKept,
  );
}

const FISCAL = new Set<string>(FISCAL_SOURCES);

/**
 * The 结转结余 sheet: 年初结转和结余 (required), 使用非财政拨款结余 and 结余分配 by unit × source
 * (× function 项, required for 政府性基金: 公开07表 is by function). The last two are by their names
 * not 财政拨款, and refused on a 财政拨款 source. A unit × source × function given twice is refused.
 */
export function validateBalanceRows(
  sheet: SheetData,
  mapping: MappingProposal<'balances'>,
  units: UnitLookup,
): SheetResult<BalanceLine> {
  const col = (f: string) => verticalMergesIn(sheet, mapping.columns[f], mapping.headerBottom);
  const merged = { opening: col('opening'), surplusUsed: col('surplusUsed'), distribution: col('distribution') };
  const seen = new Map<string, number>();
  return finish(
    sheet,
    mapping,
    (v) => {
      const unit = unitOf(v, units);
      const source = readSource(v);
      let fn: string | null = '';
      if (v.text('function') !== '') fn = checkCode(v, 'function', units.ctx);
      else if (source === 'gf')
        v.fail(
          v.has('function') ? 'function' : null,
          '政府性基金预算财政拨款的结转结余须填写功能科目编码（公开07表按功能分类列示）',
        );
      const opening = readAmount(v, 'opening', merged.opening, units.ctx);
      const surplusUsed = readAmount(v, 'surplusUsed', merged.surplusUsed, units.ctx, true);
      const distribution = readAmount(v, 'distribution', merged.distribution, units.ctx, true);
      if (source && FISCAL.has(source)) {
        for (const [field, value, name] of [
          ['surplusUsed', surplusUsed, '使用非财政拨款结余'],
          ['distribution', distribution, '结余分配'],
        ] as const)
          if (value && !new Decimal(value).isZero())
            v.fail(field, `${name}不能用于财政拨款（${FINAL_SOURCE_NAMES[source]}），请删去或改填其他资金来源`);
      }
      if (v.problems.length > 0 || !unit || !source || fn === null || opening === null) return null;
      const key = `${unit}|${source}|${fn}`;
      const first = seen.get(key);
      if (first !== undefined) {
        v.fail(null, `与第 ${first} 行的单位、资金来源${fn ? '和功能科目' : ''}相同：同一来源的结转结余只填一行`);
        return null;
      }
      seen.set(key, v.row);
      const line: BalanceLine = { unit, source, opening };
      if (fn) line.function = fn;
      if (surplusUsed) line.surplusUsed = surplusUsed;
      if (distribution) line.distribution = distribution;
      return line;
    },
    units.ctx.maxProblemsKept,
  );
}

/** The units a sheet created (those not in `before`), with the warning naming each. */
export function createdUnits(
  units: UnitLookup,
  sheet: string,
  before: ReadonlySet<string>,
): { units: BudgetUnit[]; warnings: RowProblem[] } {
  const list = [...units.created.values()].filter((u) => !before.has(u.code));
  return {
    units: list.map(({ row: _row, ...u }) => u),
    warnings: list.map((u) => ({ sheet, row: u.row, message: newUnitWarning(u) })),
  };
}
