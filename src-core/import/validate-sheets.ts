import type { AmountUnit } from '../domain/money/units';
import type { BudgetUnit, IncomeLine, Project } from '../domain/draft/types';
import { isValidSource, SOURCE_SHORT_NAMES } from '../domain/draft/vocabulary';
import type { AnySheetKind, MappingProposal } from './mapping';
import type { SheetData } from './read-workbook';
import { dataRows, ProblemList, verticalMergesIn, type RowProblem } from './rows';
import { amountMergedMessage, type KnownUnits } from './validate-rows';
import {
  cleanCode,
  lostZerosHint,
  parseAmountCell,
  parseSource,
  parseUnitType,
  parseYesNo,
  zeroPadded,
} from './values';

/**
 * Rows of the template's other sheets: 单位 (预算单位), 收入, 项目. Same rules as the expense rows:
 * each row is a value or refused with its reasons.
 */
export interface SheetResult<T> {
  items: { row: number; value: T }[];
  /** The first `maxProblemsKept` problems; `problemCount` counts all. */
  problems: RowProblem[];
  problemCount: number;
  rowCount: number;
  rejectedRows: number;
}

/** Each data row of a sheet read by `read` (null: refused, with the reasons on the row), cell errors first. */
export function finish<T>(
  sheet: SheetData,
  mapping: MappingProposal<AnySheetKind>,
  read: (v: ReturnType<typeof dataRows>['views'][number]) => T | null,
  keep?: number,
): SheetResult<T> {
  const { views } = dataRows(sheet, mapping);
  const items: { row: number; value: T }[] = [];
  const problems = new ProblemList(keep);
  let rejectedRows = 0;
  for (const v of views) {
    for (const f of Object.keys(mapping.columns)) v.cellError(f);
    const value = v.problems.length === 0 ? read(v) : null;
    if (v.problems.length > 0 || value === null) {
      problems.addAll(v.problems);
      rejectedRows += 1;
    } else items.push({ row: v.row, value });
  }
  return { items, problems: problems.items, problemCount: problems.total, rowCount: views.length, rejectedRows };
}

/** 单位 sheet: 单位编码, 单位名称, 单位类型; codes unique. */
export function validateUnitRows(
  sheet: SheetData,
  mapping: MappingProposal<AnySheetKind>,
  keep?: number,
): SheetResult<BudgetUnit> {
  const seen = new Map<string, number>();
  return finish(
    sheet,
    mapping,
    (v) => {
      const code = cleanCode(v.text('code'));
      const name = v.text('name');
      if (code === '') v.fail('code', '单位编码不能为空');
      else if (seen.has(code)) v.fail('code', `单位编码“${code}”与第 ${seen.get(code)} 行重复`);
      if (name === '') v.fail('name', '单位名称不能为空');
      const type = parseUnitType(v.text('type'));
      if (!type.ok) v.fail('type', type.error);
      if (v.problems.length > 0 || !type.ok) return null;
      seen.set(code, v.row);
      return { code, name, type: type.value };
    },
    keep,
  );
}

/** 收入 sheet: 单位编码, 资金来源, 是否上年结转, 金额. */
export function validateIncomeRows(
  sheet: SheetData,
  mapping: MappingProposal,
  ctx: { units: KnownUnits; fileUnit: AmountUnit; draftUnit: AmountUnit; keep?: number },
): SheetResult<IncomeLine> {
  const unitZeros = zeroPadded(ctx.units.codes.keys());
  const mergedAmounts = verticalMergesIn(sheet, mapping.columns.amount, mapping.headerBottom);
  return finish(
    sheet,
    mapping,
    (v) => {
      let unit = cleanCode(v.text('unit'));
      if (unit === '') v.fail('unit', '缺少单位编码');
      else if (!ctx.units.codes.has(unit)) {
        const named = ctx.units.byName.get(unit);
        if (named) unit = named;
        else
          v.fail(
            'unit',
            `单位“${unit}”不在单位表中${lostZerosHint(unit, v.isNumber('unit'), unitZeros.get(unit), '单位表')}`,
          );
      }
      const s = parseSource(v.text('source'));
      const c = parseYesNo(v.text('carryover'));
      if (!s.ok) v.fail('source', s.error);
      if (!c.ok) v.fail('carryover', c.error);
      let carryover = false;
      if (s.ok && c.ok) {
        carryover = s.value.carryover ?? c.value;
        if (!isValidSource(s.value.source, carryover)) {
          v.fail(
            'source',
            `资金来源“${SOURCE_SHORT_NAMES[s.value.source]}”不能用于${carryover ? '上年结转结余' : '本年收入'}`,
          );
        }
      }
      const merged = mergedAmounts.get(v.row);
      const a = parseAmountCell(v.text('amount'), ctx.fileUnit, ctx.draftUnit);
      if (merged) v.fail('amount', amountMergedMessage(merged));
      else if (!a.ok) v.fail('amount', a.error);
      if (v.problems.length > 0 || !s.ok || !a.ok) return null;
      return { unit, source: s.value.source, carryover, amount: a.value };
    },
    ctx.keep,
  );
}

/** 项目 sheet: 项目编码, 单位编码, 项目名称, 一级项目, 实施期, 总体目标; codes unique. */
export function validateProjectRows(
  sheet: SheetData,
  mapping: MappingProposal<AnySheetKind>,
  ctx: { units: KnownUnits; keep?: number },
): SheetResult<Project> {
  const seen = new Map<string, number>();
  const unitZeros = zeroPadded(ctx.units.codes.keys());
  return finish(
    sheet,
    mapping,
    (v) => {
      const code = cleanCode(v.text('code'));
      const unit = cleanCode(v.text('unit'));
      const name = v.text('name');
      if (code === '') v.fail('code', '项目编码不能为空');
      else if (seen.has(code)) v.fail('code', `项目编码“${code}”与第 ${seen.get(code)} 行重复`);
      if (unit === '') v.fail('unit', '缺少单位编码');
      else if (!ctx.units.codes.has(unit))
        v.fail(
          'unit',
          `单位“${unit}”不在单位表中${lostZerosHint(unit, v.isNumber('unit'), unitZeros.get(unit), '单位表')}`,
        );
      if (name === '') v.fail('name', '项目名称不能为空');
      if (v.problems.length > 0) return null;
      seen.set(code, v.row);
      return {
        code,
        unit,
        name,
        parent: v.text('parent'),
        category: '',
        period: v.text('period'),
        basis: '',
        goal: v.text('goal'),
        executionWeight: null,
        indicators: [],
      };
    },
    ctx.keep,
  );
}
