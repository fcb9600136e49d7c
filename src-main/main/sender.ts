import type { SenderInfo, SenderPolicy } from '../ipc/handler';
import { isAppUrl } from './navigation';

/**
 * The top frame of one of the app's own windows (`isAppWindow`, by web contents id), showing the
 * app's own page: not another window, not a frame inside the page, not a page navigated elsewhere.
 */
export function appWindowPage(isAppWindow: (webContentsId: number) => boolean, appUrl: string): SenderPolicy {
  return (sender: SenderInfo) =>
    isAppWindow(sender.webContentsId) &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl, appUrl);
}

/** Only the main window's top frame, showing the app's own page, may call the bridge. */
export function mainWindowOnly(mainWebContentsId: () => number | null, appUrl: string): SenderPolicy {
  return appWindowPage((id) => {
    const main = mainWebContentsId();
    return main !== null && id === main;
  }, appUrl);
}

/**
 * A one-way message (`ipcMain.on`, no answer) heard only from senders `trusted` lets through, with
 * the same check as the invoked handlers (ipc/handler.ts); anything else is dropped without a word.
 * Answers whether the message was delivered.
 */
export function trustedListener(
  trusted: SenderPolicy,
  listener: (sender: SenderInfo) => void,
): (sender: SenderInfo) => boolean {
  return (sender) => {
    if (!trusted(sender)) return false;
    listener(sender);
    return true;
  };
}
