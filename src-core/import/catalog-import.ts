import {
  Catalog,
  codeLevel,
  parentCode,
  type CatalogEntry,
  type CatalogPair,
  type Scheme,
} from '../domain/catalog/catalog';
import type { Draft } from '../domain/draft/types';
import { err, ok, type Result } from '../domain/result';
import { normalizeHeader } from './mapping';
import { readWorkbook, type SheetData } from './read-workbook';
import type { ImportLimits } from './limits';
import { parseCode } from './values';

/**
 * Loading a year's 支出功能分类 / 部门预算支出经济分类 from the Ministry's Excel or CSV list: code,
 * name and explanation columns found by their headers. The result is shown as a diff against the
 * catalog in use before it is applied; codes a draft uses that the new catalog drops are listed
 * (flagged as unknown by the rules), never deleted from the draft.
 */
const COLUMN_NAMES: Record<'code' | 'name' | 'description', string[]> = {
  code: [
    'code',
    '编码',
    '科目编码',
    '代码',
    '科目代码',
    '分类编码',
    '功能分类科目编码',
    '经济分类科目编码',
    '功能科目编码',
    '经济科目编码',
    '编号',
  ],
  name: [
    'name',
    '名称',
    '科目名称',
    '分类名称',
    '功能分类科目名称',
    '经济分类科目名称',
    '功能科目名称',
    '经济科目名称',
  ],
  description: ['description', '说明', '科目说明', '解释', '科目解释', '注释', '备注', '内容说明'],
};

function findColumns(
  sheet: SheetData,
): { headerRow: number; cols: Partial<Record<'code' | 'name' | 'description', number>> } | null {
  for (const r of sheet.rows.slice(0, 15)) {
    const cols: Partial<Record<'code' | 'name' | 'description', number>> = {};
    r.cells.forEach((c, i) => {
      const n = normalizeHeader(c).name;
      for (const key of ['code', 'name', 'description'] as const)
        if (cols[key] === undefined && COLUMN_NAMES[key].includes(n)) cols[key] = i;
    });
    if (cols.code !== undefined) return { headerRow: r.row, cols };
  }
  return null;
}

export interface CatalogDiff {
  added: CatalogEntry[];
  removed: CatalogEntry[];
  renamed: { code: string; from: string; to: string }[];
  descriptionChanged: { code: string; name: string; from: string; to: string }[];
}

export interface CatalogFileImport {
  catalog: Catalog;
  diff: CatalogDiff;
  /** Codes the draft uses that the new catalog does not have: kept in the draft, flagged by the rules. */
  unknownInDraft: { code: string; lines: number[] }[];
}

/** Parses the file's rows into a catalog (every bad row listed with 第 N 行). */
export async function readCatalogFile(
  bytes: Uint8Array,
  fileName: string,
  scheme: Scheme,
  year: number,
  limits?: ImportLimits,
): Promise<Result<Catalog, string[]>> {
  const wb = await readWorkbook(bytes, fileName, limits);
  if (!wb.ok) return err([wb.error]);
  let found: {
    sheet: SheetData;
    headerRow: number;
    cols: Partial<Record<'code' | 'name' | 'description', number>>;
  } | null = null;
  const hidden: string[] = [];
  for (const sheet of wb.value.sheets) {
    const f = findColumns(sheet);
    if (f && sheet.hidden)
      hidden.push(sheet.name); // never taken silently (a hidden sheet is often an old copy)
    else if (f) {
      found = { sheet, ...f };
      break;
    }
  }
  if (!found && hidden.length > 0)
    return err([
      `科目编码列只在隐藏的工作表${hidden.map((n) => `“${n}”`).join('、')}中：请在 Excel/WPS 中取消隐藏后再导入。`,
    ]);
  if (!found) return err(['找不到科目编码列：表头应含“科目编码”（或“编码”“代码”），以及“科目名称”“说明”。']);
  const { sheet, headerRow, cols } = found;
  const entries: CatalogEntry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows) {
    if (r.row <= headerRow) continue;
    const raw = (r.cells[cols.code!] ?? '').trim();
    if (raw === '') continue;
    const parsed = parseCode(raw);
    const code = parsed.ok ? parsed.value : '';
    const level = codeLevel(scheme, code);
    if (!parsed.ok || level === 0) {
      problems.push(
        `工作表“${sheet.name}”第 ${r.row} 行：科目编码“${raw}”无效（${scheme === 'function' ? '应为 3、5 或 7 位数字' : '应为 3 或 5 位数字'}）`,
      );
      continue;
    }
    if (seen.has(code)) {
      problems.push(`工作表“${sheet.name}”第 ${r.row} 行：科目编码“${code}”与第 ${seen.get(code)} 行重复`);
      continue;
    }
    seen.set(code, r.row);
    // “2010101 行政运行” in one column: the name follows the code.
    const name =
      cols.name !== undefined ? (r.cells[cols.name] ?? '').trim() : raw.replace(/^[[【]?\d+[\]】]?[\s\-—:：_]*/, '');
    if (name === '') problems.push(`工作表“${sheet.name}”第 ${r.row} 行：科目“${code}”没有名称`);
    entries.push({
      code,
      name,
      description: cols.description !== undefined ? (r.cells[cols.description] ?? '').trim() : '',
      level,
      parent: parentCode(scheme, code),
      verified: true,
    });
  }
  if (problems.length > 0) return err(problems);
  if (entries.length === 0) return err(['文件中没有科目行。']);
  return ok(new Catalog(scheme, year, entries));
}

/** What changes from `current` to `next`. */
export function diffCatalog(current: Catalog, next: Catalog): CatalogDiff {
  const diff: CatalogDiff = { added: [], removed: [], renamed: [], descriptionChanged: [] };
  for (const e of next.all()) {
    const old = current.get(e.code);
    if (!old) diff.added.push(e);
    else {
      if (old.name !== e.name) diff.renamed.push({ code: e.code, from: old.name, to: e.name });
      if (e.description !== '' && old.description !== e.description)
        diff.descriptionChanged.push({ code: e.code, name: e.name, from: old.description, to: e.description });
    }
  }
  for (const e of current.all()) if (!e.local && !next.has(e.code)) diff.removed.push(e);
  return diff;
}

/** Codes of the draft's lines (and 本地科目 aside) missing from `next`, with the lines using them. */
export function codesBecomingUnknown(draft: Draft, scheme: Scheme, next: Catalog): { code: string; lines: number[] }[] {
  const local = new Set(draft.catalogExtras.filter((x) => x.scheme === scheme).map((x) => x.code));
  const out = new Map<string, number[]>();
  draft.expenses.forEach((l, i) => {
    const code = scheme === 'function' ? l.function : l.economic;
    if (next.has(code) || local.has(code)) return;
    const list = out.get(code) ?? [];
    list.push(i);
    out.set(code, list);
  });
  return [...out].map(([code, lines]) => ({ code, lines }));
}

/**
 * The new catalog as it will be used: explanations the file leaves empty and the economic 类's
 * 人员/公用 attribution are kept from the current catalog.
 */
export function mergeCatalog(current: Catalog, next: Catalog): Catalog {
  return new Catalog(
    next.scheme,
    next.year,
    next.all().map((e) => {
      const old = current.get(e.code);
      return {
        ...e,
        description: e.description || old?.description || '',
        ...(old?.basicKind ? { basicKind: old.basicKind } : {}),
      };
    }),
  );
}

/** Reads the file and prepares what the officer confirms: the catalog, the diff, the draft's affected codes. */
export async function prepareCatalogImport(
  bytes: Uint8Array,
  fileName: string,
  scheme: Scheme,
  current: CatalogPair,
  draft?: Draft,
): Promise<Result<CatalogFileImport, string[]>> {
  const read = await readCatalogFile(bytes, fileName, scheme, current.year);
  if (!read.ok) return read;
  const catalog = mergeCatalog(current[scheme], read.value);
  return ok({
    catalog,
    diff: diffCatalog(current[scheme], catalog),
    unknownInDraft: draft ? codesBecomingUnknown(draft, scheme, catalog) : [],
  });
}

/** The pair with one scheme replaced (after confirmation). */
export function applyCatalog(pair: CatalogPair, catalog: Catalog): CatalogPair {
  return { ...pair, [catalog.scheme]: catalog };
}
