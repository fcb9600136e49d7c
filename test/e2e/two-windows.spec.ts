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

const saved = (ws: WorkspacePage) => expect(ws.page.locator('.save-state')).toHaveText('已自动保存');

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

  test('窗口 B 基于旧内容的修改不会覆盖 A 的修改：提示冲突并重新载入', async ({ page }) => {
    const { a, b } = await openSampleInTwoWindows(page);

    // B does not hear of A's write yet.
    await b.page.evaluate(() => { (window as unknown as { __feed: { hold: boolean } }).__feed.hold = true; });
    await a.typeInto(0, 'amount', '3000000');
    await saved(a);
    await expect(b.difference).toHaveText(/差额\s*0\.00/); // B still shows the old content

    // B edits the content it shows: its write is based on a revision A has moved past.
    await b.typeInto(1, 'amount', '1');
    const alert = b.page.getByRole('alert');
    await expect(alert).toContainText('此草稿已在另一个窗口中修改');
    await expect(alert).toContainText('没有保存，以免覆盖另一个窗口的修改');
    // B reloaded: it shows A's content, and its own stale edit is not stored.
    await expect(b.difference).toHaveText(/差额\s*-12\.54/);
    await expect(b.cell(0, 'amount')).toHaveText('3,000,000.00');
    await expect(b.cell(1, 'amount')).not.toHaveText('1.00');
    await b.page.screenshot({ path: '.tmp/web-4183-shots/two-windows-conflict.png' }).catch(() => undefined);
    await b.page.evaluate(() => (window as unknown as { __feed: { release(): void } }).__feed.release());

    // A never lost its change, and what is stored is A's content.
    await a.page.reload();
    await expect(a.cell(0, 'amount')).toHaveText('3,000,000.00');
    await expect(a.difference).toHaveText(/差额\s*-12\.54/);
    const row1 = await a.cell(1, 'amount').textContent();
    expect(row1).not.toBe('1.00');
  });
});
