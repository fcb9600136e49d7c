import { expect, type Page } from '@playwright/test';
import { HomePage } from './home-page';
import { WorkspacePage } from './workspace-page';

/**
 * The 舟山 sample opened with its first amount typed over as 1.00: income and expense no longer
 * balance, so the R-BAL rules report errors (what the export confirmation is about).
 */
export async function openUnbalancedSample(page: Page): Promise<{
  ws: WorkspacePage;
  exportButton: ReturnType<Page['getByRole']>;
  gate: ReturnType<Page['getByRole']>;
  downloads: () => number;
}> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  const ws = new WorkspacePage(page);
  await ws.typeInto(0, 'amount', '1');
  await expect(ws.difference).not.toHaveText(/^差额\s*0\.00/);
  let downloads = 0;
  page.on('download', () => {
    downloads++;
  });
  return {
    ws,
    exportButton: page.getByRole('button', { name: '导出 Excel' }),
    gate: page.getByRole('alertdialog', { name: '导出 Excel：草稿仍有错误' }),
    downloads: () => downloads,
  };
}
