import { expect, type Locator, type Page } from '@playwright/test';

/** 首页: the draft list and the ways to start a draft. */
export class HomePage {
  readonly list: Locator;
  readonly rejection: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('draft-list');
    this.rejection = page.getByTestId('rejection');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('button', { name: '新建草稿', exact: true })).toBeVisible();
  }

  /** 示例：舟山市人民政府办公室2022 — imports the sample and opens it. */
  async importSample(): Promise<void> {
    await this.page.getByRole('button', { name: '示例：舟山市人民政府办公室2022' }).click();
    await expect(this.page.getByRole('grid')).toBeVisible();
  }

  /** 导入草稿文件 through the file input, as the officer would pick the file. */
  async importFile(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '导入草稿文件' }).click();
    const fc = await chooser;
    await fc.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  async createBlank(fields: { year: string; deptCode: string; deptName: string; unitCode: string }): Promise<void> {
    await this.page.getByRole('button', { name: '新建草稿', exact: true }).click();
    const form = this.page.getByRole('form', { name: '新建草稿' });
    await form.getByLabel('预算年度').fill(fields.year);
    await form.getByLabel('部门编码').fill(fields.deptCode);
    await form.getByLabel('部门名称').fill(fields.deptName);
    await form.getByLabel('单位编码').fill(fields.unitCode);
    await form.getByRole('button', { name: '创建' }).click();
  }

  row(text: string): Locator {
    return this.list.getByRole('row').filter({ hasText: text });
  }

  /** Back from an open draft (← 首页). */
  async backHome(): Promise<void> {
    await this.page.getByRole('button', { name: '← 首页' }).click();
    await expect(this.list).toBeVisible();
  }

  /** 显示回收站 on or off. */
  async showTrash(on: boolean): Promise<void> {
    await this.page.getByLabel('显示回收站').setChecked(on);
    await expect(this.page.getByRole('heading', { name: on ? '回收站' : '我的草稿' })).toBeVisible();
  }

  /** The dialog of 以上年草稿新建 (opened from the header or a row's 新建下年). */
  get nextYearDialog(): Locator {
    return this.page.getByRole('dialog', { name: '以上年草稿新建' });
  }
}
