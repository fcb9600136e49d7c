import { expect, type Locator, type Page } from '@playwright/test';

/** The workspace screen as an officer sees it. */
export class AppPage {
  readonly income: Locator;
  readonly expense: Locator;
  readonly difference: Locator;
  readonly errors: Locator;
  readonly warnings: Locator;
  readonly table: Locator;
  readonly review: Locator;
  readonly rejection: Locator;

  constructor(readonly page: Page) {
    this.income = page.getByTestId('status-income');
    this.expense = page.getByTestId('status-expense');
    this.difference = page.getByTestId('status-diff');
    this.errors = page.getByTestId('status-errors');
    this.warnings = page.getByTestId('status-warnings');
    this.table = page.getByTestId('paper-table');
    this.review = page.getByTestId('review-panel');
    this.rejection = page.getByTestId('rejection');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: '部门预算公开编制' })).toBeVisible();
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: '示例：舟山市人民政府办公室2022' }).click();
    await expect(this.table).toBeVisible();
  }

  /** Opens a file through 打开草稿文件 and the file input, as the officer would pick it. */
  async openFile(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '打开草稿文件' }).click();
    await chooser;
    await this.page.setInputFiles('input[type=file]', { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  async showTable(title: string): Promise<void> {
    await this.page.getByRole('navigation', { name: '公开表' }).getByRole('button', { name: title }).click();
    await expect(this.table.getByRole('heading', { name: title })).toBeVisible();
  }

  /** The amount printed right of a row name in the shown table. */
  amountAfter(rowName: string): Locator {
    return this.table.getByRole('cell', { name: rowName, exact: true }).locator('xpath=following-sibling::td[1]');
  }

  layoutSelect(): Locator {
    return this.page.getByRole('combobox', { name: '版式' });
  }
}
