import type { BudgetUnit, FinalDraft } from '../domain/draft/types';
import { EXPENSE_KIND_NAMES, FINAL_SOURCE_NAMES, UNIT_TYPE_NAMES } from '../domain/draft/vocabulary';
import type { AmountUnit } from '../domain/money/units';
import { templateFields } from './fields';
import { FINAL_SHEET_FIELDS, type FinalSheetKind } from './final-fields';
import { writeTemplate, type Row } from './template';
import { addGuideSheet, guideListFormulas } from './template-guide';

/**
 * The 决算 import template (决算导入模板): 支出决算明细, 收入决算, 结转结余, 单位, 项目 with the
 * headers the 决算 import recognises (final-fields.ts) — 决算数 columns, no 是否上年结转 — written by
 * the 预算 template's writer (codes as text, amounts as numbers with the draft's decimals), and the
 * same 填写说明 sheet (template-guide.ts) with the 决算's 资金来源 in its drop-down lists.
 */
const SHEETS: { kind: FinalSheetKind; name: string }[] = [
  { kind: 'finalExpenses', name: '支出决算明细' },
  { kind: 'finalIncome', name: '收入决算' },
  { kind: 'balances', name: '结转结余' },
  { kind: 'units', name: '单位' },
  { kind: 'projects', name: '项目' },
];

function write(
  data: Record<FinalSheetKind, Row[]>,
  unit: AmountUnit,
  units: readonly Pick<BudgetUnit, 'code' | 'name'>[],
): Promise<Uint8Array> {
  const sheets = SHEETS.map((s) => ({
    ...s,
    fields: s.kind === 'units' || s.kind === 'projects' ? templateFields(s.kind) : FINAL_SHEET_FIELDS[s.kind],
  }));
  return writeTemplate(
    sheets.map((s) => ({
      name: s.name,
      fields: s.fields,
      rows: data[s.kind],
      lists: guideListFormulas(units, s.fields, 'final'),
    })),
    unit,
    '部门决算数据导入模板',
    (wb) => addGuideSheet(wb, { sheets, unit, units, stage: 'final' }),
  );
}

/**
 * An empty 决算 template (headers, formats, drop-down lists and the 填写说明 sheet); `units` (the
 * draft's) are offered in the 单位 drop-downs.
 */
export function blankFinalTemplate(
  unit: AmountUnit = 'yuan',
  units: readonly Pick<BudgetUnit, 'code' | 'name'>[] = [],
): Promise<Uint8Array> {
  return write({ finalExpenses: [], finalIncome: [], balances: [], units: [], projects: [] }, unit, units);
}

/** The 决算 template filled from a 决算 draft (editing in Excel, and the round-trip test). */
export function finalDraftToTemplate(draft: FinalDraft): Promise<Uint8Array> {
  const unitNames = new Map(draft.units.map((u) => [u.code, u.name]));
  const projectNames = new Map(draft.projects.map((p) => [p.code, p.name]));
  return write(
    {
      finalExpenses: draft.expenses.map((l) => ({
        unit: l.unit,
        unitName: unitNames.get(l.unit) ?? '',
        function: l.function,
        economic: l.economic,
        kind: EXPENSE_KIND_NAMES[l.kind],
        source: FINAL_SOURCE_NAMES[l.source],
        project: l.project ?? '',
        projectName: l.project ? (projectNames.get(l.project) ?? '') : '',
        amount: l.amount,
        note: l.note ?? '',
      })),
      finalIncome: draft.income.map((l) => ({
        unit: l.unit,
        source: FINAL_SOURCE_NAMES[l.source],
        function: l.function,
        amount: l.amount,
      })),
      balances: draft.balances.map((b) => ({
        unit: b.unit,
        source: FINAL_SOURCE_NAMES[b.source],
        function: b.function ?? '',
        opening: b.opening,
        surplusUsed: b.surplusUsed ?? '',
        distribution: b.distribution ?? '',
      })),
      units: draft.units.map((u) => ({ code: u.code, name: u.name, type: UNIT_TYPE_NAMES[u.type] })),
      projects: draft.projects.map((p) => ({
        code: p.code,
        unit: p.unit,
        name: p.name,
        parent: p.parent ?? '',
        period: p.period ?? '',
        goal: p.goal ?? '',
      })),
    },
    draft.amountUnit,
    draft.units,
  );
}
