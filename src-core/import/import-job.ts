import { Decimal } from '../domain/money/decimal';
import type { CatalogPair } from '../domain/catalog/catalog';
import { saveDraftText } from '../domain/draft/save';
import type { Draft, ExpenseLine } from '../domain/draft/types';
import type { AmountUnit } from '../domain/money/units';
import { err, ok, type Result } from '../domain/result';
import { analyzeImport, mergeIntoDataMessage, type ImportPreview, type SheetChoice } from './import-workbook';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { applyUserMapping, normalizeHeader, proposeMapping, SHEET_FIELDS, type SheetKind } from './mapping';
import { SOURCE_NAMES } from '../domain/draft/vocabulary';
import { PROBLEMS_SHOWN } from './messages';
import { applyImport, type ImportMode } from './plan-import';
import { readWorkbook, type WorkbookData } from './read-workbook';
import type { RowProblem } from './rows';
import { assignSheets } from './sheet-roles';

export { PROBLEMS_SHOWN };

/**
 * One import as the app runs it (in a Web Worker, or in the page when workers are unavailable):
 * the file is read once and kept; the officer's column choices re-run the validation; applying
 * gives the new draft as draft-file text, which the repository stores in one transaction. Only
 * plain data crosses to the page (a summary, not the 50,000 validated lines).
 */
export interface SheetMappingView {
  name: string;
  /** What the sheet is taken for (null: not imported). */
  kind: SheetKind | null;
  /** Chosen by the officer (else recognised). */
  chosen: boolean;
  headerRow: number;
  /** Header text per column (0-based). */
  headers: string[];
  /** field → column. */
  columns: Record<string, number>;
  /** Labels of required fields without a column. */
  missing: string[];
  amountUnit?: AmountUnit;
  /** Non-empty rows of the sheet (header included). */
  rowCount: number;
  /** Hidden in Excel/WPS: imported only when the officer chooses it. */
  hidden?: boolean;
  /** Why the sheet cannot be imported as it stands (a merged cell from the header into the data). */
  blocked?: string;
  /**
   * The sheet's header texts, normalised: a file with the same headers has the same signature, so
   * that the 列对应 the officer chose for one file can be offered again for the next.
   */
  signature: string;
  /** The wide shape: the fund columns, each with what it is read as (一般公共预算拨款收入（本年）…). */
  funds?: { column: number; header: string; label: string }[];
}

export interface PreviewSummary {
  fileName: string;
  sheets: SheetMappingView[];
  imported: { name: string; kind: SheetKind; rows: number; rejected: number }[];
  ignoredSheets: string[];
  hiddenSheets: string[];
  /** Several visible sheets look like 支出明细: the officer chooses one (nothing is imported before). */
  ambiguousSheets: string[] | null;
  /** Problems of a whole sheet or file (several 支出明细 sheets, a merged header…): nothing can be imported, not even by skipping rows. */
  blocking: boolean;
  /** At most PROBLEMS_SHOWN of each; the counts are complete. */
  problems: RowProblem[];
  problemCount: number;
  warnings: RowProblem[];
  warningCount: number;
  duplicates: { row: number; firstRow: number }[];
  duplicateCount: number;
  /** Rows of the file equal to a line the draft already has (matters when appending). */
  alreadyInDraft: number[];
  alreadyInDraftCount: number;
  counts: { rows: number; accepted: number; rejected: number };
  expenseTotal: string;
  draftUnit: AmountUnit;
  expenseLines: number;
  units: number;
  projects: number;
  /** null: the file has no 收入 sheet. */
  incomeLines: number | null;
  /** Milliseconds spent reading the file and validating the rows (for the bench and the tests). */
  timings: { readMs: number; analyzeMs: number };
}

/** Same line: every field but the note, the amount compared as a number ('100' = '100.00'). */
const amountKey = (a: string) => {
  try {
    return new Decimal(a).toFixed();
  } catch {
    return a;
  }
};
const lineKey = (l: ExpenseLine) =>
  [l.unit, l.function, l.economic, l.kind, l.source, l.carryover ? 1 : 0, l.project ?? '', amountKey(l.amount)].join(
    '|',
  );

export class ImportJob {
  private preview: ImportPreview | null = null;
  private readMs = 0;

  private constructor(
    readonly fileName: string,
    private readonly workbook: WorkbookData,
    private readonly base: Draft,
    private readonly catalogs: CatalogPair,
    private readonly maxProblemsKept?: number,
  ) {}

  /** Reads the file (progress 0–1 while reading); the reason in Chinese when it cannot be read. */
  static async open(
    bytes: Uint8Array,
    fileName: string,
    base: Draft,
    catalogs: CatalogPair,
    onProgress?: (fraction: number) => void,
    limits: ImportLimits = DEFAULT_LIMITS,
  ): Promise<Result<ImportJob, string>> {
    const t0 = Date.now();
    const wb = await readWorkbook(bytes, fileName, limits, onProgress);
    if (!wb.ok) return err(wb.error);
    const job = new ImportJob(fileName.replace(/^.*[\\/]/, ''), wb.value, base, catalogs, limits.maxProblemsKept);
    job.readMs = Date.now() - t0;
    return ok(job);
  }

  /** Validates every row under the officer's choices (by sheet name). */
  analyze(choices: Record<string, SheetChoice> = {}): PreviewSummary {
    const t0 = Date.now();
    const p = analyzeImport(this.workbook, {
      base: this.base,
      catalogs: this.catalogs,
      choices,
      maxProblemsKept: this.maxProblemsKept,
    });
    this.preview = p;
    const existing = new Set(this.base.expenses.map(lineKey));
    const alreadyInDraft =
      existing.size === 0 ? [] : p.expenses.filter((l) => existing.has(lineKey(l.line))).map((l) => l.row);
    return {
      fileName: this.fileName,
      sheets: this.mappings(choices),
      imported: p.sheets.map((s) => ({ name: s.name, kind: s.kind, rows: s.rows, rejected: s.rejected })),
      ignoredSheets: p.ignoredSheets,
      hiddenSheets: p.hiddenSheets,
      ambiguousSheets: p.ambiguousSheets,
      blocking: p.problems.some((x) => x.row === 0),
      problems: p.problems.slice(0, PROBLEMS_SHOWN),
      problemCount: p.problemCount,
      warnings: p.warnings.slice(0, PROBLEMS_SHOWN),
      warningCount: p.warningCount,
      duplicates: p.duplicates.slice(0, PROBLEMS_SHOWN),
      duplicateCount: p.duplicates.length,
      alreadyInDraft: alreadyInDraft.slice(0, PROBLEMS_SHOWN),
      alreadyInDraftCount: alreadyInDraft.length,
      counts: p.counts,
      expenseTotal: p.expenseTotal,
      draftUnit: p.draftUnit,
      expenseLines: p.expenses.length,
      units: p.units.length,
      projects: p.projects.length,
      incomeLines: p.income === null ? null : p.income.length,
      timings: { readMs: this.readMs, analyzeMs: Date.now() - t0 },
    };
  }

  /**
   * The new draft as draft-file text, or why nothing is imported. `incomeFromExpenses`: 由支出生成收入
   * (income-from-expenses.ts) for a file without a 收入 sheet.
   */
  apply(mode: ImportMode, allowRejectedRows: boolean, incomeFromExpenses = false): Result<string, string[]> {
    if (!this.preview) this.analyze();
    const r = applyImport(this.base, this.preview!, { mode, confirmed: true, allowRejectedRows, incomeFromExpenses });
    if (!r.ok) return r;
    return ok(saveDraftText(r.value));
  }

  /** Each sheet's kind and column mapping, as the 列对应 step shows them (also sheets whose header was not found). */
  private mappings(choices: Record<string, SheetChoice>): SheetMappingView[] {
    const roles = assignSheets(this.workbook, choices);
    return this.workbook.sheets.map((sheet) => {
      const choice = choices[sheet.name];
      const chosen = roles.chosen.has(sheet.name);
      const kind: SheetKind | null = roles.kindOf.get(sheet.name) ?? null;
      const first = sheet.rows[0];
      const view: SheetMappingView = {
        name: sheet.name,
        kind,
        chosen,
        headerRow: first?.row ?? 1,
        headers: headerTexts(first?.cells ?? []),
        columns: {},
        missing: [],
        rowCount: sheet.rows.length,
        signature: headerSignature(first?.cells ?? []),
        ...(sheet.hidden ? { hidden: true } : {}),
      };
      if (!kind) return view;
      let m = proposeMapping(sheet, kind);
      if (!m) {
        m = {
          kind,
          headerRow: view.headerRow,
          headerBottom: view.headerRow,
          headers: view.headers,
          columns: {},
          unmapped: [],
          missing: SHEET_FIELDS[kind].filter((f) => f.required),
        };
      }
      if (choice?.columns || choice?.amountUnit) m = applyUserMapping(m, choice.columns ?? {}, choice.amountUnit);
      return {
        ...view,
        headerRow: m.headerRow,
        headers: headerTexts(m.headers),
        columns: m.columns,
        missing: m.missing.map((f) => f.label),
        amountUnit: m.amountUnit,
        signature: headerSignature(m.headers),
        ...(m.funds
          ? {
              funds: m.funds.map((f) => ({
                column: f.column,
                header: f.header,
                label: `${SOURCE_NAMES[f.source]}${f.carryover ? '（上年结转）' : '（本年）'}${f.assumed ? '，未注明资金性质，按一般公共预算' : ''}`,
              })),
            }
          : {}),
        ...(m.mergeIntoData ? { blocked: mergeIntoDataMessage(m.mergeIntoData, m.headerRow) } : {}),
      };
    });
  }
}

/** The header row as a signature (mapping memory): normalised texts, empty cells kept as places. */
function headerSignature(cells: readonly string[]): string {
  return headerTexts(cells)
    .map((c) => normalizeHeader(c).name)
    .join('|');
}

/**
 * Header texts for the 列对应 lists: the page gets at most 200 columns (a row made 16,384 wide by
 * one stray cell would otherwise fill every list with thousands of empty options).
 */
function headerTexts(cells: readonly string[]): string[] {
  let n = Math.min(cells.length, 200);
  while (n > 0 && (cells[n - 1] ?? '').trim() === '') n -= 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push((cells[i] ?? '').trim());
  return out;
}
