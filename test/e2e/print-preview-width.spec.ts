import { mkdirSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

/** The right edge of the last header cell, and of the area the officer can see (window and scrollers). */
async function lastColumnInView(table: Locator): Promise<{ right: number; visibleRight: number }> {
  const lastHead = table.locator('thead tr').first().locator('th').last();
  const box = await lastHead.boundingBox();
  if (!box) throw new Error('no header cell');
  const visibleRight = await lastHead.evaluate((el) => {
    let right = window.innerWidth;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX !== 'visible') right = Math.min(right, p.getBoundingClientRect().right);
    }
    return right;
  });
  return { right: box.x + box.width, visibleRight };
}

test.describe('公开表预览在 1366×768 下完整可见', () => {
  for (const title of ['一般公共预算“三公”经费支出表', '项目支出表']) {
    test(`${title}：最后一列可见（或可滚动到）`, async ({ page }) => {
      const ws = new WorkspacePage(page);
      await page.goto('/');
      await new HomePage(page).importSample();
      await ws.show('公开表');
      await ws.showTable(title);
      const grid = ws.table.locator('table').first();
      const id = title.includes('三公') ? 'T07' : 'T10';
      const dir = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: `${dir}/preview-${id}.png` });
      const before = await lastColumnInView(grid);
      if (before.right > before.visibleRight + 1) {
        // Wider than the pane: the table scrolls sideways under its title, to its last column.
        const scroller = ws.table.locator('.paper-scroll');
        const can = await scroller.evaluate((el) => ({
          overflow: getComputedStyle(el).overflowX,
          scrollable: el.scrollWidth > el.clientWidth,
        }));
        expect(can.overflow).toBe('auto');
        expect(can.scrollable).toBe(true);
        await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
        await page.screenshot({ path: `${dir}/preview-${id}-scrolled.png` });
      }
      const { right, visibleRight } = await lastColumnInView(grid);
      expect(right).toBeLessThanOrEqual(visibleRight + 1);
    });
  }
});
