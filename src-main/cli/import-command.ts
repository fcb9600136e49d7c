import { existsSync, readFileSync } from 'node:fs';
import { loadAnyDraftText } from '../../src-core/domain/draft/load';
import { formatProblems } from '../../src-core/domain/draft/problems';
import { saveDraftText } from '../../src-core/domain/draft/save';
import type { Draft, FinalDraft } from '../../src-core/domain/draft/types';
import { newFinalDraft } from '../../src-core/import/final-plan-import';
import type { AmountUnit } from '../../src-core/domain/money/units';
import { previewImportFile } from '../../src-core/import/import-file';
import { unreadableFileMessage, warningLines } from '../../src-core/import/messages';
import { applyImport, emptyDraft, type ImportMode } from '../../src-core/import/plan-import';
import { parseArgs, UsageError } from './args';
import { runFinalImport } from './final-import';
import { loadNodeResources } from './node-resources';
import { writeOutputFile } from './output-file';

export const IMPORT_USAGE = `用法：
  npm run -s cli -- import <数据.xlsx|数据.xls|数据.csv|数据.txt> --out <草稿.budget.json> [--year 2024] [--department 部门名称]
      [--department-code 编码] [--unit-code 单位编码] [--amount-unit yuan|wanyuan] [--base <已有草稿.budget.json> --mode replace|append]
      [--sheet 工作表名] [--income-from-expenses]
  npm run -s cli -- import <决算数据.xlsx> (--draft <草稿.final.json> | --out <新草稿.final.json> --year 2024 --department 部门名称) [--mode replace|append]
  不带 --base 时新建草稿（需要 --year 与 --department）；--unit-code：未填单位编码的行所属单位；
  --amount-unit：文件中金额的单位（表头及表头上方未注明“元/万元”时），新建草稿也用此单位；
  --sheet：作为支出明细导入的工作表（有多个工作表都像支出明细时必须指定；隐藏的工作表只在指定时导入）；
  --income-from-expenses：文件没有收入表时，按单位×资金来源由支出生成收入（收入 = 支出，替换草稿原有收入）。
  --draft：导入到该草稿并写回该文件（或 --out 指定的文件）；部门决算草稿（stage 为 final）按决算导入：支出决算明细、收入决算、结转结余工作表，
  有一行不通过则整个文件不导入；--out 以 .final.json 结尾且不带 --draft/--base 时新建部门决算草稿。
  预算管理一体化系统导出的支出预算（项目类别、资金性质、资金来源、“编码 名称”格式的单位和科目，或每种资金一列）可直接导入。`;

export interface ImportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads a file's bytes (default: the file system). */
  readBytes?: (path: string) => Uint8Array;
  writeFile?: (path: string, data: string | Uint8Array) => void | Promise<void>;
  exists?: (path: string) => boolean;
}

const usage = (io: ImportIo, message: string): number => {
  io.stderr(`${message}\n${IMPORT_USAGE}\n`);
  return 2;
};

/**
 * `import <file> --out <draft>`: the data import without the app. Exit codes: 0 written; 1 the
 * file (or the base draft) is rejected — every problem on stderr, nothing written; 2 usage.
 * `args` are the arguments after the command name (a leading “import” is accepted too).
 */
export async function runImportCommand(args: string[], io: ImportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args[0] === 'import' ? args.slice(1) : args, {
      flags: ['help', 'income-from-expenses'],
      options: [
        'out',
        'year',
        'department',
        'department-code',
        'unit-code',
        'amount-unit',
        'base',
        'draft',
        'mode',
        'sheet',
      ],
    });
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    throw e;
  }
  if (parsed.flags.has('help')) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const o = parsed.options;
  const [file, ...extra] = parsed.positional;
  if (!file || extra.length > 0) return usage(io, file ? `多余的参数：${extra.join(' ')}` : '缺少要导入的文件');
  if (o.has('draft') && o.has('base')) return usage(io, '--draft 与 --base 只用其一');
  // --draft: import into that draft and write it back (or to --out).
  const out = o.get('out') ?? o.get('draft');
  if (!out) return usage(io, '缺少 --out <草稿.budget.json>');
  const unitArg = o.get('amount-unit');
  if (unitArg !== undefined && unitArg !== 'yuan' && unitArg !== 'wanyuan')
    return usage(io, `--amount-unit 应为 yuan（元）或 wanyuan（万元），实际为“${unitArg}”`);
  const mode = (o.get('mode') ?? 'replace') as ImportMode;
  if (mode !== 'replace' && mode !== 'append') return usage(io, `--mode 应为 replace 或 append，实际为“${mode}”`);
  const basePath = o.get('base') ?? o.get('draft');
  if (!basePath && o.has('mode')) return usage(io, '--mode 只与 --base 或 --draft 一起使用');
  const yearArg = o.get('year');
  if (yearArg !== undefined && !/^\d{4}$/.test(yearArg)) return usage(io, `--year 应为四位年份，实际为“${yearArg}”`);
  if (!basePath && (!yearArg || !o.get('department')))
    return usage(io, '新建草稿需要 --year 和 --department（或用 --base 指定已有草稿）');

  const exists = io.exists ?? existsSync;
  const readBytes = io.readBytes ?? ((p: string) => new Uint8Array(readFileSync(p)));
  const fileUnit = unitArg as AmountUnit | undefined;

  let base: Draft | FinalDraft;
  if (basePath) {
    let text: string;
    try {
      text = new TextDecoder().decode(readBytes(basePath));
    } catch (e) {
      io.stderr(`无法读取草稿“${basePath}”：${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const loaded = loadAnyDraftText(text);
    if (!loaded.ok) {
      io.stderr(`草稿“${basePath}”无法读取，共 ${loaded.error.length} 处问题：\n${formatProblems(loaded.error)}\n`);
      return 1;
    }
    base = loaded.value.draft;
  } else {
    if (exists(out)) {
      io.stderr(`文件“${out}”已存在：为免覆盖已有草稿，请换一个文件名，或用 --base “${out}” 导入到该草稿中。\n`);
      return 1;
    }
    const fresh = {
      year: Number(yearArg),
      amountUnit: fileUnit ?? 'yuan',
      department: { code: o.get('department-code') ?? '', name: o.get('department')! },
    } as const;
    base = /\.final\.json$/i.test(out) ? newFinalDraft(fresh) : emptyDraft(fresh);
  }
  if (base.stage === 'final' && parsed.flags.has('income-from-expenses'))
    return usage(io, '--income-from-expenses 只用于部门预算草稿（决算的收入决算按功能分类另表导入）');
  const unitCode = o.get('unit-code');
  if (unitCode && !base.units.some((u) => u.code === unitCode)) {
    // A single-unit department given on the command line: the unit is the department itself (行政单位 until the officer says otherwise).
    base = { ...base, units: [...base.units, { code: unitCode, name: base.department.name, type: 'admin' }] };
  }

  let bytes: Uint8Array;
  try {
    bytes = readBytes(file);
  } catch (e) {
    io.stderr(`无法读取文件“${file}”：${readFailure(e)}\n`);
    return 1;
  }
  const started = Date.now();
  const sheet = o.get('sheet');
  if (base.stage === 'final')
    return runFinalImport({ file, bytes, out, base, mode, fileUnit, unitCode, sheet, started }, io);
  const catalogs = loadNodeResources().catalogs.forYear(base.year);
  let p;
  let applied;
  try {
    const preview = await previewImportFile(bytes, file, {
      base,
      catalogs,
      fileUnit,
      defaultUnit: unitCode,
      ...(sheet !== undefined ? { expenseSheet: sheet } : {}),
    });
    if (!preview.ok) {
      io.stderr(`${preview.error}\n未写入任何文件。\n`);
      return 1;
    }
    p = preview.value;
    applied = applyImport(base, p, {
      mode,
      confirmed: true,
      incomeFromExpenses: parsed.flags.has('income-from-expenses'),
    });
  } catch {
    // Never a stack trace: the same Chinese message as the app's import dialog.
    io.stderr(`${unreadableFileMessage(file)}\n未写入任何文件。\n`);
    return 1;
  }
  for (const w of warningLines(p.warnings, p.warningCount)) io.stderr(`[提示] ${w}\n`);
  if (!applied.ok) {
    const which = p.ambiguousSheets
      ? `请用 --sheet <工作表名> 指定要导入的工作表，如：--sheet ${p.ambiguousSheets[0]}\n`
      : '';
    io.stderr(`${applied.error.join('\n')}\n${which}未写入任何文件。\n`);
    return 1;
  }
  try {
    await (io.writeFile ?? writeOutputFile)(out, saveDraftText(applied.value));
  } catch (e) {
    io.stderr(`无法写入文件“${out}”：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const income =
    parsed.flags.has('income-from-expenses') && p.income === null
      ? applied.value.income.length
      : (p.income?.length ?? 0);
  const derived = parsed.flags.has('income-from-expenses') && p.income === null ? '（按单位×资金来源由支出生成）' : '';
  io.stdout(
    `已导入 ${p.expenses.length} 条支出明细（合计 ${p.expenseTotal}），${p.units.length} 个单位，${income} 条收入${derived}，${p.projects.length} 个项目，用时 ${Date.now() - started} 毫秒；已写入“${out}”\n`,
  );
  return 0;
}

/** Why a file cannot be read, in Chinese (the system's text is English). */
function readFailure(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是一个文件夹，不是文件';
  if (code === 'EBUSY') return '文件正被其他程序占用';
  return '文件无法打开';
}
