import { describe, expect, it } from 'vitest';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { readCellInput } from '../../../src-core/editor/cell-input';
import {
  blankLine,
  cellText,
  cellValue,
  expenseColumns,
  withCell,
} from '../../../src-renderer/features/grid/expense-columns';

const draft = {
  units: [
    { code: '167001', name: '舟山市人民政府办公室（本级）', type: 'admin' as const },
    { code: '167002', name: '舟山市大数据发展中心', type: 'institution' as const },
  ],
};
const line: ExpenseLine = {
  unit: '167002',
  function: '2010301',
  economic: '30201',
  kind: 'public',
  source: 'gpb',
  carryover: true,
  amount: '1200.00',
  project: null,
  note: '',
  extra: { 来源: '一体化' },
};
const columns = expenseColumns(draft);
const column = (key: string) => columns.find((c) => c.key === key)!;

describe('the 支出明细 grid columns', () => {
  it('are the expense line fields, in the order officers read them', () => {
    expect(columns.map((c) => c.key)).toEqual([
      'unit',
      'function',
      'economic',
      'kind',
      'source',
      'carryover',
      'project',
      'amount',
      'note',
    ]);
    expect(columns.every((c) => /[\u4e00-\u9fff]/.test(c.label))).toBe(true);
  });

  it('offer the draft units by name, and take a unit typed by its code or its name', () => {
    expect(column('unit').values?.map((v) => v.label)).toEqual(draft.units.map((u) => u.name));
    expect(readCellInput(column('unit'), '167001', { unit: 'yuan' })).toMatchObject({ ok: true, value: '167001' });
    expect(readCellInput(column('unit'), '舟山市大数据发展中心', { unit: 'yuan' })).toMatchObject({
      ok: true,
      value: '167002',
    });
  });

  it('read every value back that they show: labels for enums paste back as the same keys', () => {
    const projects = [{ code: 'P01', unit: '167002', name: '政务云运维', indicators: [] }];
    const withProject = { ...line, project: 'P01' };
    for (const c of expenseColumns({ ...draft, projects })) {
      const shown = cellText(c, withProject);
      if (c.kind === 'enum') expect(shown).not.toBe(cellValue(withProject, c.key));
      const read = readCellInput(c, shown, { unit: 'yuan' });
      expect(read, c.key).toMatchObject({ ok: true, value: cellValue(withProject, c.key) });
    }
  });

  it('replace one cell and keep the rest of the line, unknown keys included', () => {
    expect(withCell(line, 'carryover', 'false')).toEqual({ ...line, carryover: false });
    expect(withCell(line, 'project', 'P01')).toEqual({ ...line, project: 'P01' });
    expect(withCell(withCell(line, 'project', 'P01'), 'project', '')).toEqual(line);
    expect(withCell(line, 'amount', '5.00')).toEqual({ ...line, amount: '5.00' });
    expect(withCell(line, 'amount', '5.00').extra).toEqual({ 来源: '一体化' });
  });

  it('start a new line with the unit, kind and source of the line it is inserted by', () => {
    expect(blankLine(draft)).toMatchObject({
      unit: '167001',
      kind: 'personnel',
      source: 'gpb',
      amount: '0.00',
      project: null,
    });
    expect(blankLine(draft, line)).toMatchObject({
      unit: '167002',
      kind: 'public',
      source: 'gpb',
      carryover: false,
      function: '',
    });
  });
});
