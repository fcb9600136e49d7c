import type { SaveFileResult } from '../../src-core/ipc/contract';
import { proposedFileName } from '../../src-core/ipc/file-names';
import { desktopBridge } from './bridge';

/** What printing the report came to, for a message to the officer. */
export type PrintOutcome = { ok: true; message: string | null } | { ok: false; message: string };

/**
 * Prints the report (a complete HTML document with its own page CSS). In the desktop app the main
 * process prints it from a hidden window through the system dialog; in a browser it is printed
 * from a hidden frame with the browser's dialog (where “另存为 PDF” is the PDF export).
 */
export async function printReport(html: string): Promise<PrintOutcome> {
  const bridge = desktopBridge();
  if (bridge) {
    const r = await bridge.print({ html });
    return r.ok ? { ok: true, message: r.value.printed ? '已发送到打印机。' : null } : { ok: false, message: r.error };
  }
  await printInFrame(html);
  return { ok: true, message: '已打开浏览器的打印对话框：在其中选择打印机，或选择“另存为 PDF”保存到您选定的文件夹。' };
}

/**
 * Saves the report as PDF: in the desktop app through Chromium's printToPDF and a save dialog
 * (“{部门}{年度}年部门预算情况说明.pdf”); in a browser through its print dialog (choose 另存为 PDF).
 */
export async function saveReportPdf(
  html: string,
  department: string,
  year: number,
  fileName?: string,
): Promise<PrintOutcome> {
  const bridge = desktopBridge();
  if (!bridge) {
    // The browser's “另存为 PDF” proposes the document's title as the file name.
    const name = proposedFileName('pdf', department, year, fileName).replace(/\.pdf$/i, '');
    await printInFrame(html, name);
    return { ok: true, message: `请在打印对话框中选择“另存为 PDF”，以“${name}.pdf”保存到您选定的文件夹。` };
  }
  const pdf = await bridge.printToPdf({ html });
  if (!pdf.ok) return { ok: false, message: pdf.error };
  const saved = await bridge.saveFile({ kind: 'pdf', department, year, fileName, data: pdf.value });
  if (!saved.ok) return { ok: false, message: saved.error };
  const value: SaveFileResult = saved.value;
  return { ok: true, message: value.saved ? `已保存：${value.path}` : null };
}

/** Prints an HTML document from a hidden iframe, once its fonts are ready; removes the frame afterwards. */
function printInFrame(html: string, title?: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.dataset.testid = 'print-frame';
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow;
        if (!win) {
          frame.remove();
          resolve();
          return;
        }
        if (title) win.document.title = title;
        void win.document.fonts.ready.then(() => {
          win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
          win.print();
          resolve();
        });
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
