import { describe, expect, it } from 'vitest';
import type { IpcHandler } from '../../../src-main/ipc/handler';
import { invokeHandler } from '../../../src-main/ipc/handler';
import { openFileHandler, saveFileHandler } from '../../../src-main/ipc/handlers/files';
import { FakeDialogs, FakeFs, MAIN_SENDER, PATHS, trustMain } from './fakes';

const call = <C extends IpcHandler['channel']>(h: IpcHandler<C>, arg: unknown) =>
  invokeHandler(h, MAIN_SENDER, arg, trustMain);
const XLSX = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
const DEPT = '舟山市人民政府办公室';

function setup(answer: string | null) {
  const fs = new FakeFs();
  void fs.mkdirp('/out');
  const dialogs = new FakeDialogs(answer);
  return { fs, dialogs, deps: { fs, dialogs, paths: PATHS } };
}

describe('saveFile', () => {
  it('proposes the default name in 文档 and writes the chosen file', async () => {
    const s = setup('/out/公开表.xlsx');
    const r = await call(saveFileHandler(s.deps), { kind: 'xlsx', department: DEPT, year: 2022, data: XLSX });
    expect(r).toEqual({ ok: true, value: { saved: true, path: '/out/公开表.xlsx' } });
    expect(s.dialogs.shown[0].options).toMatchObject({
      defaultPath: '/home/officer/文档/舟山市人民政府办公室2022年部门预算公开表.xlsx',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    expect(s.fs.files.get('/out/公开表.xlsx')).toEqual(XLSX);
  });

  it('proposes the name the officer chose in the export dialog, made safe and with its extension', async () => {
    const s = setup('/out/x.xlsx');
    await call(saveFileHandler(s.deps), {
      kind: 'xlsx',
      department: DEPT,
      year: 2022,
      fileName: '市府办 2022 公开表（终稿）/第2版',
      data: XLSX,
    });
    expect(s.dialogs.shown[0].options).toMatchObject({
      defaultPath: '/home/officer/文档/市府办 2022 公开表（终稿）_第2版.xlsx',
    });
    const blank = setup('/out/y.xlsx');
    await call(saveFileHandler(blank.deps), { kind: 'xlsx', department: DEPT, year: 2022, fileName: '  ', data: XLSX });
    expect(blank.dialogs.shown[0].options).toMatchObject({
      defaultPath: '/home/officer/文档/舟山市人民政府办公室2022年部门预算公开表.xlsx',
    });
  });

  it('adds the extension the user left out, and saves draft text as UTF-8', async () => {
    const s = setup('/out/草稿');
    const r = await call(saveFileHandler(s.deps), { kind: 'draft', department: DEPT, year: 2022, data: '{"预算":1}' });
    expect(r).toEqual({ ok: true, value: { saved: true, path: '/out/草稿.budget.json' } });
    expect(s.fs.text('/out/草稿.budget.json')).toBe('{"预算":1}');
  });

  it('writes nothing when the user cancels', async () => {
    const s = setup(null);
    const r = await call(saveFileHandler(s.deps), { kind: 'pdf', department: DEPT, year: 2022, data: XLSX });
    expect(r).toEqual({ ok: true, value: { saved: false } });
    expect(s.fs.files.size).toBe(0);
  });

  it('keeps the previous file whole when writing fails midway', async () => {
    const s = setup('/out/说明.pdf');
    s.fs.put('/out/说明.pdf', 'previous pdf');
    s.fs.failWrite = () => 'ENOSPC';
    const r = await call(saveFileHandler(s.deps), { kind: 'pdf', department: DEPT, year: 2022, data: XLSX });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('磁盘空间不足') });
    expect(s.fs.text('/out/说明.pdf')).toBe('previous pdf');
    expect([...s.fs.files.keys()]).toEqual(['/out/说明.pdf']);
  });

  it.each([
    ['no object', 'x'],
    ['unknown kind', { kind: 'exe', department: DEPT, year: 2022, data: XLSX }],
    ['year not an integer', { kind: 'xlsx', department: DEPT, year: 2022.5, data: XLSX }],
    ['year as text', { kind: 'xlsx', department: DEPT, year: '2022', data: XLSX }],
    ['department not text', { kind: 'xlsx', department: 1, year: 2022, data: XLSX }],
    ['data missing', { kind: 'xlsx', department: DEPT, year: 2022 }],
    ['data an array', { kind: 'xlsx', department: DEPT, year: 2022, data: [1, 2] }],
    ['workbook as text', { kind: 'xlsx', department: DEPT, year: 2022, data: 'PK' }],
    ['draft as bytes', { kind: 'draft', department: DEPT, year: 2022, data: XLSX }],
    ['a path smuggled in', { kind: 'xlsx', department: DEPT, year: 2022, data: XLSX, path: '/etc/passwd' }],
  ])('rejects bad arguments before any dialog: %s', async (_name, arg) => {
    const s = setup('/out/x.xlsx');
    const r = await call(saveFileHandler(s.deps), arg);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^参数有误：/) });
    expect(s.dialogs.shown).toEqual([]);
    expect(s.fs.files.size).toBe(0);
  });
});

describe('openFile', () => {
  it('returns a draft file as text', async () => {
    const s = setup('/out/a.budget.json');
    s.fs.put('/out/a.budget.json', '{"format":"dept-budget-draft"}');
    const r = await call(openFileHandler(s.deps), { kind: 'draft' });
    expect(r).toEqual({
      ok: true,
      value: {
        opened: true,
        kind: 'draft',
        path: '/out/a.budget.json',
        name: 'a.budget.json',
        text: '{"format":"dept-budget-draft"}',
      },
    });
  });

  it('returns a workbook as bytes', async () => {
    const s = setup('/out/b.xlsx');
    s.fs.files.set('/out/b.xlsx', XLSX);
    const r = await call(openFileHandler(s.deps), { kind: 'xlsx' });
    expect(r).toEqual({
      ok: true,
      value: { opened: true, kind: 'xlsx', path: '/out/b.xlsx', name: 'b.xlsx', bytes: XLSX },
    });
    // 导入 accepts the finance system's CSV exports as well as workbooks.
    expect(s.dialogs.shown[0].options).toMatchObject({
      filters: [{ extensions: ['xlsx', 'xls', 'csv', 'txt', 'tsv'] }],
    });
  });

  it('saves the import template under its own default name', async () => {
    const s = setup(null);
    const r = await call(saveFileHandler(s.deps), { kind: 'template', department: DEPT, year: 2022, data: XLSX });
    expect(r).toEqual({ ok: true, value: { saved: false } });
    expect(s.dialogs.shown[0].options).toMatchObject({
      defaultPath: expect.stringMatching(/2022年部门预算数据导入模板\.xlsx$/),
      filters: [{ extensions: ['xlsx'] }],
    });
  });

  it('reports a file that is not UTF-8 text, a folder, a vanished file, and a cancel', async () => {
    const s = setup('/out/gbk.budget.json');
    s.fs.files.set('/out/gbk.budget.json', new Uint8Array([0xd4, 0xa4, 0xcb, 0xe3]));
    expect(await call(openFileHandler(s.deps), { kind: 'draft' })).toEqual({
      ok: false,
      error: expect.stringContaining('不是 UTF-8 编码'),
    });
    s.dialogs.answer = '/out';
    expect(await call(openFileHandler(s.deps), { kind: 'draft' })).toEqual({
      ok: false,
      error: expect.stringContaining('不是文件'),
    });
    s.dialogs.answer = '/out/gone.budget.json';
    expect(await call(openFileHandler(s.deps), { kind: 'draft' })).toEqual({
      ok: false,
      error: expect.stringContaining('找不到文件'),
    });
    s.dialogs.answer = null;
    expect(await call(openFileHandler(s.deps), { kind: 'draft' })).toEqual({ ok: true, value: { opened: false } });
  });

  it.each([[undefined], [{}], [{ kind: 'pdf' }], [{ kind: 'draft', path: '/etc/passwd' }]])(
    'rejects bad arguments: %j',
    async (arg) => {
      const s = setup('/out/a.budget.json');
      expect(await call(openFileHandler(s.deps), arg)).toEqual({
        ok: false,
        error: expect.stringMatching(/^参数有误：/),
      });
      expect(s.dialogs.shown).toEqual([]);
    },
  );
});
