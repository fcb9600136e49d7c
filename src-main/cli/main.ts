import { readFileSync } from 'node:fs';
import { loadAnyDraftText } from '../../src-core/domain/draft/load';
import { DEFAULT_FINAL_LAYOUT } from '../../src-core/domain/final/layout';
import { formatProblems } from '../../src-core/domain/draft/problems';
import { createEngine } from '../../src-core/domain/resources';
import { ok } from '../../src-core/domain/result';
import { writeXlsx } from '../../src-core/export/xlsx/workbook-writer';
import { runReportCommand } from './report-command';
import { runImportCommand } from './import-command';
import type { Finding } from '../../src-core/domain/rules/types';
import { loadNodeResources } from './node-resources';
import { resolveLayoutOption } from './layout-option';
import { parseArgs, UsageError } from './args';
import { renderTablesText } from './text-output';
import { loadNodeFinalLayouts, runFinalCommand, runFinalExport } from './final-command';
import { writeOutputFile } from './output-file';

/**
 * 命令行工具 (the same domain as the app):
 *   check  <draft> [--layout <id|file>] [--json]   审核 → findings
 *   tables <draft> [--layout <id|file>] [--json]   公开表
 *   export <draft> --xlsx <out.xlsx> [--layout <id|file>] [--balance-rounding]   公开表导出为 Excel 工作簿
 *   report <draft> (--html <out.html> | --pdf <out.pdf>) [--layout <id|file>]     公开文本（预算或决算的情况说明）
 * `--layout` takes a shipped layout's id or a layout file (layout-option.ts).
 *   import <file.xlsx|csv> --out <draft.json> [--year … --department …]        从 Excel/CSV 导入支出明细
 *   import <file.xlsx|csv> --draft <draft.final.json>                          导入决算明细到决算草稿
 * Every command takes a 预算 or a 决算 draft (docs/final-accounts.md).
 * Exit codes: 0 the draft was read (findings or not) / the workbook was written, 1 the file is
 * rejected or the output cannot be written, 2 usage error. `export` completes asynchronously.
 */
export const USAGE = `用法：
  npm run -s cli -- check <草稿.budget.json> [--layout <版式>] [--json]
  npm run -s cli -- tables <草稿.budget.json> [--layout <版式>] [--json]
  npm run -s cli -- export <草稿.budget.json> --xlsx <输出.xlsx> [--layout <版式>] [--balance-rounding]
  npm run -s cli -- report <草稿.budget.json> (--html <输出.html> | --pdf <输出.pdf>) [--layout <版式>]
  npm run -s cli -- import <数据.xlsx|数据.csv> --out <草稿.budget.json> [--year 2024 --department 部门名称 …]（详见 import --help）
  npm run -s cli -- import <数据.xlsx|数据.csv> --draft <草稿.final.json> [--mode append]（部门决算）
各命令也接受部门决算草稿（*.final.json）。
版式：national（默认）、zhejiang、chongqing、xinjiang、shanghai；决算：final-national（默认）、final-shanghai；或版式文件的路径（*.json，格式见 docs/layouts.md）；--balance-rounding：舍位平衡（调整明细数使合计等于明细之和，不改动草稿）`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
  /** Writes a file (default: atomically to the file system, output-file.ts). */
  writeFile?: (path: string, data: string | Uint8Array) => void | Promise<void>;
}

const COMMANDS = ['check', 'tables', 'export', 'report'];

export function runCli(argv: string[], io: Io): number | Promise<number> {
  // `import` has options of its own (import-command.ts).
  if (argv[0] === 'import')
    return runImportCommand(argv.slice(1), { stdout: io.stdout, stderr: io.stderr, writeFile: io.writeFile });
  let args;
  try {
    args = parseArgs(argv, { flags: ['json', 'help', 'balance-rounding'], options: ['layout', 'xlsx', 'html', 'pdf'] });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.flags.has('help')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, file, ...rest] = args.positional;
  if (!command || !COMMANDS.includes(command) || !file || rest.length > 0) {
    io.stderr(`${command && !COMMANDS.includes(command) ? `未知命令“${command}”\n` : ''}${USAGE}\n`);
    return 2;
  }
  const out = args.options.get('xlsx');
  if (command === 'export' && !out) {
    io.stderr(`export 需要 --xlsx <输出.xlsx>\n${USAGE}\n`);
    return 2;
  }
  if (command !== 'export' && (out !== undefined || args.flags.has('balance-rounding'))) {
    io.stderr(`--xlsx 与 --balance-rounding 只用于 export\n${USAGE}\n`);
    return 2;
  }
  if (command !== 'report' && (args.options.has('html') || args.options.has('pdf'))) {
    io.stderr(`--html 与 --pdf 只用于 report\n${USAGE}\n`);
    return 2;
  }
  const finalLayouts = loadNodeFinalLayouts();
  const layoutOption = args.options.get('layout');
  // A 决算 layout id is left to the 决算 branch below; anything else is a shipped layout or a layout file.
  const choice =
    layoutOption !== undefined && finalLayouts.has(layoutOption)
      ? ok({ resources: loadNodeResources(), layoutId: layoutOption })
      : resolveLayoutOption(layoutOption, loadNodeResources(), io.readFile);
  if (!choice.ok) {
    io.stderr(`${choice.error.message}\n`);
    return choice.error.exitCode;
  }
  const { resources, layoutId } = choice.value;
  if (command === 'report') {
    return runReportCommand(
      { draftPath: file, layoutId, resources, html: args.options.get('html'), pdf: args.options.get('pdf') },
      io,
    );
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.stderr(`无法读取文件“${file}”：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const loaded = loadAnyDraftText(text);
  if (!loaded.ok) {
    io.stderr(
      `文件“${file}”无法读取为部门预算草稿，共 ${loaded.error.length} 处问题：\n${formatProblems(loaded.error)}\n`,
    );
    return 1;
  }
  if (loaded.value.stage === 'final') {
    // 决算 drafts (docs/final-accounts.md): check, tables, export here; report above, import in import-command.ts.
    if (command !== 'check' && command !== 'tables' && command !== 'export') {
      io.stderr(`部门决算草稿暂只支持 check、tables 和 export 命令\n`);
      return 2;
    }
    const finalLayout = args.options.get('layout') ?? DEFAULT_FINAL_LAYOUT;
    if (command === 'export') {
      const balanced = args.flags.has('balance-rounding');
      const draft = loaded.value.draft;
      return runFinalExport(draft, finalLayout, out!, balanced, resources.catalogs, finalLayouts, io);
    }
    return runFinalCommand(
      command,
      loaded.value.draft,
      finalLayout,
      args.flags.has('json'),
      resources.catalogs,
      finalLayouts,
      io,
    );
  }
  const engine = createEngine(loaded.value.draft, resources, layoutId);
  if (!engine.ok) {
    io.stderr(`${engine.error}\n`);
    return 2;
  }
  if (command === 'export') {
    const e = engine.value;
    const balanceRounding = args.flags.has('balance-rounding');
    return exportXlsx({ draft: e.draft, layout: e.layout, tables: e.tables() }, balanceRounding, out!, io);
  }
  const json = args.flags.has('json');
  if (command === 'check') {
    const findings = engine.value.findings().map(toJsonFinding);
    if (json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
    else {
      const s = engine.value.status();
      io.stdout(
        `收入总计 ${s.income}，支出总计 ${s.expense}，差额 ${s.difference}；错误 ${s.errors} 项，提示 ${s.warnings} 项\n`,
      );
      for (const f of findings) io.stdout(`[${f.severity === 'error' ? '错误' : '提示'}] ${f.rule} ${f.message}\n`);
    }
    return 0;
  }
  const tables = engine.value.tables();
  if (json) {
    const out = {
      layout: layoutId,
      unit: loaded.value.draft.publishUnit,
      tables: Object.fromEntries(tables.map((t) => [t.id, t])),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else io.stdout(renderTablesText(tables));
  return 0;
}

async function exportXlsx(
  src: Parameters<typeof writeXlsx>[0],
  balanceRounding: boolean,
  out: string,
  io: Io,
): Promise<number> {
  const bytes = await writeXlsx(src, { balanceRounding });
  try {
    await (io.writeFile ?? writeOutputFile)(out, bytes);
  } catch (e) {
    io.stderr(
      `无法写入文件“${out}”：${e instanceof Error ? e.message : String(e)}。请检查目录是否存在、是否有写入权限，或文件是否正被 Excel/WPS 打开。\n`,
    );
    return 1;
  }
  io.stdout(`已导出 ${src.tables.length} 张表到“${out}”${balanceRounding ? '（已作舍位平衡）' : ''}\n`);
  return 0;
}

/** Finding as the CLI prints it; line targets also get their JSON path. */
function toJsonFinding(f: Finding): Finding & { target: Finding['target'] & { path?: string } } {
  if ('line' in f.target) {
    return {
      ...f,
      target: { ...f.target, path: f.target.field ? `${f.target.line}.${f.target.field}` : f.target.line },
    };
  }
  return f;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  void Promise.resolve(
    runCli(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: writeOutputFile,
    }),
  ).then((code) => {
    process.exitCode = code;
  });
}
