import type { SenderInfo, SenderPolicy } from '../ipc/handler';
import { isAppUrl } from './navigation';

/**
 * Only the main window's top frame, showing the app's own page, may call the bridge: not another
 * window, not a frame inside the page, not a page navigated elsewhere.
 */
export function mainWindowOnly(mainWebContentsId: () => number | null, appUrl: string): SenderPolicy {
  return (sender: SenderInfo) => {
    const id = mainWebContentsId();
    return id !== null && sender.webContentsId === id && sender.isMainFrame
      && sender.frameUrl !== null && isAppUrl(sender.frameUrl, appUrl);
  };
}
