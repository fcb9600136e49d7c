import type { BudgetAppBridge } from '../../src-main/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload script; absent in a browser. */
    budgetApp?: BudgetAppBridge;
  }
}

/** A text file the officer picked. */
export interface OpenedTextFile { name: string; text: string }

/** True inside the desktop app (the preload bridge is present). */
export function isElectron(): boolean {
  return window.budgetApp?.platform === 'electron';
}

/** The app version when the desktop bridge reports one. */
export function appVersion(): string | undefined {
  return window.budgetApp?.version;
}

/**
 * Lets the officer pick a draft file (`*.json`) and reads it as UTF-8; null when cancelled.
 * Browser and Electron alike use a hidden file input for now (a native dialog comes with IPC).
 */
export function openTextFile(accept = '.json'): Promise<OpenedTextFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.dataset.testid = 'open-file-input';
    const finish = () => input.remove();
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) {
        resolve(null);
        return;
      }
      file.text().then((text) => resolve({ name: file.name, text }), reject);
    }, { once: true });
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    }, { once: true });
    document.body.append(input);
    input.click();
  });
}
