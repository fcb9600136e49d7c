import { describe, expect, it } from 'vitest';
import { comparable, readCellInput, type CellInputContext } from '../../../src-core/editor/cell-input';
import type { GridColumn } from '../../../src-core/editor/grid-model';
import { EXPENSE_COLUMNS, SMALL_CATALOGS, col } from './sample-grid';

const column = (key: string): GridColumn => EXPENSE_COLUMNS[col(key)];
const yuan: CellInputContext = { unit: 'yuan', catalogs: SMALL_CATALOGS };
const read = (key: string, text: string, ctx = yuan) => readCellInput(column(key), text, ctx);

describe('readCellInput: amounts', () => {
  it('normalises what Excel shows and what an IME types', () => {
    expect(read('amount', '1,234.56')).toEqual({ ok: true, value: '1234.56' });
    expect(read('amount', '１２３')).toEqual({ ok: true, value: '123' });
    expect(read('amount', ' ￥2,874,600.00 ')).toEqual({ ok: true, value: '2874600.00' });
    expect(read('amount', '(12.5)')).toEqual({ ok: true, value: '-12.5' });
  });

  it('refuses ambiguous or malformed amounts with parseAmountInput’s message', () => {
    const r = read('amount', '13,6');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^无法识别金额“13,6”：/);
    expect(read('amount', '')).toEqual({ ok: false, error: '金额不能为空' });
  });

  it('follows the draft unit: 万元 allows six decimals', () => {
    expect(read('amount', '12.345678', { unit: 'wanyuan', catalogs: SMALL_CATALOGS })).toEqual({
      ok: true,
      value: '12.345678',
    });
    expect(read('amount', '12.345').ok).toBe(false);
  });
});

describe('readCellInput: codes', () => {
  it('trims and accepts codes, full-width digits, and code-with-name as other systems export them', () => {
    expect(read('function', ' 2010301 ')).toEqual({ ok: true, value: '2010301' });
    expect(read('function', '２０１０３０１')).toEqual({ ok: true, value: '2010301' });
    expect(read('function', '2010301 行政运行')).toEqual({ ok: true, value: '2010301' });
    expect(read('function', '[2010301]行政运行')).toEqual({ ok: true, value: '2010301' });
    expect(read('economic', '30217-公务接待费')).toEqual({ ok: true, value: '30217' });
    expect(read('economic', '【30101】基本工资')).toEqual({ ok: true, value: '30101' });
  });

  it('refuses a name that contradicts the code', () => {
    const r = read('function', '2010301 一般行政管理事务');
    expect(r).toEqual({ ok: false, error: '编码“2010301”是“行政运行”，与所填名称“一般行政管理事务”不符，请核对' });
  });

  it('refuses codes at the wrong level or of the wrong length, saying which level is needed', () => {
    expect(read('function', '20103')).toEqual({
      ok: false,
      error: '“20103”是款级科目，支出功能分类须填到项级（7 位编码）',
    });
    expect(read('function', '201')).toEqual({
      ok: false,
      error: '“201”是类级科目，支出功能分类须填到项级（7 位编码）',
    });
    expect(read('economic', '301')).toEqual({
      ok: false,
      error: '“301”是类级科目，支出经济分类须填到款级（5 位编码）',
    });
    expect(read('economic', '3010')).toEqual({
      ok: false,
      error: '科目编码“3010”有 4 位，支出经济分类款级编码应为 5 位数字',
    });
  });

  it('refuses non-digits and blanks', () => {
    expect(read('economic', '公务接待费')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^无法识别科目编码“公务接待费”/),
    });
    expect(read('economic', '302 17')).toMatchObject({
      ok: false,
      error: expect.stringContaining('编码中间不能有空格'),
    });
    expect(read('economic', '  ')).toMatchObject({
      ok: false,
      error: expect.stringContaining('请填写支出经济分类科目编码'),
    });
  });

  it('accepts a code missing from the catalog with a warning, and checks only the form without catalogs', () => {
    expect(read('economic', '30199')).toEqual({
      ok: true,
      value: '30199',
      warning: '科目编码“30199”不在支出经济分类科目目录中，请核对编码',
    });
    expect(read('economic', '30199', { unit: 'yuan' })).toEqual({ ok: true, value: '30199' });
  });
});

describe('readCellInput: enums and text', () => {
  it('matches an enum by key, Chinese label or alias, ignoring case, spacing and full width', () => {
    expect(read('kind', 'personnel')).toEqual({ ok: true, value: 'personnel' });
    expect(read('kind', 'TOSUPERIOR')).toEqual({ ok: true, value: 'toSuperior' });
    expect(read('kind', ' 人员经费 ')).toEqual({ ok: true, value: 'personnel' });
    expect(read('source', '一般公共预算')).toEqual({ ok: true, value: 'gpb' });
    expect(read('source', '事业收入（不含财政专户管理资金）')).toEqual({ ok: true, value: 'business' });
    expect(read('source', '事业收入(不含财政专户管理资金)')).toEqual({ ok: true, value: 'business' });
  });

  it('lists the allowed values when an enum value is unknown', () => {
    expect(read('kind', '工资')).toEqual({
      ok: false,
      error:
        '“工资”不是可选的值，可选：人员经费、公用经费、项目支出、事业单位经营支出、上缴上级支出、对附属单位补助支出',
    });
    expect(read('kind', '')).toMatchObject({ ok: false, error: expect.stringMatching(/^不能为空，请填写：人员经费/) });
  });

  it('says where the values come from (the column’s hint), and when there are none yet', () => {
    const project: GridColumn = {
      key: 'project',
      label: '项目',
      kind: 'enum',
      optional: true,
      values: [],
      hint: '项目须先在“项目”中登记',
    };
    expect(readCellInput(project, '数字政府', yuan)).toEqual({
      ok: false,
      error: '“数字政府”不是可选的值，目前没有可选的值。项目须先在“项目”中登记',
    });
    expect(readCellInput(project, '', yuan)).toEqual({ ok: true, value: '' });
    const withValues = { ...project, values: [{ key: 'P01', label: '政务云运维', aliases: ['P01'] }] };
    expect(readCellInput(withValues, 'p01', yuan)).toEqual({ ok: true, value: 'P01' });
    expect(readCellInput(withValues, '政务云', yuan)).toEqual({
      ok: false,
      error: '“政务云”不是可选的值，可选：政务云运维。项目须先在“项目”中登记',
    });
  });

  it('keeps text as typed; a blank is allowed unless the column says otherwise', () => {
    expect(read('note', '  含 “绩效” \n 两行')).toEqual({ ok: true, value: '  含 “绩效” \n 两行' });
    expect(read('note', '')).toEqual({ ok: true, value: '' });
    expect(read('unit', ' ')).toEqual({ ok: false, error: '不能为空' });
  });

  it('an optional non-text column takes a blank as ""', () => {
    const optionalAmount: GridColumn = { key: 'prior', label: '上年数', kind: 'amount', optional: true };
    expect(readCellInput(optionalAmount, '  ', yuan)).toEqual({ ok: true, value: '' });
  });

  it('comparable() ignores spacing, case and full-width forms', () => {
    expect(comparable(' 政府办公厅（室） 及相关 ')).toBe('政府办公厅(室)及相关');
    expect(comparable('ＡＢｃ')).toBe('abc');
  });
});
