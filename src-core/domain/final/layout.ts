import type { Layout, LayoutTable } from '../layout/types';
import { err, ok, type Result } from '../result';
import type { TableSpec } from '../tables/spec';
import { findFinalTableSpec } from './tables';

/**
 * A 决算 layout: the budget layout's data (order, 公开01表 numbers, titles, hidden rows and columns,
 * 栏次, empty sentences) plus what the 决算 forms print besides: the header lines, the “注：本表反映…”
 * notes, 行次 on the two-sided tables, and ordinals before the 类 rows (一、一般公共服务支出).
 * Files live in resources/final-layouts/*.json; adding one needs no code.
 */
export interface FinalLayout extends Layout {
  stage: 'final';
  tables: FinalLayoutTable[];
  /** Header lines above each table: {department}, {year}, {unit} (万元 / 元). */
  header?: string[];
}

export interface FinalLayoutTable extends LayoutTable {
  /** Lines printed under the table, e.g. “注：本表反映部门本年度取得的各项收入情况。” ({year} filled). */
  notes?: string[];
  /** Prints 行次 (row numbers) beside each side of a two-sided table, totals aligned. */
  rowNumbers?: boolean;
  /** Prefixes the listed 类 rows with 一、二、… as 公开01/04表 print them. */
  classOrdinals?: boolean;
}

export interface ResolvedFinalTable {
  spec: TableSpec;
  layoutTable: FinalLayoutTable;
}

/** The 决算 table definitions a layout prints, in its order. */
export function resolveFinalLayoutTables(layout: FinalLayout): ResolvedFinalTable[] {
  return layout.tables.map((lt) => {
    const spec = findFinalTableSpec(lt.table, lt.variant ?? 'default');
    if (!spec) throw new Error(`版式“${layout.id}”引用了不存在的决算表 ${lt.table}（${lt.variant ?? 'default'}）`);
    return { spec, layoutTable: lt };
  });
}

/** Checks a 决算 layout: stage, every table and variant exists, every key it names is known. */
export function validateFinalLayout(layout: FinalLayout): string[] {
  const problems: string[] = [];
  if (!layout.id || !layout.name) problems.push('版式缺少 id 或 name');
  if (layout.stage !== 'final') problems.push('决算版式的 stage 应为 "final"');
  for (const lt of layout.tables ?? []) {
    const spec = findFinalTableSpec(lt.table, lt.variant ?? 'default');
    if (!spec) {
      problems.push(`没有决算表 ${lt.table}（${lt.variant ?? 'default'}）`);
      continue;
    }
    if (!lt.title) problems.push(`表 ${lt.table} 缺少标题`);
    const colKeys = new Set(spec.sections.flatMap((s) => s.columns.map((c) => c.key)));
    for (const k of [...(lt.hideColumns ?? []), ...Object.keys(lt.columnTitles ?? {})]) {
      if (!colKeys.has(k)) problems.push(`表 ${lt.table}：未知的列“${k}”`);
    }
    const fixedKeys = new Set(spec.sections.flatMap((s) => s.rows.flatMap((r) => (r.type === 'fixed' ? [r.key] : []))));
    for (const k of [...(lt.hideRows ?? []), ...Object.keys(lt.rowNames ?? {})]) {
      if (!k.endsWith('*') && !fixedKeys.has(k)) problems.push(`表 ${lt.table}：未知的行“${k}”`);
    }
  }
  return problems;
}

/** Reads the 决算 layouts from file texts (`final-layouts/{id}.json`), each validated. */
export function buildFinalLayouts(
  files: readonly { name: string; text: string }[],
): Result<ReadonlyMap<string, FinalLayout>, string> {
  const layouts = new Map<string, FinalLayout>();
  const problems: string[] = [];
  for (const f of files) {
    let layout: FinalLayout;
    try {
      layout = JSON.parse(f.text) as FinalLayout;
    } catch (e) {
      problems.push(`${f.name}：不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`);
      continue;
    }
    const issues = validateFinalLayout(layout);
    if (issues.length > 0) problems.push(...issues.map((i) => `${f.name}：${i}`));
    else layouts.set(layout.id, layout);
  }
  return problems.length > 0 ? err(problems.join('\n')) : ok(layouts);
}

/** The default 决算 layout (财政部 template, 公开01–09表). */
export const DEFAULT_FINAL_LAYOUT = 'final-national';
