import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testHooks, withTestDialogs } from '../../../src-main/main/test-hooks';
import { FakeDialogs } from './fakes';

const SAVE = {
  title: '导出 Excel',
  defaultPath: '/home/officer/文档/市府办2022年部门预算公开表.xlsx',
  filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
};
const OPEN = { title: '打开草稿文件', filters: [{ name: '部门预算草稿文件', extensions: ['json'] }] };

describe('test hooks (end-to-end tests drive the dialogs through the environment)', () => {
  it('are off when the environment sets nothing: the real dialogs are shown', async () => {
    const hooks = testHooks({});
    expect(hooks).toEqual({ userData: null, saveDir: null, openFile: null });
    const real = new FakeDialogs(null);
    const dialogs = withTestDialogs(real, hooks);
    expect(await dialogs.showSave(SAVE)).toEqual({ canceled: true });
    expect(await dialogs.showOpen(OPEN)).toEqual({ canceled: true, filePaths: [] });
    expect(real.shown.map((s) => s.kind)).toEqual(['save', 'open']);
  });

  it('are ignored by a packaged (installed) app', () => {
    const env = {
      BUDGET_TEST_SAVE_DIR: '/tmp/e2e-out',
      BUDGET_TEST_OPEN_FILE: '/tmp/a.budget.json',
      BUDGET_TEST_USER_DATA: '/tmp/d',
    };
    expect(testHooks(env, true)).toEqual({ userData: null, saveDir: null, openFile: null });
    expect(testHooks(env, false).saveDir).toBe('/tmp/e2e-out');
  });

  it('BUDGET_TEST_SAVE_DIR answers the save dialog with the default name in that folder, without showing it', async () => {
    const real = new FakeDialogs(null);
    const dialogs = withTestDialogs(real, testHooks({ BUDGET_TEST_SAVE_DIR: '/tmp/e2e-out' }));
    expect(await dialogs.showSave(SAVE)).toEqual({
      canceled: false,
      filePath: join('/tmp/e2e-out', '市府办2022年部门预算公开表.xlsx'),
    });
    expect(real.shown).toEqual([]);
  });

  it('BUDGET_TEST_OPEN_FILE answers the open dialog; BUDGET_TEST_USER_DATA names the data folder', async () => {
    const hooks = testHooks({ BUDGET_TEST_OPEN_FILE: '/tmp/in/a.budget.json', BUDGET_TEST_USER_DATA: '/tmp/e2e-data' });
    expect(hooks.userData).toBe('/tmp/e2e-data');
    const real = new FakeDialogs(null);
    expect(await withTestDialogs(real, hooks).showOpen(OPEN)).toEqual({
      canceled: false,
      filePaths: ['/tmp/in/a.budget.json'],
    });
    expect(real.shown).toEqual([]);
  });

  it('ignore relative or empty paths (a test always names an absolute folder)', () => {
    expect(
      testHooks({ BUDGET_TEST_SAVE_DIR: 'out', BUDGET_TEST_USER_DATA: '', BUDGET_TEST_OPEN_FILE: '../x.json' }),
    ).toEqual({ userData: null, saveDir: null, openFile: null });
  });
});
