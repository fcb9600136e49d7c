import { describe, expect, it } from 'vitest';
import type { Draft, Project } from '../../../src-core/domain/draft/types';
import { formLayout } from '../../../src-core/export/paper/form-layout';
import { renderReportHtml } from '../../../src-core/report-html/render';
import { reportCss } from '../../../src-core/report-html/styles';
import { CHUNK_LINES, chunkLines } from '../../../src-core/report-html/table-chunks';
import { renderTableHtml } from '../../../src-core/report-html/table-html';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf } from './helpers';

const sizes = (chunks: { start: number; end: number }[]) => chunks.map((c) => c.end - c.start);

/** The printed `<table>`s of a table's HTML, each as its thead and its body rows. */
function tablesOf(html: string) {
  return [...html.matchAll(/<table class="form[^"]*">([\s\S]*?)<\/table>/g)].map((m) => {
    const inner = m[1];
    const thead = inner.slice(inner.indexOf('<thead>'), inner.indexOf('</thead>') + 8);
    const body = inner.slice(inner.indexOf('</thead>') + 8);
    const rows = body.match(/<tr[^>]*>[\s\S]*?<\/tr>/g) ?? [];
    const blocks = body.split('<tbody').slice(1);
    return { thead, rows, blocks };
  });
}

describe('chunkLines: long tables cut into printed <table>s', () => {
  it('cuts every `max` lines, the last chunk taking the rest', () => {
    expect(chunkLines(7, 3)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 7 },
    ]);
    expect(sizes(chunkLines(900, 300))).toEqual([300, 300, 300]);
    expect(sizes(chunkLines(901, 300))).toEqual([300, 300, 300, 1]);
  });

  it('keeps a table of at most `max` lines whole, and gives none for no lines', () => {
    expect(chunkLines(1, 300)).toEqual([{ start: 0, end: 1 }]);
    expect(chunkLines(300, 300)).toEqual([{ start: 0, end: 300 }]);
    expect(chunkLines(0, 300)).toEqual([]);
    expect(chunkLines(CHUNK_LINES)).toHaveLength(1);
    expect(chunkLines(CHUNK_LINES + 1)).toHaveLength(2);
  });

  it('cuts only where a block starts: blocks of 3 lines, at most 7 lines a chunk', () => {
    const starts = (i: number) => i % 3 === 0;
    const chunks = chunkLines(20, 7, starts);
    expect(sizes(chunks)).toEqual([6, 6, 6, 2]);
    for (const c of chunks) expect(starts(c.start)).toBe(true);
  });

  it('keeps a block longer than `max` whole, in a chunk of its own', () => {
    // Blocks start at 0, 2, 12 and 14: the block 2–11 has 10 lines.
    const starts = (i: number) => [0, 2, 12, 14].includes(i);
    expect(chunkLines(16, 4, starts)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 12 },
      { start: 12, end: 16 },
    ]);
  });

  it('covers every line once, in order', () => {
    const starts = (i: number) => i % 5 === 0 || i % 7 === 0;
    const chunks = chunkLines(1000, 37, starts);
    expect(chunks[0].start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(1000);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].start).toBe(chunks[i - 1].end);
    expect(Math.max(...sizes(chunks))).toBeLessThanOrEqual(37);
  });
});

describe('renderTableHtml: a long table printed as several <table>s', () => {
  const engine = engineFor(zhoushanDraft(), 'zhejiang');
  const table = (id: string) => engine.tables().find((t) => t.id === id)!;

  it('prints a short table as one sheet with one <table>, exactly as without chunking', () => {
    for (const t of engine.tables()) {
      const sheets = renderTableHtml(t, '市府办');
      expect(sheets).toHaveLength(1);
      expect(tablesOf(sheets[0])).toHaveLength(1);
      expect(renderTableHtml(t, '市府办', { chunkLines: 10_000 })).toEqual(sheets);
    }
  });

  it('repeats the header in every chunk; title and 单位 line once above, notes once below', () => {
    const t = table('T06'); // 38 lines, 栏次 row
    const sheets = renderTableHtml(t, '市府办', { chunkLines: 10 });
    expect(sheets.map((s) => tablesOf(s).length)).toEqual([1, 1, 1, 1]);
    const html = sheets.join('\n');
    const tables = tablesOf(html);
    expect(tables.map((c) => c.rows.length)).toEqual([10, 10, 10, 8]);
    const single = tablesOf(renderTableHtml(t, '市府办')[0])[0];
    for (const c of tables) {
      expect(c.thead).toBe(single.thead);
      expect(c.thead).toContain('<tr class="numbers">');
    }
    expect(tables.flatMap((c) => c.rows)).toEqual(single.rows);
    expect(html.match(/class="table-title"/g)).toHaveLength(1);
    expect(html.match(/class="table-meta"/g)).toHaveLength(1);
    expect(sheets[0]).toContain('class="table-meta"');
    expect(sheets[0].indexOf('class="table-meta"')).toBeLessThan(sheets[0].indexOf('<table'));
    const noted = renderTableHtml({ ...t, notes: ['本表金额单位转换时可能存在尾数误差'] }, '市府办', {
      chunkLines: 10,
    });
    expect(noted.slice(0, -1).some((s) => s.includes('class="table-note"'))).toBe(false);
    const last = noted.at(-1)!;
    expect(last.indexOf('<p class="table-note">注：本表金额单位转换时可能存在尾数误差</p>')).toBeGreaterThan(
      last.lastIndexOf('</table>'),
    );
  });

  it('keeps the two sides of T01 side by side in every chunk, the totals on the last line', () => {
    const lines = formLayout(table('T01')).lines.length;
    const tables = tablesOf(renderTableHtml(table('T01'), '市府办', { chunkLines: 6 }).join('\n'));
    expect(tables.map((c) => c.rows.length)).toEqual([6, 6, 6, lines - 18]);
    for (const c of tables) for (const r of c.rows) expect(r.match(/<td /g)).toHaveLength(4);
    expect(tables.at(-1)!.rows.at(-1)).toContain('收 入 总 计');
  });

  it('cuts T11 only between projects, each project with its indicators in one block', () => {
    const draft: Draft = zhoushanDraft();
    const indicator = (i: number): Project['indicators'][number] => ({
      level1: '产出指标',
      level2: '数量指标',
      level3: `指标${i}`,
      op: '≥',
      value: String(i),
      unit: '次',
      weight: 10,
    });
    // 5 projects with 0, 1, 2, 3, 4 indicators: blocks of 1, 2, 3, 4, 5 lines (15 lines).
    draft.projects = draft.projects.map((p, k) => ({
      ...p,
      indicators: Array.from({ length: k }, (_, i) => indicator(i + 1)),
    }));
    const e = engineFor(draft, 'zhejiang');
    const t11 = e.tables().find((t) => t.id === 'T11')!;
    expect(formLayout(t11).lines).toHaveLength(15);
    const tables = tablesOf(renderTableHtml(t11, '市府办', { chunkLines: 4 }).join('\n'));
    // At most 4 lines a chunk, cut between projects: [1, 2] [3] [4] [5 — one project longer than 4].
    expect(tables.map((c) => c.rows.length)).toEqual([3, 3, 4, 5]);
    expect(tables.map((c) => c.blocks.length)).toEqual([2, 1, 1, 1]);
    const names = draft.projects.map((p) => p.name);
    let project = 0;
    for (const c of tables)
      for (const block of c.blocks) {
        const rows = block.split('<tr').slice(1);
        expect(rows[0]).toContain(`>${names[project]}<`);
        expect(rows).toHaveLength(project + 1);
        for (const r of rows.slice(1)) expect(r).toContain('>产出指标<');
        project++;
      }
    expect(project).toBe(5);
  });

  it('puts each further chunk on a sheet of its own, which starts a new page', () => {
    const doc = reportOf(engine);
    const html = renderReportHtml(doc, engine.tables(), { tableChunkLines: 10 });
    const start = html.lastIndexOf('<section', html.indexOf('id="table-T06"'));
    const t06 = html.slice(start, html.lastIndexOf('<section', html.indexOf('id="table-T07"')));
    const sheets = t06.split('<section class="').slice(1);
    expect(sheets.map((s) => s.slice(0, s.indexOf('"')))).toEqual([
      'sheet table-page portrait',
      'sheet table-page portrait continued',
      'sheet table-page portrait continued',
      'sheet table-page portrait continued',
    ]);
    for (const s of sheets) expect(tablesOf(s)).toHaveLength(1);
    expect(tablesOf(renderReportHtml(doc, engine.tables()))).toHaveLength(engine.tables().length);
    expect(reportCss()).toContain('.sheet { break-before: page; }');
    expect(reportCss()).toContain('table.form tr, table.form tbody.block { break-inside: avoid;');
  });
});
