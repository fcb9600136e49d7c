import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { linkTargets, PLACEHOLDER_CLASS, preparePart, splitForPrint } from '../../../src-core/report-html/print-parts';
import { renderReportHtml } from '../../../src-core/report-html/render';
import { printInParts } from '../../../src-main/cli/print-in-parts';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf } from './helpers';

const draft = zhoushanDraft();
draft.expenses[0] = { ...draft.expenses[0], economic: '39999' }; // an error: the watermark is printed
const engine = engineFor(draft, 'zhejiang');
/** The 舟山 report with tables cut every 10 lines: 30 sheets, 260 table lines (<tr>). */
const html = renderReportHtml(reportOf(engine), engine.tables(), { cssPageNumbers: true, tableChunkLines: 10 });

const sheetsOf = (doc: string) => doc.slice(0, doc.lastIndexOf('\n</body>')).split('\n<section class="sheet').slice(1);
const lines = (doc: string) => doc.split('<tr').length - 1;

describe('splitForPrint: a report too large for one print job, in parts', () => {
  it('leaves a report within the limit whole', () => {
    expect(splitForPrint(html)).toEqual([html]);
    expect(splitForPrint(html, lines(html))).toEqual([html]);
    expect(splitForPrint('<p>not a report</p>', 1)).toEqual(['<p>not a report</p>']);
  });

  it('cuts between sheets, every part a complete document with the head and the watermark', () => {
    const parts = splitForPrint(html, 60);
    expect(parts.length).toBeGreaterThan(3);
    const head = html.slice(0, html.indexOf('</head>'));
    for (const part of parts) {
      expect(part.startsWith(head)).toBe(true);
      expect(part).toContain('<div class="watermark" aria-hidden="true">草稿（未通过审核）</div>');
      expect(part.endsWith('\n</body>\n</html>\n')).toBe(true);
      expect(lines(part)).toBeLessThanOrEqual(60);
    }
    // Every sheet once, in order.
    expect(parts.flatMap(sheetsOf)).toEqual(sheetsOf(html));
    expect(parts[0]).toContain('<section class="sheet cover">');
  });

  it('gives a sheet heavier than the limit a part of its own', () => {
    const parts = splitForPrint(html, 5);
    expect(parts.flatMap(sheetsOf)).toEqual(sheetsOf(html));
    for (const part of parts) if (lines(part) > 5) expect(sheetsOf(part)).toHaveLength(1);
  });
});

describe('preparePart: page numbers and links across parts', () => {
  const parts = splitForPrint(html, 60);
  const linked = linkTargets(html);

  it('numbers on from the part before; the first part as it is', () => {
    expect(preparePart(parts[0], 1, linked).html).not.toContain('counter-increment');
    expect(preparePart(parts[1], 37, linked).html).toContain('@page :first { counter-increment: page 37; }');
  });

  it('gives links to another part a stand-in target, and the targets it holds an empty link', () => {
    expect(linked).toContain('table-T11');
    const first = preparePart(parts[0], 1, linked);
    // The 目录 is in the first part; the last tables are not.
    expect(first.placeholders).toContain('table-T11');
    expect(first.html).toContain(`<span class="${PLACEHOLDER_CLASS}" id="table-T11"></span>`);
    expect(first.html).toContain(`.${PLACEHOLDER_CLASS} { position: absolute; top: 0; left: 0; }`);
    const holder = preparePart(
      parts.find((p) => p.includes('id="table-T11"'))!,
      90,
      linked,
    );
    expect(holder.placeholders).not.toContain('table-T11');
    expect(holder.html).toContain(`<a class="${PLACEHOLDER_CLASS}" href="#table-T11"></a>`);
  });
});

/**
 * A stand-in for Chromium: one page per sheet, the first page number read from the part's CSS,
 * and a named destination for each anchor the document links to, on the page of its sheet (a
 * stand-in target on the first page).
 */
async function fakeChromium(doc: string, seen: number[]): Promise<Uint8Array> {
  seen.push(Number(/counter-increment: page (\d+)/.exec(doc)?.[1] ?? 1));
  const pdf = await PDFDocument.create();
  pdf.setTitle('部门预算');
  const sheets = sheetsOf(doc);
  const pages = sheets.map(() => pdf.addPage([595, 842]));
  const dests = pdf.context.obj({});
  for (const id of linkTargets(doc)) {
    const at = sheets.findIndex((s) => s.includes(` id="${id}"`));
    const page = pages[Math.max(0, at)]; // a stand-in span sits before the first sheet
    if (at < 0 && !doc.includes(`<span class="${PLACEHOLDER_CLASS}" id="${id}">`)) continue;
    dests.set(PDFName.of(id), pdf.context.obj([page.ref, PDFName.of('XYZ'), 0, 842, 0]));
  }
  pdf.catalog.set(PDFName.of('Dests'), pdf.context.register(dests));
  return pdf.save();
}

describe('printInParts: the parts printed one after another and joined', () => {
  it('prints a report within the limit in one job, unchanged', async () => {
    const docs: string[] = [];
    const pdf = await printInParts(html, async (doc) => {
      docs.push(doc);
      return fakeChromium(doc, []);
    });
    expect(docs).toEqual([html]);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(sheetsOf(html).length);
  });

  it('joins the pages in order, numbered on, every link pointing at its real target', async () => {
    const seen: number[] = [];
    const parts = splitForPrint(html, 60);
    const pdf = await PDFDocument.load(await printInParts(html, (doc) => fakeChromium(doc, seen), 60));
    const sheets = sheetsOf(html);
    expect(pdf.getPageCount()).toBe(sheets.length);
    // Each part starts where the one before stopped.
    let page = 1;
    const firstPages = parts.map((p) => {
      const first = page;
      page += sheetsOf(p).length;
      return first;
    });
    expect(seen).toEqual(firstPages);
    expect(pdf.getTitle()).toBe('部门预算');
    const refs = pdf.getPages().map((p) => p.ref.toString());
    const dests = pdf.catalog.lookup(PDFName.of('Dests'), PDFDict);
    for (const id of linkTargets(html)) {
      const target = pdf.context.lookup(dests.get(PDFName.of(id)), PDFArray);
      const at = sheets.findIndex((s) => s.includes(` id="${id}"`));
      expect(refs.indexOf(target.get(0).toString()), id).toBe(at);
    }
  });
});
