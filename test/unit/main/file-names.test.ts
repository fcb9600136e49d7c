import { describe, expect, it } from 'vitest';
import { defaultFileName, safeFileNamePart, withExtension } from '../../../src-core/ipc/file-names';

describe('defaultFileName', () => {
  it('names each kind of file after the department and year', () => {
    expect(defaultFileName('xlsx', '舟山市人民政府办公室', 2022)).toBe('舟山市人民政府办公室2022年部门预算公开表.xlsx');
    expect(defaultFileName('draft', '舟山市人民政府办公室', 2022)).toBe(
      '舟山市人民政府办公室2022年部门预算.budget.json',
    );
    expect(defaultFileName('pdf', '舟山市人民政府办公室', 2022)).toBe('舟山市人民政府办公室2022年部门预算情况说明.pdf');
  });

  it('keeps names valid on Windows', () => {
    expect(safeFileNamePart('a/b\\c:d*e?"f<g>h|i')).toBe('a_b_c_d_e__f_g_h_i');
    expect(safeFileNamePart(' ..市财政局.. ')).toBe('市财政局');
    expect(defaultFileName('pdf', '  ', 2023)).toBe('未命名部门2023年部门预算情况说明.pdf');
    expect(defaultFileName('xlsx', '../../etc', 2023)).toBe('_.._etc2023年部门预算公开表.xlsx');
  });
});

describe('withExtension', () => {
  it('adds the extension only when it is missing', () => {
    expect(withExtension('/d/预算', 'xlsx')).toBe('/d/预算.xlsx');
    expect(withExtension('/d/预算.XLSX', 'xlsx')).toBe('/d/预算.XLSX');
    expect(withExtension('/d/预算', 'draft')).toBe('/d/预算.budget.json');
    expect(withExtension('/d/预算.json', 'draft')).toBe('/d/预算.json');
    expect(withExtension('/d/说明', 'pdf')).toBe('/d/说明.pdf');
  });
});
