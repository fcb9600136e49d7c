import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { projectForms } from '../../../src-core/export/paper/project-form';
import { projectFormSheets } from '../../../src-core/report-html/project-forms';
import { renderReportHtml } from '../../../src-core/report-html/render';
import { isWide, renderTableHtml } from '../../../src-core/report-html/table-html';
import { entryLines, TOC_PAGE, TOC_SCALES, tocUnitText } from '../../../src-core/report-html/toc-fit';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf } from '../report/helpers';

const DEPT = '舟山市人民政府办公室';
const rows = (html: string) => html.split('<tr').slice(1);
const tags = (row: string) => [...row.matchAll(/<(t[hd])(?: class="([^"]*)")?[^>]*>([^<]*)<\/t[hd]>/g)];

describe('printed T13: 绩效目标 after the amount', () => {
  const t13 = engineFor(zhoushanDraft(), 'zhejiang').table('T13')!;
  const [html] = renderTableHtml(t13, DEPT);

  it('headers and cells in the seed’s order', () => {
    const [head] = rows(html);
    expect(tags(head).map((m) => m[3])).toEqual(['单位代码', '单位名称', '二级项目名称', '财政拨款金额', '绩效目标']);
    const line = rows(html).find((r) => r.includes('舟山公报经费'))!;
    const cells = tags(line);
    expect(cells.map((m) => m[2])).toEqual(['c-text', 'c-text', 'c-text', 'c-amount', 'c-prose']);
    expect(cells[3][3]).toBe('15.00');
    expect(cells[4][3]).toMatch(/^发挥政务信息在政府工作中的重要作用/);
  });

  it('the prose column after the amount gets the prose width', () => {
    const widths = [...html.matchAll(/<col style="width:([\d.]+)%">/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(5);
    expect(widths[4]).toBe(Math.max(...widths));
  });
});

function chongqingDraft(): Draft {
  const draft = zhoushanDraft();
  const ind = {
    level1: '产出指标',
    level2: '数量指标',
    level3: '培训次数',
    op: '≥',
    value: '4',
    unit: '次',
    weight: 90,
  };
  return { ...draft, projects: draft.projects.map((p) => ({ ...p, executionWeight: 10, indicators: [ind, ind] })) };
}

describe('printed Chongqing 表十: one form per project', () => {
  const t11 = engineFor(chongqingDraft(), 'chongqing').table('T11')!;
  const sheets = renderTableHtml(t11, DEPT);
  const html = sheets.join('\n');

  it('prints a table per project, kept together, on portrait pages, under the title and 编制单位 line', () => {
    expect(isWide(t11)).toBe(false);
    expect(html.match(/<table class="form project-form">/g)).toHaveLength(projectForms(t11, DEPT).length);
    expect(sheets[0]).toContain(`id="table-T11">表十\u3000舟山市人民政府办公室项目绩效目标表</h2>`);
    expect(sheets[0]).toContain(`<span>编制单位：${DEPT}</span>`);
    // Field names are header cells; 项目负责人及联系电话 is blank; 主管部门 names the department.
    const leader = rows(html).find((r) => r.includes('项目负责人及联系电话'))!;
    expect(tags(leader).map((m) => m[3])).toEqual(['项目负责人及联系电话', '', '主管部门', DEPT]);
    expect(tags(leader)[0][1]).toBe('th');
    for (const key of ['project:', '/ind:', 'executionWeight', 'level1']) expect(html).not.toContain(key);
  });

  it('a report of many projects is cut into sheets between forms', () => {
    const cut = projectFormSheets(t11, DEPT, 20);
    const perForm = projectForms(t11, DEPT)[0].lines.length; // 9 lines: 7 fields, 2 indicators
    expect(cut).toHaveLength(
      Math.ceil(t11.rows.filter((r) => !r.key.includes('/ind:')).length / Math.floor(20 / perForm)),
    );
    for (const sheet of cut) expect(sheet.split('<table').length - 1).toBeLessThanOrEqual(Math.floor(20 / perForm));
  });

  it('a draft without projects prints the title and the layout’s sentence', () => {
    const d = zhoushanDraft();
    const none = engineFor(
      { ...d, projects: [], expenses: d.expenses.filter((e) => e.kind !== 'project') },
      'chongqing',
    );
    const page = renderTableHtml(none.table('T11')!, DEPT).join('');
    expect(page).not.toContain('<table');
    expect(page).toContain('本表为空表');
  });
});

describe('the printed 目录 names each table’s unit when they differ', () => {
  const toc = (html: string) =>
    html.slice(
      html.indexOf('<section class="sheet toc">'),
      html.indexOf('</section>', html.indexOf('class="sheet toc"')),
    );

  it('Shanghai: 元, the 三公 table in 万元', () => {
    const engine = engineFor(zhoushanDraft(), 'shanghai');
    const text = toc(renderReportHtml(reportOf(engine), engine.tables()));
    const entries = [...text.matchAll(/<li class="toc-table">(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(entries.length).toBe(engine.tables().length);
    for (const t of engine.tables()) {
      const entry = entries.find((e) => e.includes(t.title))!;
      expect(entry.endsWith(tocUnitText(t.unit))).toBe(true);
    }
    expect(engine.table('T07')!.unit).toBe('wanyuan');
    expect(text).toContain('<span class="toc-unit">（单位：万元）</span>');
    expect(text).toContain('<span class="toc-unit">（单位：元）</span>');
  });

  it('one unit for every table: the lines say none', () => {
    const engine = engineFor(zhoushanDraft(), 'zhejiang');
    expect(toc(renderReportHtml(reportOf(engine), engine.tables()))).not.toContain('单位：');
  });

  it('the fit counts a unit that does not fit the last line as a line of its own', () => {
    const style = TOC_SCALES[0].entries.table;
    const perLine = TOC_PAGE.width / style.font; // ems in a line
    const full = '表'.repeat(Math.floor(perLine - style.first) - 1); // one em left on the line
    expect(entryLines(full, style)).toBe(1);
    expect(entryLines(full, style, tocUnitText('yuan'))).toBe(2);
    expect(entryLines('表一', style, tocUnitText('yuan'))).toBe(1);
  });
});
