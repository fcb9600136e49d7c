import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zhoushanDraft } from '../fixture-resources';
import { cellAt, expectedCell, exportDraft, textOf, type Exported } from './workbook-helpers';

/**
 * Acceptance: the exported workbook read back holds, cell by cell, the values of `tables --json`
 * (engine.tables()) for the 舟山 fixture under both layouts.
 */
const LAYOUTS = {
  national: [
    '目录',
    '表一 部门收支总表',
    '表二 部门收入总表',
    '表三 部门支出总表',
    '表四 财政拨款收支总表',
    '表五 一般公共预算支出表',
    '表六 一般公共预算基本支出表',
    '表七 一般公共预算“三公”经费支出表',
    '表八 政府性基金预算支出表',
    '表九 国有资本经营预算支出表',
    '表十 项目支出表',
    '表十一 项目支出绩效目标表',
    '表十二 政府采购预算表',
  ],
  zhejiang: [
    '目录',
    '2022年部门收支预算总表',
    '2022年部门收入预算总表',
    '2022年部门支出预算总表',
    '2022年部门财政拨款收支预算总表',
    '2022年部门一般公共预算支出表',
    '2022年部门一般公共预算基本支出表',
    '2022年部门一般公共预算“三公”经费支出表',
    '2022年部门政府性基金预算支出表',
    '2022年部门国有资本经营预算支出表',
    '2022年部门项目支出预算表',
    '2022年部门项目支出预算表（一级项目）',
    '2022年部门预算财政拨款重点项目支出预算表',
    '2022年部门项目支出绩效目标表',
    '2022年部门政府采购预算表',
  ],
} as const;

for (const [layout, sheetNames] of Object.entries(LAYOUTS)) {
  describe(`${layout}: the workbook holds the derived tables`, async () => {
    const ex: Exported = await exportDraft(zhoushanDraft(), layout);

    it('has a 目录 sheet, then one sheet per table in the layout order, named by number and title', () => {
      expect(ex.workbook.worksheets.map((w) => w.name)).toEqual(sheetNames);
      for (const name of sheetNames) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }
    });

    it('every printed amount cell is at its row and column, zero cells are empty', () => {
      let checked = 0;
      ex.plans.forEach((plan, i) => {
        const ws = ex.workbook.getWorksheet(plan.name)!;
        const { layout: l, table } = plan;
        for (const row of table.rows.filter((r) => r.printed)) {
          const r = l.rowIndex.get(`${row.section}|${row.key}`);
          expect(r, `${table.id} row ${row.key}`).toBeDefined();
          for (const col of table.columns.filter((c) => c.printed && c.section === row.section)) {
            const c = l.columnIndex.get(`${col.section}|${col.key}`)!;
            const cell = cellAt(ws, r!, c);
            expect(`${table.id}/${row.key}/${col.key}=${cell.value}`).toBe(
              `${table.id}/${row.key}/${col.key}=${expectedCell(row.values[col.key])}`,
            );
            checked++;
          }
        }
        // No stray numbers: the sheet holds exactly the non-zero printed amounts.
        let numbers = 0;
        ws.eachRow((r) =>
          r.eachCell((cell) => {
            if (typeof cell.value === 'number' && cell.type !== ExcelJS.ValueType.Merge) numbers++;
          }),
        );
        const nonZero = table.rows
          .filter((r) => r.printed)
          .reduce(
            (n, r) =>
              n +
              table.columns.filter(
                (c) => c.printed && c.section === r.section && expectedCell(r.values[c.key]) !== null,
              ).length,
            0,
          );
        expect(numbers, `${ex.plans[i].name}`).toBe(nonZero);
      });
      expect(checked).toBeGreaterThan(300);
    });

    it('labels sit beside their amounts; codes are text (leading zeros kept)', () => {
      for (const { name, table, layout: l } of ex.plans) {
        const ws = ex.workbook.getWorksheet(name)!;
        for (const row of table.rows.filter((r) => r.printed)) {
          const r = l.rowIndex.get(`${row.section}|${row.key}`)!;
          const code = l.labelIndex.get(`${row.section}|code`);
          if (code !== undefined && row.code) {
            const cell = cellAt(ws, r, code);
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            expect(cell.value).toBe(row.code);
            expect(cell.numFmt).toBe('@');
          }
          const nameCol = l.labelIndex.get(`${row.section}|name`) ?? l.labelIndex.get(`${row.section}|projectName`);
          if (nameCol !== undefined) {
            const expected = row.text?.projectName ?? row.name;
            expect(textOf(cellAt(ws, r, nameCol))).toBe(expected);
          }
        }
      }
    });

    it('each amount column sits under its own header (group above, title below)', () => {
      for (const { name, table, layout: l } of ex.plans) {
        const ws = ex.workbook.getWorksheet(name)!;
        for (const col of table.columns.filter((c) => c.printed)) {
          const c = l.columnIndex.get(`${col.section}|${col.key}`)!;
          const texts: string[] = [];
          for (let r = l.headerTop; r <= l.headerBottom; r++) texts.push(textOf(cellAt(ws, r, c)));
          expect(texts, `${table.id} ${col.key}`).toContain(col.title);
          if (col.group) expect(texts).toContain(col.group);
        }
      }
    });

    it('prints the notes: the 尾数 note under T06, the empty sentence under T08/T09', () => {
      for (const { name, table, layout: l } of ex.plans) {
        const ws = ex.workbook.getWorksheet(name)!;
        const below: string[] = [];
        for (let r = l.bodyBottom + 1; r < l.cells.length; r++) below.push(textOf(cellAt(ws, r, 0)));
        expect(below, table.id).toEqual(table.notes);
      }
      const notes = Object.fromEntries(ex.tables.map((t) => [t.id, t.notes.join('')]));
      expect(notes.T06).toContain('尾数误差');
      expect(notes.T08).toContain('没有使用政府性基金预算拨款安排的支出');
    });
  });
}
