import { BrowserWindow, session } from 'electron';
import type { PrintWindow, PrintWindowFactory } from '../ipc/deps';
import { isPrintResourceAllowed } from './navigation';
import { applyPermissionPolicy } from './permissions';
import { preparePrintFolder, removePrintPage, writePrintPage } from './print-page';
import { printWindowOptions } from './window-options';

const PRINT_PARTITION = 'print';

/**
 * Hidden, sandboxed windows without JavaScript, in their own in-memory session (no permissions,
 * no request but the page itself and data: images), for printing. The HTML is written, with its
 * Content-Security-Policy, to a private folder (print-page.ts) and removed with the window.
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
    let destroyed = false;
    return {
      async loadHtml(html) {
        await ready;
        const written = await writePrintPage(folder, html);
        if (destroyed) {
          await removePrintPage(written); // given up (time-out) while writing
          throw new Error('打印窗口已关闭');
        }
        file = written;
        pages.add(written);
        await win.loadFile(written);
      },
      printToPdf: async () =>
        new Uint8Array(
          await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' }),
        ),
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
