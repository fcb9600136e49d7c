import type { FinalDraft } from '../../src-core/domain/draft/types';
import { saveFinalDraftText } from '../../src-core/domain/final/save';
import type { AmountUnit } from '../../src-core/domain/money/units';
import { importFinalFile } from '../../src-core/import/final-import-file';
import { warningLines } from '../../src-core/import/messages';
import type { ImportMode } from '../../src-core/import/plan-import';
import { loadNodeResources } from './node-resources';
import { writeOutputFile } from './output-file';

/** What `import` hands over once it knows the draft is a 决算 (import-command.ts). */
export interface FinalImportRequest {
  file: string;
  bytes: Uint8Array;
  out: string;
  base: FinalDraft;
  mode: ImportMode;
  fileUnit?: AmountUnit;
  unitCode?: string;
  sheet?: string;
  started: number;
}

interface FinalImportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  writeFile?: (path: string, data: string | Uint8Array) => void | Promise<void>;
}

/**
 * `import` into a 决算 draft (docs/final-accounts.md, “Import”): the 支出决算明细, 收入决算 and
 * 结转结余 sheets of the file, all or nothing. Exit codes as for the 预算: 0 written; 1 refused, every
 * problem on stderr and nothing written.
 */
export async function runFinalImport(req: FinalImportRequest, io: FinalImportIo): Promise<number> {
  const catalogs = loadNodeResources().catalogs.forYear(req.base.year);
  const r = await importFinalFile(req.bytes, req.file, req.base, catalogs, {
    mode: req.mode,
    fileUnit: req.fileUnit,
    defaultUnit: req.unitCode,
    ...(req.sheet !== undefined ? { expenseSheet: req.sheet } : {}),
  });
  if (!r.ok) {
    const which = r.error.some((l) => l.endsWith('请指定要导入的工作表。'))
      ? '请用 --sheet <工作表名> 指定要导入的工作表\n'
      : '';
    io.stderr(`${r.error.join('\n')}\n${which}未写入任何文件。\n`);
    return 1;
  }
  const { draft, preview: p } = r.value;
  for (const w of warningLines(p.warnings, p.warningCount)) io.stderr(`[提示] ${w}\n`);
  try {
    await (io.writeFile ?? writeOutputFile)(req.out, saveFinalDraftText(draft));
  } catch (e) {
    io.stderr(`无法写入文件“${req.out}”：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const income =
    p.income === null ? '收入决算未导入（文件中没有该表）' : `${p.income.length} 条收入决算（合计 ${p.incomeTotal}）`;
  const balances = p.balances === null ? '' : `，${p.balances.length} 条结转结余`;
  io.stdout(
    `已导入 ${p.expenses.length} 条支出决算明细（合计 ${p.expenseTotal}），${income}${balances}，${p.units.length} 个单位，${p.projects.length} 个项目，用时 ${Date.now() - req.started} 毫秒；已写入“${req.out}”\n`,
  );
  return 0;
}
