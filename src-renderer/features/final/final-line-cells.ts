import type { BudgetUnit, FinalLinesByStream, Project } from '../../../src-core/domain/draft/types';
import {
  EXPENSE_KIND_NAMES,
  EXPENSE_KINDS,
  FINAL_SOURCE_NAMES,
  FINAL_SOURCES,
  PROCUREMENT_KIND_NAMES,
  PROCUREMENT_KINDS,
} from '../../../src-core/domain/draft/vocabulary';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import { err, ok, type Result } from '../../../src-core/domain/result';
import { readAmount } from '../sections/amounts';
import type { RecordColumn, RecordOption } from '../sections/RecordTable';
import { unitOptions } from '../sections/unit-options';

/** Where the choices of a line's closed-vocabulary cells come from. */
export interface LineChoices {
  units: readonly BudgetUnit[];
  projects: readonly Project[];
}

const sourceOptions: RecordOption[] = FINAL_SOURCES.map((s) => ({ value: s, label: FINAL_SOURCE_NAMES[s] }));
const kindOptions: RecordOption[] = EXPENSE_KINDS.map((k) => ({ value: k, label: EXPENSE_KIND_NAMES[k] }));
const procurementOptions: RecordOption[] = PROCUREMENT_KINDS.map((k) => ({
  value: k,
  label: PROCUREMENT_KIND_NAMES[k],
}));

/** The editable columns of each stream of 决算 lines (no carry-over column: see final-accounts.md). */
export function lineColumns(stream: FinalLineStream, c: LineChoices): RecordColumn[] {
  const unit: RecordColumn = { key: 'unit', label: '单位', width: 170, kind: 'select', options: unitOptions(c.units) };
  const source: RecordColumn = { key: 'source', label: '资金来源', width: 150, kind: 'select', options: sourceOptions };
  const fn: RecordColumn = { key: 'function', label: '功能分类科目', width: 210 };
  switch (stream) {
    case 'expense':
      return [
        unit,
        fn,
        { key: 'economic', label: '经济分类科目', width: 170 },
        { key: 'kind', label: '支出类型', width: 100, kind: 'select', options: kindOptions },
        source,
        {
          key: 'project',
          label: '项目',
          width: 140,
          kind: 'select',
          options: [{ value: '', label: '（无）' }, ...c.projects.map((p) => ({ value: p.code, label: p.name }))],
        },
        { key: 'amount', label: '决算数', kind: 'amount', width: 130 },
      ];
    case 'income':
      return [unit, source, fn, { key: 'amount', label: '本年收入', kind: 'amount', width: 150 }];
    case 'balance':
      return [
        unit,
        source,
        { ...fn, label: '功能分类（政府性基金填）' },
        { key: 'opening', label: '年初结转和结余', kind: 'amount', width: 140 },
        { key: 'surplusUsed', label: '使用非财政拨款结余', kind: 'amount', width: 150 },
        { key: 'distribution', label: '结余分配', kind: 'amount', width: 120 },
      ];
    case 'procurement':
      return [
        unit,
        { key: 'kind', label: '采购类型', width: 110, kind: 'select', options: procurementOptions },
        { key: 'amount', label: '合同金额', kind: 'amount', width: 150 },
        { key: 'sme', label: '其中授予中小企业', kind: 'amount', width: 150 },
      ];
  }
}

/** The text each cell of a line starts its editor with. */
export function lineCells(stream: FinalLineStream, line: FinalLinesByStream[FinalLineStream]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(line)) {
    if (k === 'extra') continue;
    out[k] = v === null || v === undefined ? '' : String(v);
  }
  if (stream === 'expense' && !out.project) out.project = '';
  return out;
}

const OPTIONAL_AMOUNTS = new Set(['surplusUsed', 'distribution', 'sme']);
const AMOUNTS = new Set(['amount', 'opening', ...OPTIONAL_AMOUNTS]);

/**
 * One typed cell of a 决算 line, applied: the new line, or why it is refused (in Chinese; nothing
 * changes then). Codes must have their length (项 7 digits, 款 5 digits); whether the catalog knows
 * them is a finding of the checks, as in the budget's grid.
 */
export function withLineCell<S extends FinalLineStream>(
  stream: S,
  line: FinalLinesByStream[S],
  key: string,
  text: string,
  unit: AmountUnit,
): Result<FinalLinesByStream[S], string> {
  const t = text.trim();
  const set = (value: unknown) => ok({ ...line, [key]: value } as FinalLinesByStream[S]);
  if (AMOUNTS.has(key)) {
    if (t === '' && OPTIONAL_AMOUNTS.has(key)) {
      const { [key]: _gone, ...rest } = line as unknown as Record<string, unknown>;
      return ok(rest as unknown as FinalLinesByStream[S]);
    }
    const a = readAmount(t, unit);
    return a.ok ? set(a.value) : a;
  }
  switch (key) {
    case 'unit':
      return set(t);
    case 'function':
      if (t === '' && stream === 'balance') {
        const { function: _gone, ...rest } = line as unknown as Record<string, unknown>;
        return ok(rest as unknown as FinalLinesByStream[S]);
      }
      return /^\d{7}$/.test(t) ? set(t) : err(`“${t}”不是功能分类项级科目，应为 7 位数字，如 2013750`);
    case 'economic':
      return /^\d{5}$/.test(t) ? set(t) : err(`“${t}”不是经济分类款级科目，应为 5 位数字，如 30101`);
    case 'kind':
      if (stream === 'procurement')
        return (PROCUREMENT_KINDS as readonly string[]).includes(t) ? set(t) : err('请选择货物、工程或服务');
      return (EXPENSE_KINDS as readonly string[]).includes(t) ? set(t) : err('请从列表中选择支出类型');
    case 'source':
      return (FINAL_SOURCES as readonly string[]).includes(t) ? set(t) : err('请从列表中选择资金来源');
    case 'project':
      return set(t === '' ? null : t);
    default:
      return err('该列不能修改');
  }
}

/** A new line of a stream: the first unit, blank codes, zero amounts in the draft's unit. */
export function blankLine<S extends FinalLineStream>(
  stream: S,
  unitCode: string,
  unit: AmountUnit,
): FinalLinesByStream[S] {
  const zero = unit === 'yuan' ? '0.00' : '0';
  const lines: { [K in FinalLineStream]: FinalLinesByStream[K] } = {
    expense: {
      unit: unitCode,
      function: '',
      economic: '',
      kind: 'personnel',
      source: 'gpb',
      amount: zero,
      project: null,
    },
    income: { unit: unitCode, source: 'gpb', function: '', amount: zero },
    balance: { unit: unitCode, source: 'gpb', opening: zero },
    procurement: { unit: unitCode, kind: 'goods', amount: zero },
  };
  return lines[stream] as FinalLinesByStream[S];
}
