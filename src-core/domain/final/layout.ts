import type { Layout, LayoutTable } from '../layout/types';
import { err, ok, type Result } from '../result';
import type { TableSpec } from '../tables/spec';
import { FINAL_REPORT_SECTIONS } from './report/section-order';
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
  /**
   * The order of the 情况说明's 13 sections by id (report/section-order.ts), e.g. Shanghai's 三公 as
   * 七 before 政府性基金 八 and 国有资本经营 九; sections not listed follow in the template order.
   */
  reportSections?: string[];
}

export interface FinalLayoutTable extends LayoutTable {
  /** Lines printed under the table, e.g. “注：本表反映部门本年度取得的各项收入情况。” ({year} filled). */
  notes?: string[];
  /** Prints 行次 (row numbers) beside each side of a two-sided table, totals aligned. */
  rowNumbers?: boolean;
  /** Prefixes the listed 类 rows with 一、二、… as 公开01/04表 print them. */
  classOrdinals?: boolean;
  /**
   * Prints an economic-code table as blocks side by side (公开06表: 人员经费 | 公用经费 | 公用经费),
   * each 经济分类科目编码 | 科目名称 | 决算数, every 款 of the listed 类 shown (report/column-block-plan.ts).
   */
  columnBlocks?: ColumnBlocksLayout;
}

/** FinalLayoutTable.columnBlocks: the blocks, and the descriptive columns' titles in each. */
export interface ColumnBlocksLayout {
  /** Titles of the code and name columns of every block (经济分类科目编码 …), by key; the table's by default. */
  labelTitles?: Record<string, string>;
  blocks: ColumnBlockLayout[];
}

/** One block of a table printed in column blocks (FinalLayoutTable.columnBlocks). */
export interface ColumnBlockLayout {
  /** The heading over the block; adjacent blocks with the same heading share one cell. */
  title: string;
  /** The economic 类 listed in the block, in order. */
  classes: ColumnBlockClass[];
  /** A fixed row of the table printed on the block's last line (人员经费合计 …). */
  total?: string;
}

export interface ColumnBlockClass {
  /** The 类 code (301 …). */
  code: string;
  /** The 款 printed under it, in this order; default: every 款 of the 类 in the year's catalog. */
  items?: string[];
  /** 款 of the catalog not printed (军队 only …). A 款 with an amount is printed all the same. */
  omit?: string[];
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
  const known = new Set<string>(FINAL_REPORT_SECTIONS);
  for (const id of layout.reportSections ?? []) {
    if (!known.has(id)) problems.push(`情况说明中没有“${id}”一节（reportSections）`);
  }
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
    if (lt.columnBlocks && !Array.isArray(lt.columnBlocks.blocks)) problems.push(`表 ${lt.table}：分栏缺少 blocks`);
    for (const b of lt.columnBlocks?.blocks ?? []) {
      if (!b.title || !Array.isArray(b.classes))
        problems.push(`表 ${lt.table}：分栏（columnBlocks）缺少 title 或 classes`);
      if (b.total !== undefined && !fixedKeys.has(b.total))
        problems.push(`表 ${lt.table}：分栏的合计行“${b.total}”未知`);
      for (const c of b.classes ?? []) {
        const bad = [...(c.items ?? []), ...(c.omit ?? [])].filter((k) => !k.startsWith(c.code) || k.length !== 5);
        if (!/^\d{3}$/.test(c.code) || bad.length > 0)
          problems.push(`表 ${lt.table}：分栏中的科目“${[c.code, ...bad].join('、')}”不是经济分类的类或其下的款`);
      }
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
