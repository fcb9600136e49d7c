import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * Test instrumentation for page B: lets the test hold back the BroadcastChannel notifications this
 * page receives (as if the other window's message were still on its way), then let them through.
 * Storage and the app's code are the real ones.
 */
const HOLDABLE_FEED = `(() => {
  const Native = window.BroadcastChannel;
  const held = [];
  window.__feed = { hold: false, release() { this.hold = false; held.splice(0).forEach((f) => f()); } };
  window.BroadcastChannel = class extends Native {
    get onmessage() { return super.onmessage; }
    set onmessage(fn) {
      super.onmessage = fn && ((e) => (window.__feed.hold ? held.push(() => fn(e)) : fn(e)));
    }
  };
})()`;

async function openSampleInTwoWindows(page: Page): Promise<{ a: WorkspacePage; b: WorkspacePage }> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await expect(page).toHaveURL(/#\/draft\//);
  const other = await page.context().newPage();
  await other.addInitScript(HOLDABLE_FEED);
  await other.goto(page.url());
  const b = new WorkspacePage(other);
  await expect(b.expense).toHaveText(/支出总计\s*2725\.60/);
  return { a: new WorkspacePage(page), b };
}

const saved = (ws: WorkspacePage) =>
  expect(ws.page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved');
const holdFeed = (ws: WorkspacePage) =>
  ws.page.evaluate(() => {
    (window as unknown as { __feed: { hold: boolean } }).__feed.hold = true;
  });

test.describe('两个窗口打开同一草稿', () => {
  test('窗口 A 的修改不刷新就出现在窗口 B', async ({ page }) => {
    const { a, b } = await openSampleInTwoWindows(page);

    await a.typeInto(0, 'amount', '3000000');
    await expect(a.difference).toHaveText(/差额\s*-12\.54/);
    await expect(b.difference).toHaveText(/差额\s*-12\.54/);
    await expect(b.expense).toHaveText(/支出总计\s*2738\.14/);
    await expect(b.cell(0, 'amount')).toHaveText('3,000,000.00');
    await expect(b.page.getByRole('alert')).toContainText('已在另一个窗口中修改');

    // And back: B's edit reaches A.
    await b.typeInto(0, 'amount', '2874600');
    await expect(b.difference).toHaveText(/差额\s*0\.00/);
    await expect(a.difference).toHaveText(/差额\s*0\.00/);
    await expect(a.cell(0, 'amount')).toHaveText('2,874,600.00');
  });

  test('两个窗口同时改不同的行：两边的修改都保存，B 重新载入后两处都在', async ({ page }) => {
    const { a, b } = await openSampleInTwoWindows(page);

    // B does not hear of A's write yet.
    await holdFeed(b);
    await a.typeInto(0, 'amount', '3000000');
    await saved(a);
    await expect(b.difference).toHaveText(/差额\s*0\.00/); // B still shows the old content

    // B edits another line of the content it shows: its write is based on a revision A has moved past.
    await b.typeInto(1, 'amount', '1');
    await expect(b.page.getByRole('alert')).toContainText('两边的修改都已保存');
    await expect(b.cell(0, 'amount')).toHaveText('3,000,000.00');
    await expect(b.cell(1, 'amount')).toHaveText('1.00');
    await saved(b);
    await expect(b.page.getByTestId('conflict-dialog')).toHaveCount(0);

    // What is stored holds both edits.
    await a.page.reload();
    await expect(a.cell(0, 'amount')).toHaveText('3,000,000.00');
    await expect(a.cell(1, 'amount')).toHaveText('1.00');
  });

  test('两个窗口同时改同一格：B 询问保留哪一边，之前不覆盖 A 的修改', async ({ page }) => {
    const { a, b } = await openSampleInTwoWindows(page);
    await holdFeed(b);
    await a.typeInto(0, 'amount', '3000000');
    await saved(a);

    await b.typeInto(0, 'amount', '2900000');
    const dialog = b.page.getByTestId('conflict-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('另一个窗口也修改了同样的内容');
    await expect(dialog).toContainText('金额');
    await expect(b.page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'conflict');
    await b.page.screenshot({ path: '.tmp/web-4183-shots/two-windows-conflict.png' }).catch(() => undefined);
    // Until B answers, A's value is what is stored.
    await a.page.reload();
    await expect(a.cell(0, 'amount')).toHaveText('3,000,000.00');

    await dialog.getByRole('button', { name: '保留本窗口的修改' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(b.cell(0, 'amount')).toHaveText('2,900,000.00');
    await saved(b);
    await expect(a.cell(0, 'amount')).toHaveText('2,900,000.00');
  });

  test('同一格冲突时选择“采用另一窗口的内容”：B 显示 A 的值，B 的其他修改仍保存', async ({ page }) => {
    const { a, b } = await openSampleInTwoWindows(page);
    await holdFeed(b);
    await a.typeInto(0, 'amount', '3000000');
    await saved(a);

    await b.typeInto(0, 'amount', '2900000');
    const dialog = b.page.getByTestId('conflict-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '采用另一窗口的内容' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(b.cell(0, 'amount')).toHaveText('3,000,000.00');
    await saved(b);
    await a.page.reload();
    await expect(a.cell(0, 'amount')).toHaveText('3,000,000.00');
  });
});
