import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * The renderer's desktop paths in Chromium, with a stand-in for the preload bridge
 * (`window.budgetApp`, src-core/ipc/contract.ts) that records every call and keeps backups in
 * memory. What main does with the calls is unit-tested in test/unit/main; that the real preload
 * and main agree is test/e2e/electron.spec.ts (needs an Electron binary).
 */
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/zhoushan-2022.budget.json'), 'utf8');

interface Seed {
  backups: { draftId: string; savedAt: number; text: string }[];
}

async function installFakeBridge(page: Page, seed: Seed = { backups: [] }): Promise<void> {
  await page.addInitScript((initial: Seed) => {
    type Entry = { draftId: string; file: string; savedAt: number; size: number; text: string };
    const log: unknown[] = [];
    const store = new Map<string, Entry[]>();
    const fileName = (t: number) => `${new Date(t).toISOString().replace(/[-:.]/g, '')}.budget.json`;
    const put = (draftId: string, text: string, savedAt: number): Entry => {
      const entry = {
        draftId,
        file: fileName(savedAt),
        savedAt,
        size: new TextEncoder().encode(text).byteLength,
        text,
      };
      store.set(draftId, [entry, ...(store.get(draftId) ?? [])]);
      return entry;
    };
    for (const b of initial.backups) put(b.draftId, b.text, b.savedAt);
    const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
    const meta = ({ text: _t, ...rest }: Entry) => rest;
    let menu: ((c: string) => void) | null = null;
    const closing = new Set<() => Promise<void>>();
    const w = window as unknown as Record<string, unknown>;
    w.__bridgeLog = log;
    w.__menu = (c: string) => menu?.(c);
    // What the preload does when main says the window is closing.
    w.__closeWindow = async () => {
      await Promise.allSettled([...closing].map((work) => work()));
      log.push({ op: 'close-ready' });
    };
    w.budgetApp = {
      platform: 'electron',
      version: '0.1.0-test',
      saveFile: (r: {
        kind: string;
        department: string;
        year: number;
        fileName?: string;
        data: Uint8Array | string;
      }) => {
        const head = typeof r.data === 'string' ? r.data.slice(0, 2) : String.fromCharCode(r.data[0], r.data[1]);
        log.push({ op: 'save', kind: r.kind, department: r.department, year: r.year, fileName: r.fileName, head });
        return ok({ saved: true, path: `/home/officer/文档/${r.department}${r.year}.${r.kind}` });
      },
      openFile: () => ok({ opened: false }),
      printToPdf: () => ok(new Uint8Array([37, 80, 68, 70])),
      print: () => ok({ printed: true }),
      listBackups: (r: { draftId: string }) => ok((store.get(r.draftId) ?? []).map(meta)),
      writeBackup: (r: { draftId: string; text: string }) => {
        log.push({ op: 'backup', draftId: r.draftId, text: r.text });
        return ok(meta(put(r.draftId, r.text, Date.now())));
      },
      restoreBackup: (r: { draftId: string; file: string }) => {
        const e = (store.get(r.draftId) ?? []).find((x) => x.file === r.file);
        return e
          ? ok({ draftId: e.draftId, file: e.file, savedAt: e.savedAt, text: e.text })
          : Promise.resolve({ ok: false, error: '找不到备份文件' });
      },
      newestBackups: () =>
        ok(
          [...store.values()]
            .map((l) => ({ draftId: l[0].draftId, savedAt: l[0].savedAt }))
            .sort((a, b) => b.savedAt - a.savedAt),
        ),
      appInfo: () =>
        ok({
          name: '部门预算公开编制',
          version: '0.1.0-test',
          electron: '45.4.1',
          chrome: '140',
          platform: 'win32',
          userData: 'C:\\Users\\officer\\AppData\\Roaming\\BudgetDisclosure',
          backups: 'C:\\Users\\officer\\AppData\\Roaming\\BudgetDisclosure\\backups',
        }),
      openBackupFolder: () => {
        log.push({ op: 'open-folder' });
        return ok({ path: 'C:\\Users\\officer\\AppData\\Roaming\\BudgetDisclosure\\backups' });
      },
      onMenuCommand: (l: (c: string) => void) => {
        menu = l;
        return () => {
          menu = null;
        };
      },
      onClosing: (work: () => Promise<void>) => {
        closing.add(work);
        return () => {
          closing.delete(work);
        };
      },
    };
  }, seed);
}

const bridgeLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bridgeLog: Record<string, unknown>[] }).__bridgeLog);
const menu = (page: Page, command: string) =>
  page.evaluate((c) => (window as unknown as { __menu(c: string): void }).__menu(c), command);

test.describe('桌面端的渲染进程（模拟的预加载桥）', () => {
  test('导出 Excel 与导出草稿文件走保存对话框，默认名称由部门与年度组成', async ({ page }) => {
    await installFakeBridge(page);
    const home = new HomePage(page);
    await home.goto();
    await home.importSample();
    await new WorkspacePage(page).exportXlsx();
    await expect(page.getByRole('alert')).toContainText('已保存：/home/officer/文档/舟山市人民政府办公室2022.xlsx', {
      timeout: 30_000,
    });
    await page.getByRole('button', { name: '导出草稿文件' }).click();
    await expect(page.getByRole('alert')).toContainText('已保存：/home/officer/文档/舟山市人民政府办公室2022.draft');
    const saves = (await bridgeLog(page)).filter((e) => e.op === 'save');
    expect(saves).toEqual([
      {
        op: 'save',
        kind: 'xlsx',
        department: '舟山市人民政府办公室',
        year: 2022,
        fileName: '舟山市人民政府办公室2022年部门预算公开表',
        head: 'PK',
      },
      { op: 'save', kind: 'draft', department: '舟山市人民政府办公室', year: 2022, head: '{\n' },
    ]);
  });

  test('应用菜单的命令到达当前页面', async ({ page }) => {
    await installFakeBridge(page);
    const home = new HomePage(page);
    await home.goto();
    // 首页 cannot export: it says why.
    await menu(page, 'file:export-xlsx');
    await expect(page.getByRole('dialog')).toContainText('“导出 Excel”需要先打开一份草稿。');
    await page.getByRole('button', { name: '确定' }).click();
    await menu(page, 'help:about');
    await expect(page.getByRole('dialog', { name: '关于' })).toContainText('0.1.0-test');
    await expect(page.getByRole('dialog', { name: '关于' })).toContainText('BudgetDisclosure\\backups');
    await page.screenshot({ path: test.info().outputPath('desktop-about.png') });
    await page.getByRole('button', { name: '确定' }).click();

    await home.importSample();
    await menu(page, 'file:export-xlsx');
    await page.getByRole('dialog', { name: '导出 Excel' }).getByRole('button', { name: '导出', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('已保存：', { timeout: 30_000 });
    expect((await bridgeLog(page)).filter((e) => e.op === 'save').map((e) => e.kind)).toEqual(['xlsx']);

    // 撤销 from the menu undoes the last edit of the grid.
    const ws = new WorkspacePage(page);
    await ws.typeInto(0, 'amount', '1');
    await expect(ws.cell(0, 'amount')).toHaveText('1.00');
    await menu(page, 'edit:undo');
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');

    // 导入 in a draft opens 导入 Excel 数据 for it.
    await menu(page, 'file:import');
    await expect(page.getByRole('dialog', { name: /^导入 Excel 到/ })).toBeVisible();
    await page
      .getByRole('dialog', { name: /^导入 Excel 到/ })
      .getByRole('button', { name: '取消' })
      .click();

    // 新建 in a draft: back to 首页 with the new-draft form open.
    await menu(page, 'file:new');
    await expect(page.getByRole('form', { name: '新建草稿' })).toBeVisible();
  });

  test('关闭草稿时写入自动备份；备份与恢复页列出备份并可恢复为新草稿', async ({ page }) => {
    await installFakeBridge(page);
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.typeInto(0, 'amount', '2874601');
    await page.getByRole('button', { name: '← 首页' }).click();
    await expect.poll(async () => (await bridgeLog(page)).filter((e) => e.op === 'backup').length).toBe(1);
    const [backup] = (await bridgeLog(page)).filter((e) => e.op === 'backup');
    const draft = JSON.parse(backup.text as string) as { expenses: { amount: string }[] };
    expect(Number(draft.expenses[0].amount)).toBe(2874601);

    await page.getByRole('button', { name: '备份与恢复' }).click();
    const group = page.getByTestId('backup-group');
    await expect(group).toHaveCount(1);
    await expect(group).toContainText('2022年舟山市人民政府办公室部门预算');
    await expect(group.getByRole('row')).toHaveCount(2);
    await expect(page.getByTestId('backup-folder')).toContainText('BudgetDisclosure\\backups');
    await page.getByRole('button', { name: '打开备份文件夹' }).click();
    await page.screenshot({ path: test.info().outputPath('desktop-backups.png') });

    await group.getByRole('button', { name: '用此备份替换…' }).click();
    await expect(page.getByRole('alertdialog', { name: '确认替换' })).toBeVisible();
    await page.getByRole('button', { name: '取消' }).click();
    await group.getByRole('button', { name: '恢复为新草稿' }).click();
    await expect(page.getByTestId('backup-result')).toContainText('恢复为新草稿');
    await page.getByRole('button', { name: '打开草稿' }).click();
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,601.00');
    expect((await bridgeLog(page)).some((e) => e.op === 'open-folder')).toBe(true);
  });

  test('关闭窗口时先写入打开的草稿的最后一份备份', async ({ page }) => {
    await installFakeBridge(page);
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.typeInto(1, 'amount', '100');
    await page.evaluate(() => (window as unknown as { __closeWindow(): Promise<void> }).__closeWindow());
    const ops = (await bridgeLog(page)).map((e) => e.op);
    expect(ops).toEqual(['backup', 'close-ready']);
    const [backup] = (await bridgeLog(page)).filter((e) => e.op === 'backup');
    expect(Number((JSON.parse(backup.text as string) as { expenses: { amount: string }[] }).expenses[1].amount)).toBe(
      100,
    );
  });

  test('草稿库为空而有备份：首页提示恢复，恢复后草稿回到列表', async ({ page }) => {
    await installFakeBridge(page, {
      backups: [{ draftId: 'lostDraft01', savedAt: Date.UTC(2026, 10, 20, 6, 30), text: FIXTURE }],
    });
    const home = new HomePage(page);
    await home.goto();
    const banner = page.getByTestId('restore-banner');
    await expect(banner).toContainText('草稿库是空的');
    await expect(banner).toContainText('1 份草稿的备份');
    await page.screenshot({ path: test.info().outputPath('desktop-restore-banner.png') });
    await banner.getByRole('button', { name: '全部恢复' }).click();
    await expect(home.row('舟山市人民政府办公室')).toBeVisible();
    await expect(page.getByTestId('restore-banner')).toHaveCount(0);
  });

  test('草稿库为空时“不恢复”：同一份备份不再提示', async ({ page }) => {
    await installFakeBridge(page, {
      backups: [{ draftId: 'lostDraft01', savedAt: Date.UTC(2026, 10, 20, 6, 30), text: FIXTURE }],
    });
    const home = new HomePage(page);
    await home.goto();
    await page.getByTestId('restore-banner').getByRole('button', { name: '不恢复' }).click();
    await expect(page.getByTestId('restore-banner')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: '新建草稿', exact: true })).toBeVisible();
    await expect(page.getByTestId('restore-banner')).toHaveCount(0);
  });
});

test('浏览器版：备份与恢复页说明不能自动备份', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('button', { name: '备份与恢复' }).click();
  await expect(page.getByTestId('backup-browser-notice')).toContainText('浏览器版不能自动备份');
  await page.screenshot({ path: test.info().outputPath('browser-backups.png') });
});

test('浏览器版：导出 Excel 下载“{部门}{年度}年部门预算公开表.xlsx”', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await page.screenshot({ path: test.info().outputPath('workspace-header.png') });
  const download = page.waitForEvent('download');
  await new WorkspacePage(page).exportXlsx();
  const file = await download;
  expect(file.suggestedFilename()).toBe('舟山市人民政府办公室2022年部门预算公开表.xlsx');
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // Where the file went: the browser's downloads, under that name.
  await expect(page.getByRole('alert')).toContainText('已下载“舟山市人民政府办公室2022年部门预算公开表.xlsx”');
});
