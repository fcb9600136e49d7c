import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadAnyDraftText } from '../../src-core/domain/draft/load';
import { formatProblems } from '../../src-core/domain/draft/problems';
import { generateReport } from '../../src-core/domain/report/generate';
import type { ReportDocument } from '../../src-core/domain/report/model';
import { parseStandardTerms, type StandardTerm } from '../../src-core/domain/report/glossary';
import { createEngine, type Resources } from '../../src-core/domain/resources';
import { renderReportHtml } from '../../src-core/report-html/render';
import { finalReportHtml, loadNodeFinalLayouts } from './final-command';
import { loadNodeResources, RESOURCES_DIR } from './node-resources';
import { writeOutputFile } from './output-file';

/** Where Debian installs Chromium (the PDF is printed by it through Playwright). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface ReportArgs {
  draftPath: string;
  layoutId: string;
  /** The resources with the chosen layout (a layout file given to --layout); read from disk when absent. */
  resources?: Resources;
  html?: string;
  pdf?: string;
}

export interface ReportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
  /** Defaults to writing to disk atomically (output-file.ts). */
  writeFile?: (path: string, data: string | Uint8Array) => void | Promise<void>;
}

/** Standard 名词解释 terms shipped in resources/glossary (a broken file is a broken build: throws). */
export function loadStandardTerms(dir = RESOURCES_DIR): StandardTerm[] {
  const parsed = parseStandardTerms(readFileSync(join(dir, 'glossary', 'standard-terms.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`内置名词解释有误：\n${parsed.error}`);
  return parsed.value;
}

/**
 * Prints HTML to an A4 PDF in Chromium: CSS page sizes (landscape named pages for wide tables),
 * fonts loaded before printing, page numbers from the page's own CSS (@page margin boxes, “— N —”
 * as official documents print them, none on the cover). A report too large for one print job
 * (src-core/report-html/print-parts.ts) is printed in parts, one page after another in the same
 * Chromium, numbered on, and the parts' PDFs are joined (print-in-parts.ts).
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  const print = async (doc: string): Promise<Uint8Array> => {
    const page = await browser.newPage();
    try {
      await page.setContent(doc, { waitUntil: 'load' });
      // Runs in the page (a browser), whose globals this Node project does not type.
      await page.evaluate(async () => {
        await (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready;
      });
      return new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    } finally {
      await page.close();
    }
  };
  try {
    const { printInParts } = await import('./print-in-parts'); // pdf-lib, loaded only to print
    return await printInParts(html, print);
  } finally {
    await browser.close();
  }
}

/**
 * `report <draft> --layout <id> [--html <file>] [--pdf <file>]`: the printed disclosure.
 * Exit codes: 0 written; 1 the draft is rejected, or a file cannot be read or written, or the PDF
 * cannot be printed; 2 usage (no output asked for, unknown layout).
 */
export async function runReportCommand(args: ReportArgs, io: ReportIo): Promise<number> {
  const write = io.writeFile ?? writeOutputFile;
  if (!args.draftPath || (!args.html && !args.pdf)) {
    io.stderr('用法：report <预算或决算草稿.json> [--layout <版式>] --html <输出.html> 和/或 --pdf <输出.pdf>\n');
    return 2;
  }
  const resources = args.resources ?? loadNodeResources();
  let text: string;
  try {
    text = io.readFile(args.draftPath);
  } catch (e) {
    io.stderr(`无法读取文件“${args.draftPath}”：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const loaded = loadAnyDraftText(text);
  if (!loaded.ok) {
    io.stderr(
      `文件“${args.draftPath}”无法读取为部门预算草稿，共 ${loaded.error.length} 处问题：\n${formatProblems(loaded.error)}\n`,
    );
    return 1;
  }
  const started = performance.now();
  let doc: ReportDocument;
  let html: string;
  if (loaded.value.stage === 'final') {
    // A 决算 draft prints the 决算 (docs/final-accounts.md), under its own layouts.
    const built = finalReportHtml(loaded.value.draft, args.layoutId, resources.catalogs, loadNodeFinalLayouts());
    if (!built.ok) {
      io.stderr(`${built.error}\n`);
      return 2;
    }
    ({ doc, html } = built.value);
  } else {
    if (!resources.layouts.has(args.layoutId)) {
      io.stderr(`未知的版式“${args.layoutId}”（可用：${[...resources.layouts.keys()].join('、')}）\n`);
      return 2;
    }
    const engine = createEngine(loaded.value.draft, resources, args.layoutId);
    if (!engine.ok) {
      io.stderr(`${engine.error}\n`);
      return 2;
    }
    doc = generateReport(engine.value, { standardTerms: loadStandardTerms() });
    html = renderReportHtml(doc, engine.value.tables(), { cssPageNumbers: true });
  }
  const htmlMs = performance.now() - started;
  if (doc.draftMark) io.stderr(`注意：草稿尚有 ${doc.errorCount} 项错误未改正，报告已标注“草稿（未通过审核）”。\n`);

  const save = async (path: string, data: string | Uint8Array, what: string): Promise<boolean> => {
    try {
      await write(path, data);
      return true;
    } catch (e) {
      io.stderr(`无法写入${what}文件“${path}”：${e instanceof Error ? e.message : String(e)}\n`);
      return false;
    }
  };
  if (args.html) {
    if (!(await save(args.html, html, ' HTML '))) return 1;
    io.stdout(`已生成 HTML：${args.html}（${Math.round(htmlMs)} 毫秒）\n`);
  }
  if (args.pdf) {
    if (!existsSync(CHROMIUM_PATH)) {
      io.stderr(
        `无法生成 PDF：找不到 Chromium（${CHROMIUM_PATH}），请安装 chromium 后重试，或改用 --html 输出后在浏览器中打印。\n`,
      );
      return 1;
    }
    const t0 = performance.now();
    let pdf: Uint8Array;
    try {
      pdf = await htmlToPdf(html);
    } catch (e) {
      io.stderr(`无法生成 PDF：${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    if (!(await save(args.pdf, pdf, ' PDF '))) return 1;
    io.stdout(`已生成 PDF：${args.pdf}（${Math.round(performance.now() - t0)} 毫秒）\n`);
  }
  return 0;
}
