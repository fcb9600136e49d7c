import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runReportCommand, type ReportIo } from '../../../src-main/cli/report-command';
import { buildFinalReportHtml } from '../../../src-core/report-html/final-report';
import { FIXTURES, fixtureText } from '../fixture-resources';
import { finalEngineFor, huangpiDraft } from './helpers';

const phrases: string[] = JSON.parse(fixtureText('huangpi-2024.report.json')).phrases;
/** Text of the HTML as a reader sees it: styles and tags dropped, no spaces (no phrase holds an escaped character). */
const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

describe('the 决算 as HTML', () => {
  const { doc, html } = buildFinalReportHtml(finalEngineFor(huangpiDraft()), { cssPageNumbers: true });

  it('has the 决算 cover, the nine tables with the 决算 header lines and the four charts', () => {
    expect(html).toContain('<title>武汉市黄陂区大数据中心（本级）2024年度部门决算</title>');
    expect(html).toContain('2024年度部门决算</h1>');
    expect(html).not.toContain('年部门预算');
    expect(html.match(/<h2 class="table-title"/g)).toHaveLength(9);
    expect(html).toContain(
      '<div class="table-meta"><span>单位：武汉市黄陂区大数据中心（本级）</span><span>2024年度</span><span>金额单位：万元</span></div>',
    );
    expect(html).not.toContain('编制单位');
    expect(html.match(/<figure class="chart"/g)).toHaveLength(4);
    expect(doc.draftMark).toBe(false);
  });

  it('prints the layout notes as written, the 栏次 row as the 决算 forms, and the empty tables’ sentence', () => {
    expect(html).toContain('<p class="table-note">注：1.本表反映部门本年度的总收支和年末结转结余情况。</p>');
    expect(html).not.toContain('注：注：');
    expect(html).toContain('<th class="h-number">栏次</th>');
    expect(html).not.toContain('>**<');
    expect(html).toContain('本部门2024年度无政府性基金预算财政拨款收入支出。');
  });

  it('numbers the lines of 公开01表 1–60 as the seed, blank lines included, in a 行次 column', () => {
    const f01 = html.slice(html.indexOf('id="table-F01"'), html.indexOf('id="table-F02"'));
    expect(f01.match(/>行次</g)).toHaveLength(2);
    const numbers = [...f01.matchAll(/<td class="c-text">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('carries every phrase of huangpi-2024.report.json into the printed text', () => {
    const text = visible(html);
    expect(phrases.filter((p) => !text.includes(p.replace(/\s+/g, '')))).toEqual([]);
  });
});

describe('a 决算 with errors', () => {
  it('is marked 草稿（未通过审核） on the cover and every page', () => {
    const draft = huangpiDraft();
    // 结余分配 on 财政拨款 is an error (R-F-BAL).
    draft.balances = [{ ...draft.balances[0], distribution: '1.00' }];
    const { doc, html } = buildFinalReportHtml(finalEngineFor(draft));
    expect(doc.draftMark).toBe(true);
    expect(doc.errorCount).toBeGreaterThan(0);
    expect(html).toContain('<div class="watermark" aria-hidden="true">草稿（未通过审核）</div>');
  });
});

describe('report on a 决算 draft (CLI)', () => {
  it('writes the 决算 HTML, under final-national whatever budget layout is the default', async () => {
    const written: Record<string, string> = {};
    const t: ReportIo & { out: string; err: string } = {
      out: '',
      err: '',
      stdout: (s) => void (t.out += s),
      stderr: (s) => void (t.err += s),
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: (p, data) => void (written[p] = String(data)),
    };
    const draftPath = join(FIXTURES, 'huangpi-2024.final.json');
    expect(await runReportCommand({ draftPath, layoutId: 'national', html: 'out.html' }, t)).toBe(0);
    expect(t.err).toBe('');
    expect(t.out).toContain('已生成 HTML：out.html');
    expect(written['out.html']).toContain('第三部分 武汉市黄陂区大数据中心（本级）2024年度部门决算情况说明');
    expect(written['out.html']).toContain('公开09表');
  });
});
