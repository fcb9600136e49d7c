import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../src-core/report-html/render';
import { CHART_PRINT_WIDTH_MM, CHART_VIEW_WIDTH } from '../../../src-core/report-html/svg-charts';
import { codeCellPt, columnPercents, PT_PER_MM, TABLE_FONT_PT } from '../../../src-core/report-html/table-columns';
import { TOC_ROOM_PT, TOC_SCALES, tocHeightPt, tocScale, type TocEntry } from '../../../src-core/report-html/toc-fit';
import { formSides } from '../../../src-core/export/paper/form-layout';
import type { Draft } from '../../../src-core/domain/draft/types';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf } from '../report/helpers';

/** The sample with every optional part written: 机构设置及人员情况 and 联系人 add lines to the 目录. */
function fullDraft(): Draft {
  const d = zhoushanDraft();
  return {
    ...d,
    text: { ...d.text, staffing: '本部门内设机构8个。', contact: '联系人：张明\n联系电话：0580-2000000' },
  };
}

function render(draft: Draft, layout: string): string {
  const engine = engineFor(draft, layout);
  return renderReportHtml(reportOf(engine), engine.tables(), { cssPageNumbers: true });
}

/** The printed page (section) that holds table `id`. */
function tableSheet(html: string, id: string): string {
  const start = html.lastIndexOf('<section class="sheet table-page', html.indexOf(`id="table-${id}"`));
  return html.slice(start, html.indexOf('</section>', start));
}

const colPercents = (sheet: string) =>
  [...sheet.slice(0, sheet.indexOf('</colgroup>')).matchAll(/<col style="width:([0-9.]+)%">/g)].map((m) => +m[1]);

const landscapePt = (297 - 40) * PT_PER_MM;
const portraitPt = (210 - 40) * PT_PER_MM;

describe('printed tables: columns and rules', () => {
  for (const layout of ['national', 'zhejiang']) {
    const html = render(zhoushanDraft(), layout);
    const engine = engineFor(zhoushanDraft(), layout);

    it(`${layout}: every code column holds its longest code at the table's font size (表二: 7 digits)`, () => {
      let checked = 0;
      for (const t of engine.tables()) {
        const sheet = tableSheet(html, t.id);
        const rows = sheet.split('<tr').filter((r) => r.includes('<td') && !r.includes('colspan'));
        const codes = rows.flatMap((r) =>
          [...r.matchAll(/<td class="([^"]*)"[^>]*>([^<]*)<\/td>/g)].flatMap((m, i) =>
            m[1] === 'c-code' ? [{ col: i, text: m[2] }] : [],
          ),
        );
        if (codes.length === 0) continue;
        const density = sheet.match(/<table class="form (\w+)">/)![1] as keyof typeof TABLE_FONT_PT;
        const pagePt = sheet.includes('table-page portrait') ? portraitPt : landscapePt;
        const percents = colPercents(sheet);
        for (const c of codes) {
          // Digits at 0.6 em each, both paddings and a rule: what the cell needs to keep the code inside.
          const need = c.text.length * 0.6 * TABLE_FONT_PT[density] + 2 * 3 + 0.75;
          expect((percents[c.col] / 100) * pagePt, `${t.id} ${c.text}`).toBeGreaterThanOrEqual(need - 0.1);
        }
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(4);
      if (layout === 'national') expect(tableSheet(html, 'T02')).toContain('<td class="c-code">2010301</td>');
    });

    it(`${layout}: every table's columns add up to no more than its width, and the table leaves room for its right rule`, () => {
      for (const t of engine.tables()) {
        const sheet = tableSheet(html, t.id);
        const sum = colPercents(sheet).reduce((a, b) => a + b, 0);
        expect(sum, t.id).toBeLessThanOrEqual(100);
        expect(sum, t.id).toBeGreaterThan(99.8);
      }
      expect(html).toMatch(/table\.form \{ width: calc\(100% - 0\.75pt\);/);
      expect(html).toMatch(/table\.form th, table\.form td \{ border: 0\.75pt solid #000;/);
    });
  }

  it('a code column keeps its minimum however many amount columns share the page', () => {
    const engine = engineFor(zhoushanDraft(), 'national');
    const t02 = engine.tables().find((t) => t.id === 'T02')!;
    const sides = formSides(t02);
    const percents = columnPercents(sides, { density: 'tight', pageWidthMm: 257, codeChars: 7 });
    expect((percents[0] / 100) * landscapePt).toBeGreaterThanOrEqual(codeCellPt(7, 'tight') - 0.1);
    expect(percents.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100);
  });
});

const tocEntries = (html: string): TocEntry[] => {
  const toc = html.slice(
    html.indexOf('<section class="sheet toc">'),
    html.indexOf('</section>', html.indexOf('sheet toc')),
  );
  const unescape = (t: string) => t.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  const line =
    /<li class="toc-(part|section|table)"><a [^>]*>([^<]*)(?:<span class="toc-unit">([^<]*)<\/span>)?<\/a><\/li>/g;
  return [...toc.matchAll(line)].map((m) => ({
    kind: m[1] as TocEntry['kind'],
    text: unescape(m[2]),
    ...(m[3] ? { unit: unescape(m[3]) } : {}),
  }));
};

describe('the 目录 fits one page', () => {
  for (const layout of ['national', 'zhejiang', 'shanghai']) {
    it(`${layout}, with every optional part: the chosen size's rows fit the page`, () => {
      const html = render(fullDraft(), layout);
      const entries = tocEntries(html);
      expect(entries.some((e) => e.text === '联系人及联系方式')).toBe(true);
      const scale = tocScale(entries);
      expect(html).toContain(`<ol class="toc-${scale.name}">`);
      expect(tocHeightPt(entries, scale)).toBeLessThanOrEqual(TOC_ROOM_PT);
      // The CSS prints the chosen size from the same numbers.
      const part = scale.entries.part;
      expect(html).toContain(`.toc-${scale.name} .toc-part { font-size: ${part.font}pt; line-height: ${part.line}pt;`);
    });
  }

  it('the national 目录 with 联系人 does not fit at the largest size (it spilled a line before)', () => {
    const entries = tocEntries(render(fullDraft(), 'national'));
    expect(tocHeightPt(entries, TOC_SCALES[0])).toBeGreaterThan(TOC_ROOM_PT);
    expect(tocScale(entries)).not.toBe(TOC_SCALES[0]);
  });

  it('a short 目录 keeps the largest size; a long line is counted as the lines it wraps to', () => {
    expect(tocScale([{ kind: 'part', text: '第一部分 部门概况' }])).toBe(TOC_SCALES[0]);
    const long = { kind: 'section' as const, text: '关'.repeat(60) };
    const style = TOC_SCALES[0].entries.section;
    expect(tocHeightPt([long], TOC_SCALES[0])).toBeGreaterThanOrEqual(3 * style.line);
  });
});

describe('chart text is at least 12 px printed', () => {
  const engine = engineFor(zhoushanDraft(), 'national');
  const doc = reportOf(engine);
  const html = renderReportHtml(doc, engine.tables());
  const svgs = [...html.matchAll(/<svg [^>]*viewBox="0 0 (\d+) \d+"[^>]*>.*?<\/svg>/g)];

  it('every chart is drawn at the text width and no text in it prints under 12 px', () => {
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    // A viewBox unit printed: the figure is as wide as the text block (156 mm at 96 px an inch).
    const pxPerUnit = ((CHART_PRINT_WIDTH_MM / 25.4) * 96) / CHART_VIEW_WIDTH;
    expect(html).toContain(`figure.chart svg { width: 100%; max-width: ${CHART_PRINT_WIDTH_MM}mm;`);
    for (const [svg, width] of svgs) {
      expect(+width).toBe(CHART_VIEW_WIDTH);
      const sizes = [...svg.matchAll(/<text [^>]*font-size="([0-9.]+)"/g)].map((m) => +m[1]);
      expect(sizes.length).toBeGreaterThan(0);
      for (const s of sizes) expect(s * pxPerUnit).toBeGreaterThanOrEqual(12);
    }
  });
});
