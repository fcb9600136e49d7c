import { BrowserWindow, session } from 'electron';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintWindow, PrintWindowFactory } from '../ipc/deps';
import { isPrintResourceAllowed } from './navigation';
import { printWindowOptions } from './window-options';

const PRINT_PARTITION = 'print';

/**
 * Hidden, sandboxed windows in their own in-memory session for printing. The HTML is written to a
 * temporary file (a data: URL is limited to 2 MB) and removed with the window.
 */
export function printWindowFactory(tempDir: string): PrintWindowFactory {
  const pages = new Set<string>();
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: ![...pages].some((page) => isPrintResourceAllowed(details.url, page)) });
  });
  return (): PrintWindow => {
    const win = new BrowserWindow(printWindowOptions(PRINT_PARTITION));
    const file = join(tempDir, `budget-print-${randomBytes(8).toString('hex')}.html`);
    return {
      async loadHtml(html) {
        await writeFile(file, html, 'utf8');
        pages.add(file);
        await win.loadFile(file);
      },
      executeJavaScript: (code) => win.webContents.executeJavaScript(code, true),
      printToPdf: async () => new Uint8Array(await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' })),
      print: () => new Promise((resolve) => {
        win.webContents.print({ silent: false, printBackground: true }, (printed, failureReason) => resolve({ printed, failureReason }));
      }),
      destroy() {
        pages.delete(file);
        if (!win.isDestroyed()) win.destroy();
        void rm(file, { force: true });
      },
    };
  };
}
