import type { FileKind } from '../../src-core/ipc/contract';
import { proposedFileName } from '../../src-core/ipc/file-names';
import { desktopBridge } from './bridge';
import { downloadFile } from './download';

/** What a save came to, with a message for the officer (null when there is nothing to say). */
export type SaveOutcome = { ok: true; saved: boolean; message: string | null } | { ok: false; message: string };

export interface SaveRequest {
  kind: FileKind;
  /** 部门名称 and 预算年度 name the file: “{部门}{年度}年部门预算公开表.xlsx”. */
  department: string;
  year: number;
  /** The officer's own file name (export dialog); the default name when absent. */
  fileName?: string;
  /** Bytes (xlsx, pdf) or UTF-8 text (draft). */
  data: Uint8Array | string;
}

const MIME: Record<FileKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  draft: 'application/json',
  pdf: 'application/pdf',
  template: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * 保存／导出 a file. Desktop: the system save dialog proposing the default name, then an atomic
 * write in main (never a partial file). Browser: a download under the default name.
 */
export async function saveFile(request: SaveRequest): Promise<SaveOutcome> {
  const bridge = desktopBridge();
  if (!bridge) {
    const name = proposedFileName(request.kind, request.department, request.year, request.fileName);
    downloadFile(name, request.data, MIME[request.kind]);
    return { ok: true, saved: true, message: `已下载“${name}”（在浏览器的下载文件夹中）` };
  }
  let result;
  try {
    result = await bridge.saveFile({ ...request });
  } catch (e) {
    return { ok: false, message: `保存失败（${e instanceof Error ? e.message : String(e)}）。请重试。` };
  }
  if (!result.ok) return { ok: false, message: result.error };
  return result.value.saved
    ? { ok: true, saved: true, message: `已保存：${result.value.path}` }
    : { ok: true, saved: false, message: null };
}

/** A draft file the officer picked. */
export interface OpenedTextFile {
  name: string;
  text: string;
}

/**
 * 打开草稿文件: desktop, the system open dialog (main reads the file as UTF-8); browser, a hidden
 * file input. Null when cancelled; a Chinese message (thrown as Error) when the file cannot be read.
 */
export async function openDraftFile(): Promise<OpenedTextFile | null> {
  const bridge = desktopBridge();
  if (!bridge) return openTextFile('.json');
  const result = await bridge.openFile({ kind: 'draft' });
  if (!result.ok) throw new Error(result.error);
  const value = result.value;
  if (!value.opened || value.kind !== 'draft') return null;
  return { name: value.name, text: value.text };
}

/**
 * Lets the officer pick a text file through a hidden file input and reads it as UTF-8; null when
 * cancelled. (The browser's way; the desktop app uses {@link openDraftFile}'s native dialog.)
 */
export function openTextFile(accept = '.json'): Promise<OpenedTextFile | null> {
  return pickWithInput(accept, 'open-file-input', async (file) => ({ name: file.name, text: await file.text() }));
}

/** A hidden file input, clicked; resolves with what `read` makes of the chosen file, null when cancelled. */
function pickWithInput<T>(accept: string, testId: string, read: (file: File) => Promise<T>): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.dataset.testid = testId;
    const finish = () => input.remove();
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        finish();
        if (!file) {
          resolve(null);
          return;
        }
        read(file).then(resolve, reject);
      },
      { once: true },
    );
    input.addEventListener(
      'cancel',
      () => {
        finish();
        resolve(null);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

/** A data file to import (.xlsx / .csv), as bytes. */
export interface OpenedDataFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * 导入: desktop, the system open dialog (Excel or CSV; main reads the bytes); browser, a hidden
 * file input. Null when cancelled; a Chinese message (thrown as Error) when the file cannot be read.
 */
export async function openDataFile(): Promise<OpenedDataFile | null> {
  const bridge = desktopBridge();
  if (!bridge)
    return pickWithInput('.xlsx,.xls,.csv,.txt,.tsv', 'import-file-input', async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    }));
  const result = await bridge.openFile({ kind: 'xlsx' });
  if (!result.ok) throw new Error(result.error);
  const value = result.value;
  if (!value.opened || value.kind !== 'xlsx') return null;
  return { name: value.name, bytes: value.bytes };
}
