import { expect, test, type Page } from '@playwright/test';
import {
  ALL_SOURCES,
  EXPENSE_KINDS,
  PRIOR_KEYS,
  PROCUREMENT_KINDS,
  UNIT_TYPES,
} from '../../src-core/domain/draft/vocabulary';
import { HomePage } from './pages/home-page';
import { SectionsPage, type SectionName } from './pages/sections-page';

/** Every stored vocabulary key of the draft format: none may reach the screen or a screen reader. */
const INTERNAL = [
  ...ALL_SOURCES,
  ...EXPENSE_KINDS,
  ...UNIT_TYPES,
  ...PROCUREMENT_KINDS,
  ...PRIOR_KEYS,
  'true',
  'false',
];
const WORD = new RegExp(`(?<![A-Za-z])(${[...new Set(INTERNAL)].join('|')})(?![A-Za-z])`);

/** The visible text of the workspace and every aria-label and title, as one list of strings. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

test.describe('没有内部键名出现在屏幕上或读屏标签里', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await new HomePage(page).importSample();
  });

  for (const name of ['基本信息', '收入', '项目', '上年数', '其他事项'] as SectionName[]) {
    test(`${name}`, async ({ page }) => {
      const s = new SectionsPage(page);
      await s.show(name);
      await expect(s.section(name)).toContainText(name);
      const leaks = (await shownTexts(page))
        .flatMap((t) => t.split('\n'))
        .filter((line) => WORD.test(line))
        .map((line) => `${line.match(WORD)![0]} 出现在：${line.slice(0, 80)}`);
      expect(leaks).toEqual([]);
    });
  }
});
