import { EXPENSE_KIND_NAMES, SOURCE_SHORT_NAMES, type ExpenseKind, type Source } from '../draft/vocabulary';
import type { RuleContext } from './context';
import type { LineView } from './line-view';

const STREAM_NAMES = {
  expense: '支出行',
  income: '收入行',
  carryForward: '年终结转结余行',
  procurement: '政府采购',
  // 决算 drafts (docs/final-accounts.md): a balance line's amounts and the budget figures.
  opening: '结转结余行',
  surplusUsed: '结转结余行',
  distribution: '结转结余行',
  budgetInitial: '年初预算数',
  budgetAdjusted: '全年预算数',
} as const;

/** “支出行 expenses[3]（167001 舟山市人民政府办公室，2010301 行政运行 / 30101 基本工资，人员经费）”. */
export function describeLine(v: LineView, ctx: RuleContext): string {
  const f = v.fact;
  const parts = [ctx.unitLabel(f.unit)];
  if (f.stream === 'expense') {
    const fn = ctx.catalogs.function.name(f.function);
    const ec = ctx.catalogs.economic.name(f.economic);
    parts.push(`${f.function}${fn ? ` ${fn}` : ''} / ${f.economic}${ec ? ` ${ec}` : ''}`);
    parts.push(EXPENSE_KIND_NAMES[f.kind as ExpenseKind] ?? f.kind);
    if (f.project) parts.push(`项目 ${ctx.projectLabel(f.project)}`);
  } else if (f.stream === 'income' || f.stream === 'carryForward') {
    parts.push(`${SOURCE_SHORT_NAMES[f.source as Source] ?? f.source}${f.carryover ? '（上年结转）' : ''}`);
  }
  // A file's lines are named by their JSON path (expenses[12]); the editor's database ids mean
  // nothing to an officer, so there the line is named by its content alone.
  const where = isPathId(v.id) ? ` ${v.id}` : '';
  return `${STREAM_NAMES[f.stream]}${where}（${parts.join('，')}）`;
}

/**
 * Whether a line id means something to a reader: a JSON path of a draft file (`expenses[12]`) or
 * an engine-numbered line (`expense#3`); the editor's database ids do not.
 */
export function isPathId(id: string): boolean {
  return /^[A-Za-z]+(\[\d+\]|#\d+)$/.test(id);
}
