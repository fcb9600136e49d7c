import { join } from 'node:path';

/**
 * The data folder's name under the system's application-data folder (%APPDATA% on Windows,
 * ~/.config on Linux). Fixed and ASCII, independent of the product name and version, so that a
 * rename or an upgrade finds the same IndexedDB and the same backups.
 */
export const USER_DATA_FOLDER = 'BudgetDisclosure';

/** `{appData}/BudgetDisclosure`; the dev build (`npm start`) keeps its own folder beside it. */
export function userDataDir(appData: string, dev = false): string {
  return join(appData, dev ? `${USER_DATA_FOLDER}-dev` : USER_DATA_FOLDER);
}
