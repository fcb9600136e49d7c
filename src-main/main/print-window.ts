import { BrowserWindow, session } from 'electron';
import { printInParts } from '../cli/print-in-parts';
import type { PrintWindow, PrintWindowFactory } from '../ipc/deps';
import { isPrintResourceAllowed } from './navigation';
import { applyPermissionPolicy } from './permissions';
import { preparePrintFolder, removePrintPage, writePrintPage } from './print-page';
import { printWindowOptions } from './window-options';

const PRINT_PARTITION = 'print';

/**
 * Hidden, sandboxed windows without JavaScript, in their own in-memory session (no permissions,
 * no request but the page itself and data: images), for printing. The HTML is written, with its
 * Content-Security-Policy, to a private folder (print-page.ts) and removed with the window. A
 * report too large for one print job is printed to PDF in parts (print-in-parts.ts), each loaded
 * in turn from a page of its own, removed once printed.
 */
export function printWindowFactory(folder: string): PrintWindowFactory {
  const pages = new Set<string>();
  const ready = preparePrintFolder(folder);
  ready.catch(() => undefined); // reported by the first print that needs the folder
  const printSession = session.fromPartition(PRINT_PARTITION);
  applyPermissionPolicy(printSession);
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: ![...pages].some((page) => isPrintResourceAllowed(details.url, page)) });
  });
  return (): PrintWindow => {
    const win = new BrowserWindow(printWindowOptions(PRINT_PARTITION));
    let file: string | null = null;
    let loaded: string | null = null;
    let destroyed = false;
    const printLoaded = async () =>
      new Uint8Array(
        await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' }),
      );
    /** Loads one part of the report from a page of its own and prints it. */
    const printPart = async (html: string): Promise<Uint8Array> => {
      const part = await writePrintPage(folder, html);
      pages.add(part);
      try {
        if (destroyed) throw new Error('打印窗口已关闭');
        await win.loadFile(part);
        return await printLoaded();
      } finally {
        pages.delete(part);
        void removePrintPage(part).catch(() => undefined);
      }
    };
    return {
      async loadHtml(html) {
        await ready;
        const written = await writePrintPage(folder, html);
        if (destroyed) {
          await removePrintPage(written); // given up (time-out) while writing
          throw new Error('打印窗口已关闭');
        }
        file = written;
        loaded = html;
        pages.add(written);
        await win.loadFile(written);
      },
      printToPdf: async () => {
        const whole = loaded;
        if (whole === null) return printLoaded();
        return printInParts(whole, (html) => (html === whole ? printLoaded() : printPart(html)));
      },
      print: () =>
        new Promise((resolve) => {
          win.webContents.print({ silent: false, printBackground: true }, (printed, failureReason) =>
            resolve({ printed, failureReason }),
          );
        }),
      destroy() {
        destroyed = true;
        if (!win.isDestroyed()) win.destroy();
        if (file !== null) {
          pages.delete(file);
          void removePrintPage(file).catch(() => undefined);
        }
      },
    };
  };
}
