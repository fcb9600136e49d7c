/** A file the officer picked, as bytes. */
export interface PickedFile { name: string; bytes: Uint8Array }

/**
 * Lets the officer pick a data file (.xlsx / .csv) through a hidden file input and reads its
 * bytes; null when cancelled. Works the same in the browser and in the desktop window.
 */
export function pickDataFile(accept = '.xlsx,.csv'): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.dataset.testid = 'import-file-input';
    const finish = () => input.remove();
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) {
        resolve(null);
        return;
      }
      file.arrayBuffer().then((b) => resolve({ name: file.name, bytes: new Uint8Array(b) }), reject);
    }, { once: true });
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    }, { once: true });
    document.body.append(input);
    input.click();
  });
}
