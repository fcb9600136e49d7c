import { expect, type Locator, type Page } from '@playwright/test';

/** 情况说明: the generated text with its reason and purpose places. */
export class ReportPage {
  readonly section: Locator;
  readonly paper: Locator;
  readonly editor: Locator;
  readonly missing: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('report-section');
    this.paper = page.getByTestId('report-paper');
    this.editor = page.getByTestId('slot-editor');
    this.missing = page.getByTestId('report-missing');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: '草稿内容' })
      .getByRole('button', { name: /^情况说明/ })
      .click();
    await expect(this.paper).toBeVisible();
  }

  /** A reason (`text.reasons[key]`) or purpose (`text.purposes[key]`) place. */
  slot(kind: 'reason' | 'purpose', key: string): Locator {
    return this.paper.locator(`.report-slot[data-slot="${kind}"][data-key="${key}"]`);
  }

  /** The section of the text with this id (income, other.officeOperation …). */
  part(sectionId: string): Locator {
    return this.paper.locator(`[data-section="${sectionId}"]`);
  }

  /** Opens a place and replaces its text; leaves the box open. */
  async write(kind: 'reason' | 'purpose', key: string, text: string): Promise<void> {
    await this.slot(kind, key).click();
    await expect(this.editor).toBeFocused();
    await this.editor.fill(text);
  }

  /** Leaves the box (saves), as clicking elsewhere on the page would. */
  async blur(): Promise<void> {
    await this.editor.blur();
    await expect(this.editor).toHaveCount(0);
  }
}
