import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import type { CatalogPair } from '../../src-core/domain/catalog/catalog';
import type { Draft, ExpenseLine } from '../../src-core/domain/draft/types';
import { analyzeImport } from '../../src-core/import/import-workbook';
import { applyImport } from '../../src-core/import/plan-import';
import { readWorkbook } from '../../src-core/import/read-workbook';
import { draftToTemplate } from '../../src-core/import/template';

/**
 * Import of `draft`'s lines into an empty draft of the same department: read the file, validate
 * every row, build the new draft (applied directly, issue 15). Median of `runs`. The filled
 * template (支出明细, 单位, 收入, 项目) always; with `budgetSystemShapes` also the exports of a
 * 预算管理一体化系统 (issue 13): the long shape (项目类别, 资金性质 + 资金来源, “code name”
 * cells, title and 单位 rows above the header), the wide shape (one amount column per fund) and
 * the long shape as a legacy .xls.
 */
export async function benchImport(
  draft: Draft,
  catalogs: CatalogPair,
  options: { runs?: number; budgetSystemShapes?: boolean } = {},
): Promise<void> {
  const runs = options.runs ?? 3;
  const base: Draft = { ...draft, units: [], income: [], expenses: [], projects: [], procurement: [] };
  const files: { label: string; name: string; bytes: Uint8Array }[] = [
    { label: 'the template', name: 'bench.xlsx', bytes: await draftToTemplate(draft) },
  ];
  if (options.budgetSystemShapes) {
    const long = longShapeRows(draft, catalogs);
    files.push(
      { label: '一体化 long shape', name: 'long.xlsx', bytes: await xlsxOf('支出预算', long) },
      {
        label: '一体化 wide shape',
        name: 'wide.xlsx',
        bytes: await xlsxOf('部门支出预算表', wideShapeRows(draft, catalogs)),
      },
      { label: '一体化 long shape as .xls', name: 'long.xls', bytes: xlsOf('支出预算', long) },
    );
  }
  for (const f of files) await benchFile(draft.expenses.length, f, base, catalogs, runs);
}

async function benchFile(
  lines: number,
  file: { label: string; name: string; bytes: Uint8Array },
  base: Draft,
  catalogs: CatalogPair,
  runs: number,
): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const rows: { read: number; validate: number; apply: number }[] = [];
  let imported = 0;
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    const wb = await readWorkbook(file.bytes, file.name);
    if (!wb.ok) throw new Error(wb.error);
    const t1 = performance.now();
    const preview = analyzeImport(wb.value, { base, catalogs });
    if (preview.problems.length > 0)
      throw new Error(
        `import bench (${file.label}): ${preview.problems.length} problems, first: ${preview.problems[0].message}`,
      );
    const t2 = performance.now();
    const applied = applyImport(base, preview, { mode: 'replace', confirmed: true });
    if (!applied.ok) throw new Error(applied.error.join('\n'));
    const t3 = performance.now();
    imported = applied.value.expenses.length;
    rows.push({ read: t1 - t0, validate: t2 - t1, apply: t3 - t2 });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const total = median(rows.map((r) => r.read + r.validate + r.apply));
  const format = file.name.endsWith('.xls') ? '.xls' : '.xlsx';
  console.log(
    `import ${lines} lines from ${file.label} (${format} ${(file.bytes.length / 1e6).toFixed(2)} MB, ${imported} lines imported): median total ${total.toFixed(0)} ms ` +
      `(read ${median(rows.map((r) => r.read)).toFixed(0)} ms, validate ${median(rows.map((r) => r.validate)).toFixed(0)} ms, apply ${median(rows.map((r) => r.apply)).toFixed(0)} ms; n=${runs})`,
  );
}

const CATEGORY: Partial<Record<ExpenseLine['kind'], [string, string]>> = {
  personnel: ['人员类项目', ''],
  public: ['运转类项目', '公用经费'],
  project: ['特定目标类项目', ''],
};

/** 资金性质 and 资金来源 of a line, as the 一体化 system writes them. */
function natureAndSource(l: ExpenseLine): [string, string] {
  const fiscal: Partial<Record<ExpenseLine['source'], string>> = {
    gpb: '一般公共预算资金',
    gf: '政府性基金预算资金',
    soc: '国有资本经营预算资金',
    special: '财政专户管理资金',
  };
  if (fiscal[l.source]) return [fiscal[l.source]!, l.carryover ? '上年结转' : '本级财政拨款'];
  const own: Partial<Record<ExpenseLine['source'], string>> = {
    business: '事业收入',
    operating: '事业单位经营收入',
    superior: '上级补助收入',
    subsidiary: '附属单位上缴收入',
    other: '其他收入',
    unit: '上年结转',
  };
  return ['单位资金', own[l.source]!];
}

function names(draft: Draft, catalogs: CatalogPair) {
  const unit = new Map(draft.units.map((u) => [u.code, `${u.code} ${u.name}`]));
  const project = new Map(draft.projects.map((p) => [p.code, p.name]));
  const fn = (c: string) => `${c} ${catalogs.function.get(c)?.name ?? ''}`;
  const eco = (c: string) => `${c} ${catalogs.economic.get(c)?.name ?? ''}`;
  return { unit, project, fn, eco };
}

/** The lines as the system's long export: title and 单位 rows, then one row per line. */
export function longShapeRows(draft: Draft, catalogs: CatalogPair): unknown[][] {
  const n = names(draft, catalogs);
  const rows: unknown[][] = [
    [`${draft.year}年部门支出预算明细表`],
    [`部门：${draft.department.name}`, '', '', '', '', '', '', '', '', '', '', '单位：元'],
    [
      '预算单位',
      '项目类别',
      '支出项目类别',
      '项目编码',
      '项目名称',
      '支出功能分类',
      '政府预算经济分类',
      '部门预算经济分类',
      '是否政府采购',
      '资金性质',
      '资金来源',
      '预算金额',
    ],
  ];
  for (const l of draft.expenses) {
    const [category, sub] = CATEGORY[l.kind] ?? ['', ''];
    const [nature, source] = natureAndSource(l);
    // The system gives every line a project: 人员类 and 公用经费 lines a bookkeeping one.
    const project = l.project ?? `${l.unit}${l.kind === 'personnel' ? 'T' : 'R'}0001`;
    const projectName = l.project
      ? (n.project.get(l.project) ?? '')
      : l.kind === 'personnel'
        ? '人员经费'
        : '日常公用经费';
    rows.push([
      n.unit.get(l.unit),
      category,
      sub,
      project,
      projectName,
      n.fn(l.function),
      '',
      n.eco(l.economic),
      '否',
      nature,
      source,
      Number(l.amount),
    ]);
  }
  return rows;
}

const FUND_COLUMNS: [string, (l: ExpenseLine) => boolean][] = [
  ['公共预算拨款', (l) => l.source === 'gpb' && !l.carryover],
  ['政府性基金拨款', (l) => l.source === 'gf' && !l.carryover],
  ['财政专户管理资金', (l) => l.source === 'special' && !l.carryover],
  ['事业收入', (l) => l.source === 'business'],
  ['事业单位经营收入', (l) => l.source === 'operating'],
  ['其他自有资金', (l) => l.source === 'other'],
  ['上年结转', (l) => l.carryover],
];

/** The lines as the system's wide export: one amount column per fund. */
export function wideShapeRows(draft: Draft, catalogs: CatalogPair): unknown[][] {
  const n = names(draft, catalogs);
  const rows: unknown[][] = [
    [`${draft.year}年部门支出预算表`],
    ['单位：元'],
    [
      '预算单位',
      '项目类别',
      '支出项目类别',
      '项目编码',
      '项目名称',
      '支出功能分类',
      '部门预算经济分类',
      '预算金额',
      ...FUND_COLUMNS.map((f) => f[0]),
    ],
  ];
  for (const l of draft.expenses) {
    const [category, sub] = CATEGORY[l.kind] ?? ['', ''];
    const amount = Number(l.amount);
    rows.push([
      n.unit.get(l.unit),
      category,
      sub,
      l.project ?? '',
      l.project ? (n.project.get(l.project) ?? '') : '',
      n.fn(l.function),
      n.eco(l.economic),
      amount,
      ...FUND_COLUMNS.map(([, is]) => (is(l) ? amount : '')),
    ]);
  }
  return rows;
}

async function xlsxOf(name: string, rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  ws.mergeCells(1, 1, 1, rows[2].length);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function xlsOf(name: string, rows: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: rows[2].length - 1 } }];
  XLSX.utils.book_append_sheet(wb, ws, name);
  return new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
}
