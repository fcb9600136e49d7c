import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src-core/export/xlsx/print-setup';
import { zhoushanDraft } from '../fixture-resources';
import { cellAt, exportDraft, textOf, type Exported } from './workbook-helpers';

/** Merged ranges, header texts, styles and print setup against the table and layout definitions. */
const [national, zhejiang] = await Promise.all([
  exportDraft(zhoushanDraft(), 'national'),
  exportDraft(zhoushanDraft(), 'zhejiang'),
]);

const sheetOf = (ex: Exported, id: string) => {
  const plan = ex.plans.find((p) => p.table.id === id)!;
  return { plan, ws: ex.workbook.getWorksheet(plan.name)!, l: plan.layout };
};
const merges = (ws: ExcelJS.Worksheet): string[] => (ws.model as unknown as { merges: string[] }).merges;
const range = (top: number, left: number, bottom: number, right: number) =>
  `${columnLetter(left + 1)}${top + 1}:${columnLetter(right + 1)}${bottom + 1}`;
/** The merged range holding a header text in the header rows, as A1:B2. */
function headerRange(ws: ExcelJS.Worksheet, l: Exported['plans'][number]['layout'], text: string): string | undefined {
  for (let r = l.headerTop; r <= l.headerBottom; r++) {
    for (let c = 0; c < l.width; c++) {
      const m = l.mergeAt.get(r * l.width + c);
      if (textOf(cellAt(ws, r, c)) === text && m) return range(m.top, m.left, m.bottom, m.right);
    }
  }
  return undefined;
}

describe('merged headers from DerivedColumn.group', () => {
  it('T02 national: 本年收入 over its 10 columns, 上年结转结余 over 6, label and 总计 headers over both header rows', () => {
    const { ws, l } = sheetOf(national, 'T02');
    const top = l.headerTop;
    expect(headerRange(ws, l, '本年收入')).toBe(range(top, 3, top, 12));
    expect(merges(ws)).toContain(range(top, 3, top, 12));
    expect(headerRange(ws, l, '上年结转结余')).toBe(range(top, 13, top, 18));
    expect(headerRange(ws, l, '科目编码')).toBe(range(top, 0, top + 1, 0));
    expect(headerRange(ws, l, '总计')).toBe(range(top, 2, top + 1, 2));
    expect(textOf(cellAt(ws, top + 1, 3))).toBe('小计');
    expect(textOf(cellAt(ws, top + 1, 4))).toBe('一般公共预算');
  });

  it('T03: 基本支出 over 小计/人员经费/公用经费 in national, over 人员支出/公用经费 in zhejiang (小计 not printed)', () => {
    const n = sheetOf(national, 'T03');
    expect(headerRange(n.ws, n.l, '基本支出')).toBe(range(n.l.headerTop, 3, n.l.headerTop, 5));
    expect([3, 4, 5].map((c) => textOf(cellAt(n.ws, n.l.headerTop + 1, c)))).toEqual(['小计', '人员经费', '公用经费']);
    const z = sheetOf(zhejiang, 'T03');
    expect(headerRange(z.ws, z.l, '基本支出')).toBe(range(z.l.headerTop, 3, z.l.headerTop, 4));
    expect([3, 4].map((c) => textOf(cellAt(z.ws, z.l.headerTop + 1, c)))).toEqual(['人员支出', '公用经费']);
  });

  it('T07: 公务用车购置及运行费 over 小计/购置费/运行维护费; national adds 上年预算数 over the prior block', () => {
    const n = sheetOf(national, 'T07');
    expect(headerRange(n.ws, n.l, '公务用车购置及运行费')).toBe(range(n.l.headerTop, 3, n.l.headerTop, 5));
    expect(headerRange(n.ws, n.l, '上年预算数')).toBe(range(n.l.headerTop, 7, n.l.headerTop, 12));
    const z = sheetOf(zhejiang, 'T07');
    expect(z.l.width).toBe(7);
  });

  it('two-sided T01/T04: 收入 | 支出 side by side, closing totals on the last row', () => {
    for (const ex of [national, zhejiang]) {
      for (const id of ['T01', 'T04']) {
        const { ws, l, plan } = sheetOf(ex, id);
        const inWidth = 2;
        expect(headerRange(ws, l, '收　　入')).toBe(range(l.headerTop, 0, l.headerTop, inWidth - 1));
        expect(headerRange(ws, l, '支　　出')).toBe(range(l.headerTop, inWidth, l.headerTop, l.width - 1));
        expect(l.rowIndex.get('in|in:total')).toBe(l.bodyBottom);
        expect(l.rowIndex.get('out|out:total')).toBe(l.bodyBottom);
        const total = plan.table.rows.find((r) => r.key === 'in:total')!;
        expect(textOf(cellAt(ws, l.bodyBottom, 0))).toBe(total.name);
        expect(cellAt(ws, l.bodyBottom, 1).value).toBe(2725.6);
        expect(cellAt(ws, l.bodyBottom, inWidth + 1).value).toBe(2725.6);
      }
    }
    // 舟山 T01 as the seed prints it: 16 expense rows beside the income items, then 3 closing rows.
    const { l } = sheetOf(zhejiang, 'T01');
    expect(l.bodyBottom - l.bodyTop + 1).toBe(19);
    expect(l.rowIndex.get('in|in:subtotal')).toBe(l.rowIndex.get('out|out:subtotal'));
    expect(l.rowIndex.get('in|in:fiscal')).toBe(l.rowIndex.get('out|out:fn:201'));
  });

  it('title row merged across the sheet width; 编制单位 left, 单位 right', () => {
    for (const ex of [national, zhejiang]) {
      for (const { name, table, layout: l } of ex.plans) {
        const ws = ex.workbook.getWorksheet(name)!;
        expect(merges(ws)).toContain(range(l.titleRow, 0, l.titleRow, l.width - 1));
        expect(textOf(cellAt(ws, l.titleRow, 0))).toBe(table.title);
        expect(textOf(cellAt(ws, l.titleRow + 1, 0))).toBe('编制单位：舟山市人民政府办公室');
        const right = cellAt(ws, l.titleRow + 1, l.width - 1);
        expect(textOf(right)).toBe('单位：万元');
        expect(right.alignment?.horizontal).toBe('right');
        if (table.number) expect(textOf(cellAt(ws, l.titleRow - 1, 0))).toBe(table.number);
      }
    }
  });

  it('栏次 row: ** under label columns, 1, 2, 3 … under amount columns', () => {
    const { ws, l } = sheetOf(zhejiang, 'T05');
    const texts = Array.from({ length: l.width }, (_, c) => textOf(cellAt(ws, l.headerBottom, c)));
    expect(texts).toEqual(['**', '**', '1', '2', '3', '4', '5']);
    const t01 = sheetOf(zhejiang, 'T01');
    expect(t01.plan.table.columnNumbers).toBe(false);
    expect(textOf(cellAt(t01.ws, t01.l.headerBottom, 0))).toBe('项目');
  });
});

describe('cell styles', () => {
  it('borders on every cell of the header and body, merged ones included', () => {
    for (const ex of [national, zhejiang]) {
      for (const { name, layout: l } of ex.plans) {
        const ws = ex.workbook.getWorksheet(name)!;
        for (let r = l.headerTop; r <= l.bodyBottom; r++) {
          for (let c = 0; c < l.width; c++) {
            const b = cellAt(ws, r, c).border;
            expect(
              ['top', 'left', 'bottom', 'right'].map((s) => (b as Record<string, { style?: string }>)?.[s]?.style),
              `${name} ${r}:${c}`,
            ).toEqual(['thin', 'thin', 'thin', 'thin']);
          }
        }
      }
    }
  });

  it('amounts #,##0.00 with zero blank; names indented by level; 合计 rows bold; CJK fonts named', () => {
    const { ws, l, plan } = sheetOf(national, 'T05');
    for (const row of plan.table.rows) {
      const r = l.rowIndex.get(`main|${row.key}`)!;
      const amount = cellAt(ws, r, 2);
      expect(amount.numFmt).toBe('#,##0.00;-#,##0.00;;@');
      expect(amount.font?.bold === true).toBe(row.emphasis === true);
      const name = cellAt(ws, r, 1);
      expect(name.alignment?.indent ?? 0).toBe(Math.max(0, row.level - 1));
      expect(name.font?.name).toBe('宋体');
    }
    expect(cellAt(ws, l.titleRow, 0).font?.name).toBe('黑体');
  });

  it('column widths from East-Asian display width: names fit, amounts never show #####', () => {
    const { ws, l, plan } = sheetOf(national, 'T03');
    const nameWidth = ws.getColumn(2).width!;
    expect(nameWidth).toBeGreaterThanOrEqual(2 * '机关事业单位基本养老保险缴费支出'.length + 2 * 3);
    expect(ws.getColumn(1).width!).toBeLessThan(nameWidth);
    for (const col of plan.table.columns.filter((c) => c.printed)) {
      const c = l.columnIndex.get(`main|${col.key}`)!;
      expect(ws.getColumn(c + 1).width!).toBeGreaterThanOrEqual('2,725.60'.length + 2);
    }
  });
});

describe('print setup', () => {
  it('A4, landscape where wide, one page wide, header rows repeated, page numbers in the footer, rows frozen', () => {
    for (const ex of [national, zhejiang]) {
      for (const { name, table, layout: l } of ex.plans) {
        const ws = ex.workbook.getWorksheet(name)!;
        const ps = ws.pageSetup;
        expect(ps.paperSize).toBe(9);
        expect(ps.fitToPage).toBe(true);
        expect(ps.fitToWidth).toBe(1);
        expect(ps.fitToHeight).toBe(0);
        expect(ps.printTitlesRow).toBe(`${l.headerTop + 1}:${l.headerBottom + 1}`);
        expect(ws.headerFooter.oddFooter).toContain('&P');
        expect(ws.headerFooter.oddFooter).toContain('&N');
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: l.headerBottom + 1 });
        if (table.id === 'T02') expect(ps.orientation, name).toBe('landscape');
        if (table.id === 'T06') expect(ps.orientation, name).toBe('portrait');
      }
    }
  });
});
