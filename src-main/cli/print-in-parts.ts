import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import { linkTargets, PART_LINES, preparePart, splitForPrint } from '../../src-core/report-html/print-parts';

/**
 * Prints a report to PDF with `printOne` (Chromium: the CLI's page, the app's print window): in
 * one job, or, when it has more than `maxLines` table lines (src-core/report-html/print-parts.ts),
 * part after part, page numbers going on, the parts' PDFs joined into one.
 */
export async function printInParts(
  html: string,
  printOne: (html: string) => Promise<Uint8Array>,
  maxLines: number = PART_LINES,
): Promise<Uint8Array> {
  const parts = splitForPrint(html, maxLines);
  if (parts.length === 1) return printOne(html);
  const linked = linkTargets(html);
  const joiner = await PdfJoiner.create();
  let firstPage = 1;
  for (const part of parts) {
    const prepared = preparePart(part, firstPage, linked);
    firstPage += await joiner.append(await printOne(prepared.html), prepared.placeholders);
  }
  return joiner.save();
}

interface Destination {
  key: PDFName;
  target: PDFArray;
  /** A stand-in (src-core/report-html/print-parts.ts): any real target of the same name wins. */
  placeholder: boolean;
}

/**
 * Joins the PDFs of a report printed in parts (src-core/report-html/print-parts.ts) into one, with
 * pdf-lib: the pages in order, and the named destinations Chromium writes for the report's links
 * (目录 → a table) gathered from every part, so a link of the first part opens a table printed
 * in another. Title, creator and producer are the first part's.
 */
export class PdfJoiner {
  private readonly destinations = new Map<string, Destination>();
  private first = true;

  private constructor(private readonly doc: PDFDocument) {}

  static async create(): Promise<PdfJoiner> {
    return new PdfJoiner(await PDFDocument.create());
  }

  /** Appends a part's pages; returns how many. `placeholders`: the part's stand-in link targets. */
  async append(bytes: Uint8Array, placeholders: readonly string[] = []): Promise<number> {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    if (this.first) {
      this.first = false;
      const title = part.getTitle();
      if (title) this.doc.setTitle(title, { showInWindowTitleBar: true });
      this.doc.setCreator(part.getCreator() ?? '');
      this.doc.setProducer(part.getProducer() ?? '');
    }
    const sourcePages = part.getPages();
    const copied = await this.doc.copyPages(part, part.getPageIndices());
    for (const page of copied) this.doc.addPage(page);
    const pageRef = new Map<string, PDFRef>(sourcePages.map((p, i) => [p.ref.toString(), copied[i].ref]));

    const dests = part.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    const stand = new Set(placeholders);
    for (const [key, value] of dests?.entries() ?? []) {
      const source = part.context.lookupMaybe(value, PDFArray);
      const page = source?.get(0);
      const target = page ? pageRef.get(page.toString()) : undefined;
      if (!source || !target) continue;
      const name = key.decodeText();
      const placeholder = stand.has(name);
      // A real target replaces a stand-in met earlier, never the other way round.
      if (placeholder && this.destinations.has(name)) continue;
      const array = PDFArray.withContext(this.doc.context);
      array.push(target);
      for (let i = 1; i < source.size(); i++) array.push(source.get(i));
      this.destinations.set(name, { key, target: array, placeholder });
    }
    return copied.length;
  }

  /** The joined PDF. */
  async save(): Promise<Uint8Array> {
    if (this.destinations.size > 0) {
      const dict = this.doc.context.obj({});
      for (const d of this.destinations.values()) dict.set(d.key, d.target);
      this.doc.catalog.set(PDFName.of('Dests'), this.doc.context.register(dict));
    }
    return this.doc.save({ useObjectStreams: false });
  }
}
