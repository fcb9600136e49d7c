import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogRegistry } from '../../src-core/domain/catalog/load';
import type { FinalDraft } from '../../src-core/domain/draft/types';
import { createFinalEngine } from '../../src-core/domain/final/create';
import { buildFinalLayouts, DEFAULT_FINAL_LAYOUT, type FinalLayout } from '../../src-core/domain/final/layout';
import type { ReportDocument } from '../../src-core/domain/report/model';
import { err, ok, type Result } from '../../src-core/domain/result';
import type { Finding } from '../../src-core/domain/rules/types';
import { writeFinalXlsx } from '../../src-core/export/xlsx/final-workbook';
import { buildFinalReportHtml } from '../../src-core/report-html/final-report';
import { RESOURCES_DIR } from './node-resources';
import { writeOutputFile } from './output-file';
import { renderTablesText } from './text-output';

/** Reads the 决算 layouts (resources/final-layouts/*.json) from disk. */
export function loadNodeFinalLayouts(dir = RESOURCES_DIR): ReadonlyMap<string, FinalLayout> {
  const folder = join(dir, 'final-layouts');
  if (!existsSync(folder)) return new Map();
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `final-layouts/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
  const built = buildFinalLayouts(files);
  if (!built.ok) throw new Error(`内置决算版式有误：\n${built.error}`);
  return built.value;
}

interface FinalIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Writes the workbook of `export` (default: atomically to the file system). */
  writeFile?: (path: string, data: string | Uint8Array) => void | Promise<void>;
}

/** `export` of a 决算 draft: 目录 and 公开01表 … as an .xlsx workbook, 舍位平衡 when asked. */
export async function runFinalExport(
  draft: FinalDraft,
  layoutId: string,
  out: string,
  balanced: boolean,
  catalogs: CatalogRegistry,
  layouts: ReadonlyMap<string, FinalLayout>,
  io: FinalIo,
): Promise<number> {
  const engine = createFinalEngine(draft, catalogs, layouts, layoutId);
  if (!engine.ok) {
    io.stderr(`${engine.error}\n`);
    return 2;
  }
  const e = engine.value;
  const tables = e.tables();
  const bytes = await writeFinalXlsx({ draft: e.draft, layout: e.layout, tables }, { balanceRounding: balanced });
  try {
    await (io.writeFile ?? writeOutputFile)(out, bytes);
  } catch (err) {
    io.stderr(
      `无法写入文件“${out}”：${err instanceof Error ? err.message : String(err)}。请检查目录是否存在、是否有写入权限，或文件是否正被 Excel/WPS 打开。\n`,
    );
    return 1;
  }
  io.stdout(`已导出 ${tables.length} 张决算表到“${out}”${balanced ? '（已作舍位平衡）' : ''}\n`);
  return 0;
}

/**
 * `check` and `tables` of a 决算 draft (stage "final"): the same output as for a 预算 draft — findings
 * with a status line, or the tables as text or `--json` — from the 决算 engine and layouts.
 */
export function runFinalCommand(
  command: 'check' | 'tables',
  draft: FinalDraft,
  layoutId: string,
  json: boolean,
  catalogs: CatalogRegistry,
  layouts: ReadonlyMap<string, FinalLayout>,
  io: FinalIo,
): number {
  const engine = createFinalEngine(draft, catalogs, layouts, layoutId);
  if (!engine.ok) {
    io.stderr(`${engine.error}\n`);
    return 2;
  }
  const e = engine.value;
  if (command === 'check') {
    const findings = e.findings().map(withPath);
    if (json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
    else {
      const s = e.status();
      io.stdout(
        `本年收入合计 ${s.income}，本年支出合计 ${s.expense}，年末结转和结余 ${s.closing}；错误 ${s.errors} 项，提示 ${s.warnings} 项\n`,
      );
      for (const f of findings) io.stdout(`[${f.severity === 'error' ? '错误' : '提示'}] ${f.rule} ${f.message}\n`);
    }
    return 0;
  }
  const tables = e.tables();
  if (json) {
    const out = { layout: layoutId, unit: draft.publishUnit, tables: Object.fromEntries(tables.map((t) => [t.id, t])) };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    // The 决算 notes are printed as the layout writes them (“注：1.…”), after each table.
    for (const t of tables) {
      const body = renderTablesText([{ ...t, notes: [] }]).trimEnd();
      io.stdout(`${[body, ...t.notes.map((n) => `  ${n}`)].join('\n')}\n\n`);
    }
  }
  return 0;
}

/** Finding as the CLI prints it; line targets also get their JSON path. */
function withPath(f: Finding): Finding & { target: Finding['target'] & { path?: string } } {
  if ('line' in f.target)
    return {
      ...f,
      target: { ...f.target, path: f.target.field ? `${f.target.line}.${f.target.field}` : f.target.line },
    };
  return f;
}

/**
 * `report` of a 决算 draft: the printed 决算 (情况说明 with its tables, charts, 重点工作 and 名词解释)
 * as HTML with page numbers, under `layoutId` when it is a 决算 layout, else `final-national`.
 */
export function finalReportHtml(
  draft: FinalDraft,
  layoutId: string,
  catalogs: CatalogRegistry,
  layouts: ReadonlyMap<string, FinalLayout>,
): Result<{ doc: ReportDocument; html: string }, string> {
  const engine = createFinalEngine(draft, catalogs, layouts, layouts.has(layoutId) ? layoutId : DEFAULT_FINAL_LAYOUT);
  if (!engine.ok) return err(engine.error);
  return ok(buildFinalReportHtml(engine.value, { cssPageNumbers: true }));
}
