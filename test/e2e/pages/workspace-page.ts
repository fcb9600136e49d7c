import { expect, type Locator, type Page } from '@playwright/test';

/** An open draft: left navigation, 支出明细 grid, 公开表, 情况说明, 审核 and the status bar. */
export class WorkspacePage {
  readonly income: Locator;
  readonly expense: Locator;
  readonly difference: Locator;
  readonly errors: Locator;
  readonly warnings: Locator;
  readonly grid: Locator;
  readonly editor: Locator;
  readonly message: Locator;
  readonly table: Locator;
  readonly review: Locator;

  constructor(readonly page: Page) {
    this.income = page.getByTestId('status-income');
    this.expense = page.getByTestId('status-expense');
    this.difference = page.getByTestId('status-diff');
    this.errors = page.getByTestId('status-errors');
    this.warnings = page.getByTestId('status-warnings');
    this.grid = page.getByTestId('expense-grid');
    this.editor = page.getByTestId('cell-editor');
    this.message = page.getByTestId('grid-message');
    this.table = page.getByTestId('paper-table');
    this.review = page.getByTestId('review-panel');
  }

  /** The status bar of the 舟山 sample as published: 收入总计 = 支出总计 = 2725.60 万元, 差额 0.00. */
  async expectSampleTotals(): Promise<void> {
    await expect(this.income).toHaveText(/收入总计\s*2725\.60\s*万元/);
    await expect(this.expense).toHaveText(/支出总计\s*2725\.60\s*万元/);
    await expect(this.difference).toHaveText(/差额\s*0\.00/);
  }

  /** The 导出 Excel dialog (版式, 舍位平衡, 文件名, preview of the first table). */
  get exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: '导出 Excel' });
  }

  /** 导出 Excel with the dialog's choices as they are: opens it and presses 导出. */
  async exportXlsx(): Promise<void> {
    await this.page.getByRole('button', { name: '导出 Excel' }).click();
    await this.exportDialog.getByRole('button', { name: '导出', exact: true }).click();
  }

  async show(section: '支出明细' | '公开表' | '情况说明' | '审核'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: '草稿内容' })
      .getByRole('button', { name: new RegExp(`^${section}`) })
      .click();
  }

  /** The grid cell of 0-based `row` in column `key` (amount, function …). */
  cell(row: number, key: string): Locator {
    return this.grid.locator(`.grid-row[data-row="${row}"] .grid-cell[data-col="${key}"]`);
  }

  async selectCell(row: number, key: string): Promise<void> {
    await this.cell(row, key).click();
    await expect(this.cell(row, key)).toHaveClass(/active/);
  }

  /** Types over the active cell and commits with Enter, as in Excel. */
  async typeInto(row: number, key: string, text: string): Promise<void> {
    await this.selectCell(row, key);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** A paste event carrying `text` as text/plain (the system clipboard is unavailable headless). */
  async pasteText(text: string): Promise<void> {
    await this.editor.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async showTable(title: string): Promise<void> {
    await this.page.getByRole('navigation', { name: '公开表' }).getByRole('button', { name: title }).click();
    await expect(this.table.getByRole('heading', { name: title })).toBeVisible();
  }

  /** The amount printed right of a row name in the shown table. */
  amountAfter(rowName: string): Locator {
    return this.table.getByRole('cell', { name: rowName, exact: true }).locator('xpath=following-sibling::td[1]');
  }
}
