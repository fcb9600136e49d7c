import type { CatalogPair, Scheme } from '../domain/catalog/catalog';
import type { AmountUnit } from '../domain/money/units';
import type { ExpenseLine, Project } from '../domain/draft/types';
import { EXPENSE_KIND_NAMES, isValidSource, SOURCE_SHORT_NAMES, type Source } from '../domain/draft/vocabulary';
import type { MappingProposal } from './mapping';
import type { SheetData } from './read-workbook';
import { dataRows, ProblemList, verticalMergesIn, type RowProblem, type RowView } from './rows';
import {
  cleanCode,
  lostZerosHint,
  parseAmountCell,
  parseCode,
  parseKind,
  parseSource,
  parseYesNo,
  zeroPadded,
} from './values';

/**
 * Row validation of the 支出明细 sheet: each row becomes an expense line or is refused with every
 * reason (第 N 行, column, why) — unknown codes against the year's catalogs, amounts through
 * parseAmountInput, units and projects against the draft and the file, kinds and sources by their
 * Chinese names. Nothing is guessed; identical lines are flagged as warnings.
 */
export interface KnownUnits {
  /** code → name. */
  codes: ReadonlyMap<string, string>;
  /** name → code (for files that give the unit's name only). */
  byName: ReadonlyMap<string, string>;
}

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

export interface ImportedLine {
  row: number;
  line: ExpenseLine;
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
  rowCount: number;
  rejectedRows: number;
}

const SCHEME_NAME: Record<Scheme, string> = { function: '支出功能分类', economic: '部门预算支出经济分类' };
const LEVEL_NEEDED: Record<Scheme, { level: number; name: string; digits: number }> = {
  function: { level: 3, name: '项', digits: 7 },
  economic: { level: 2, name: '款', digits: 5 },
};
const LEVEL_NAMES = ['', '类', '款', '项'];

function checkCode(v: RowView, field: 'function' | 'economic', ctx: ValidateContext): string | null {
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

function checkUnit(v: RowView, ctx: ValidateContext, padded: ReadonlyMap<string, string>): string | null {
  if (v.cellError('unit') || v.cellError('unitName')) return null;
  const code = cleanCode(v.text('unit'));
  const name = v.text('unitName');
  if (code === '') {
    const byName = name !== '' ? ctx.units.byName.get(name) : undefined;
    if (byName) return byName;
    if (name === '' && ctx.defaultUnit) return ctx.defaultUnit;
    v.fail(
      v.has('unit') ? 'unit' : null,
      name !== '' ? `缺少单位编码，且单位名称“${name}”不在单位表中` : '缺少单位编码',
    );
    return null;
  }
  if (ctx.units.codes.has(code)) return code;
  const named = ctx.units.byName.get(code); // a “单位” column holding names
  if (named) return named;
  v.fail(
    'unit',
    `单位“${code}”不在单位表中（请在“单位”工作表或草稿中先列出该单位）${lostZerosHint(code, v.isNumber('unit'), padded.get(code), '单位表')}`,
  );
  return null;
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
  const unitZeros = zeroPadded(ctx.units.codes.keys());
  let projectZeros: Map<string, string> | null = null;
  const mergedAmounts = verticalMergesIn(sheet, mapping.columns.amount, mapping.headerBottom);
  let rejectedRows = 0;

  for (const v of views) {
    const unit = checkUnit(v, ctx, unitZeros);
    const fn = checkCode(v, 'function', ctx);
    const eco = checkCode(v, 'economic', ctx);

    let kind = null;
    if (!v.cellError('kind')) {
      const k = parseKind(v.text('kind'));
      if (k.ok) kind = k.value;
      else v.fail('kind', k.error);
    }

    let source: Source | null = null;
    let carryover: boolean | null = null;
    if (!v.cellError('source') && !v.cellError('carryover')) {
      const s = parseSource(v.text('source'));
      const c = parseYesNo(v.text('carryover'));
      if (!s.ok) v.fail('source', s.error);
      if (!c.ok) v.fail('carryover', c.error);
      if (s.ok && c.ok) {
        const explicit = v.text('carryover') !== '';
        if (s.value.carryover === true && explicit && !c.value) {
          v.fail('carryover', `资金来源“${v.text('source')}”是上年结转资金，“是否上年结转”却填了“否”`);
        } else {
          carryover = s.value.carryover ?? c.value;
          if (isValidSource(s.value.source, carryover)) source = s.value.source;
          else
            v.fail(
              'source',
              `资金来源“${SOURCE_SHORT_NAMES[s.value.source]}”不能用于${carryover ? '上年结转结余' : '本年收入'}`,
            );
        }
      }
    }

    let project: string | null = null;
    if (!v.cellError('project')) {
      const code = cleanCode(v.text('project'));
      if (kind === 'project' && code === '') v.fail(v.has('project') ? 'project' : 'kind', '项目支出必须填写项目编码');
      else if (kind !== null && kind !== 'project' && code !== '') {
        v.fail('project', `支出类型为“${EXPENSE_KIND_NAMES[kind]}”的行不能填写项目编码（只有项目支出对应项目）`);
      } else if (code !== '') {
        const name = v.text('projectName');
        const known = ctx.projects.get(code);
        const pending = newProjects.get(code);
        if (known !== undefined) project = code;
        else if (pending) {
          if (name !== '' && name !== pending.name)
            v.fail('projectName', `项目“${code}”在第 ${pending.row} 行名为“${pending.name}”，此处却为“${name}”`);
          else project = code;
        } else if (name !== '' && unit) {
          newProjects.set(code, { code, unit, name, indicators: [], row: v.row });
          project = code;
        } else {
          projectZeros ??= zeroPadded([...ctx.projects.keys(), ...newProjects.keys()]);
          v.fail(
            'project',
            `项目“${code}”不在项目表中（请在“项目”工作表中列出，或在本行填写项目名称）${lostZerosHint(code, v.isNumber('project'), projectZeros.get(code), '项目表')}`,
          );
        }
      }
    }

    let amount: string | null = null;
    const merged = mergedAmounts.get(v.row);
    if (merged) v.fail('amount', amountMergedMessage(merged));
    else if (!v.cellError('amount')) {
      const a = parseAmountCell(v.text('amount'), ctx.fileUnit, ctx.draftUnit);
      if (a.ok) amount = a.value;
      else v.fail('amount', a.error);
    }
    v.cellError('note');

    if (v.problems.length > 0 || !unit || !fn || !eco || !kind || !source || carryover === null || amount === null) {
      problems.addAll(v.problems);
      rejectedRows += 1;
      continue;
    }
    lines.push({
      row: v.row,
      line: { unit, function: fn, economic: eco, kind, source, carryover, amount, project, note: v.text('note') },
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
  };
}

/** A 金额 cell of a range merged over several rows (rows.ts, verticalMergesIn). */
export function amountMergedMessage(m: { ref: string; rows: number }): string {
  return `金额单元格属于合并单元格 ${m.ref}（跨 ${m.rows} 行），无法确定每一行的金额；请取消合并，在每一行填写各自的金额后再导入`;
}
