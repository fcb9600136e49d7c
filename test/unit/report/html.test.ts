import { describe, expect, it } from 'vitest';
import { allSections, headingText } from '../../../src-core/domain/report/model';
import { renderReportHtml } from '../../../src-core/report-html/render';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf } from './helpers';

const engine = engineFor(zhoushanDraft(), 'zhejiang');
const doc = reportOf(engine);
const html = renderReportHtml(doc, engine.tables());

/** The HTML of the page holding table `id` (its <section class="… table-page …">). */
function tablePage(id: string): string {
  const start = html.lastIndexOf('<section class="sheet table-page', html.indexOf(`id="table-${id}"`));
  return html.slice(start, html.indexOf('</section>', start));
}
const rowsOf = (page: string) => page.slice(page.indexOf('<tbody>')).split('<tr').slice(1);
const cellsOf = (row: string) =>
  [...row.matchAll(/<td class="([^"]*)"[^>]*>([^<]*)<\/td>/g)].map((m) => ({ cls: m[1], text: m[2] }));

describe('renderReportHtml: one self-contained document for screen and print', () => {
  it('is a complete A4 document in GB/T 9704 manner', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('@page landscape { size: A4 landscape;');
    expect(html).toMatch(/font-family: var\(--fangsong\); font-size: 16pt/);
    expect(html).toContain('--fangsong: "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", serif;');
    expect(html).toContain('table.form thead { display: table-header-group; }');
    expect(html).toContain('table.form tr, table.form tbody.block { break-inside: avoid;');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('has a cover and a 目录 listing every part and first-level section', () => {
    expect(html).toContain('<section class="sheet cover">');
    const toc = html.slice(
      html.indexOf('<section class="sheet toc">'),
      html.indexOf('</section>', html.indexOf('class="sheet toc"')),
    );
    for (const p of doc.parts) {
      expect(toc).toContain(headingText(p));
      for (const b of p.blocks) if (b.kind === 'section') expect(toc).toContain(headingText(b));
    }
  });

  it('prints every heading, paragraph and table title', () => {
    for (const s of allSections(doc)) expect(html).toContain(s.title);
    for (const t of engine.tables()) expect(html).toContain(`id="table-${t.id}">${t.title}</h2>`);
  });

  it('sets wide tables on landscape pages and narrow ones portrait', () => {
    const landscape = engine
      .tables()
      .filter((t) => !tablePage(t.id).includes('table-page portrait'))
      .map((t) => t.id);
    expect(landscape).toEqual(['T02', 'T03', 'T05', 'T07', 'T10', 'T10A', 'T13', 'T11']);
  });

  it('puts the two sides of T01 side by side, totals aligned at the bottom', () => {
    const page = tablePage('T01');
    expect(page).toContain(
      '<th class="h-group" colspan="2">收　　入</th><th class="h-group" colspan="2">支　　出</th>',
    );
    const rows = rowsOf(page);
    expect(rows.every((r) => cellsOf(r).length === 4)).toBe(true);
    expect(cellsOf(rows[0]).map((c) => c.text)).toEqual(['一、财政拨款', '2725.60', '一般公共服务支出', '2303.70']);
    expect(cellsOf(rows.at(-1)!).map((c) => c.text)).toEqual(['收 入 总 计', '2725.60', '支 出 总 计', '2725.60']);
  });

  it('prints only printed rows and columns, zero as blank, group headers merged', () => {
    const t03 = tablePage('T03');
    expect(t03).toContain('<th class="h-group" colspan="2">基本支出</th>');
    expect(t03).not.toContain('>小计<'); // T03 `basic` is not printed in the Zhejiang layout
    expect(tablePage('T05')).toContain('<th class="h-group" colspan="3">基本支出</th>');
    expect(tablePage('T07')).not.toContain('上年预算数');
    expect(tablePage('T04')).not.toContain('上年结转');
    const t02 = rowsOf(tablePage('T02'));
    expect(cellsOf(t02[0]).map((c) => c.text)).toEqual([
      '合计',
      '2725.60',
      '2725.60',
      '2725.60',
      ...Array(14).fill(''),
    ]);
    expect(tablePage('T02')).toContain('<th class="h-number">17</th>');
  });

  it('keeps an empty table with its sentence', () => {
    expect(tablePage('T08')).toContain('<p class="table-note">市府办2022年没有使用政府性基金预算拨款安排的支出</p>');
  });

  it('draws the charts as inline SVG with labels', () => {
    expect((html.match(/<svg /g) ?? []).length).toBe(4);
    const pie = html.slice(html.indexOf('id="chart-expense"'));
    expect(pie).toContain('一般公共服务支出　2303.7万元　84.52%');
    const bars = html.slice(html.indexOf('id="chart-three"'));
    expect(bars).toContain('2021年预算数');
    expect(bars).toContain('>11</text>');
  });

  it('carries the 草稿（未通过审核） watermark only while errors remain', () => {
    expect(html).not.toContain('class="watermark"');
    const draft = zhoushanDraft();
    draft.expenses[0] = { ...draft.expenses[0], economic: '39999' };
    const e = engineFor(draft, 'zhejiang');
    const marked = renderReportHtml(reportOf(e), e.tables());
    expect(marked).toContain('<div class="watermark" aria-hidden="true">草稿（未通过审核）</div>');
    expect(marked).toContain('<div class="draft-line">草稿（未通过审核）</div>');
  });

  it('escapes the officer’s text', () => {
    const draft = zhoushanDraft();
    draft.text.composition = '单位 <b>A</b> & “B”';
    const e = engineFor(draft, 'zhejiang');
    const out = renderReportHtml(reportOf(e), e.tables());
    expect(out).toContain('单位 &lt;b&gt;A&lt;/b&gt; &amp; “B”');
    expect(out).not.toContain('<b>A</b>');
  });
});
