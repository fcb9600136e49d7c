import { expect, type Locator, type Page } from '@playwright/test';

export type SectionName =
  '基本信息' | '收入' | '支出明细' | '项目' | '上年数' | '其他事项' | '公开表' | '情况说明' | '审核';

/** The head sections of an open draft (基本信息, 收入, 项目, 上年数, 其他事项) and their small tables. */
export class SectionsPage {
  constructor(readonly page: Page) {}

  async show(section: SectionName): Promise<void> {
    await this.page
      .getByRole('navigation', { name: '草稿内容' })
      .getByRole('button', { name: new RegExp(`^${section}`) })
      .click();
    if (!['支出明细', '公开表', '情况说明', '审核'].includes(section)) {
      await expect(this.page.getByRole('region', { name: section })).toBeVisible();
    }
  }

  section(name: SectionName): Locator {
    return this.page.getByRole('region', { name });
  }

  table(label: string): Locator {
    return this.page.getByRole('table', { name: label, exact: true });
  }

  /** A cell of a RecordTable: 0-based row, column key. */
  cell(table: string, row: number, key: string): Locator {
    return this.table(table).locator(`tbody tr[data-row="${row}"] td[data-col="${key}"]`);
  }

  rows(table: string): Locator {
    return this.table(table).locator('tbody tr[data-row]');
  }

  /** Clicks a text cell, types over its content and stores it with Enter. */
  async fill(table: string, row: number, key: string, text: string): Promise<void> {
    await this.cell(table, row, key).getByRole('button').click();
    const input = this.cell(table, row, key).locator('input');
    await input.fill(text);
    await input.press('Enter');
  }

  /** Clicks a select cell and picks an option by its label. */
  async choose(table: string, row: number, key: string, label: string): Promise<void> {
    await this.cell(table, row, key).getByRole('button').click();
    await this.cell(table, row, key).locator('select').selectOption({ label });
  }

  /** A labelled field (部门名称, 主要职能 …) of a section. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
}
