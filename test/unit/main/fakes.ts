import { dirname } from 'node:path';
import type { AppPaths, Dialogs, FileSystem, PrintWindow } from '../../../src-main/ipc/deps';
import type { SenderInfo } from '../../../src-main/ipc/handler';

const fsError = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code });

/**
 * An in-memory file system. `failWrite` makes writing a file fail midway (half the bytes land,
 * as a full disk would leave them); `failRename` makes the rename fail (a file held open on Windows).
 */
export class FakeFs implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(['/']);
  failWrite: ((path: string) => string | null) | null = null;
  failRename: string | null = null;
  readonly calls: string[] = [];

  text(path: string): string | undefined {
    const b = this.files.get(path);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }

  put(path: string, text: string): void {
    this.files.set(path, new TextEncoder().encode(text));
    for (let d = dirname(path); !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
  }

  async readFile(path: string) {
    this.calls.push(`read ${path}`);
    const b = this.files.get(path);
    if (!b) throw fsError('ENOENT', path);
    return b;
  }

  async writeNewFile(path: string, data: Uint8Array) {
    this.calls.push(`write ${path}`);
    if (!this.dirs.has(dirname(path))) throw fsError('ENOENT', path);
    if (this.files.has(path)) throw fsError('EEXIST', path);
    const code = this.failWrite?.(path) ?? null;
    if (code) {
      this.files.set(path, data.slice(0, Math.floor(data.length / 2)));
      throw fsError(code, path);
    }
    this.files.set(path, data.slice());
  }

  async rename(from: string, to: string) {
    this.calls.push(`rename ${from} ${to}`);
    if (this.failRename) throw fsError(this.failRename, to);
    const b = this.files.get(from);
    if (!b) throw fsError('ENOENT', from);
    this.files.set(to, b);
    this.files.delete(from);
  }

  async remove(path: string) {
    this.calls.push(`remove ${path}`);
    this.files.delete(path);
  }

  async mkdirp(path: string) {
    for (let d = path; !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
  }

  async list(path: string) {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p.startsWith(prefix) && p.length > prefix.length) names.add(p.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  async stat(path: string) {
    const b = this.files.get(path);
    if (b) return { size: b.byteLength, isFile: true, isDirectory: false };
    if (this.dirs.has(path)) return { size: 0, isFile: false, isDirectory: true };
    throw fsError('ENOENT', path);
  }
}

/** Dialogs that answer as the test says and record what they were shown. */
export class FakeDialogs implements Dialogs {
  readonly shown: { kind: 'save' | 'open'; options: unknown }[] = [];
  constructor(public answer: string | null) {}
  async showSave(options: Parameters<Dialogs['showSave']>[0]) {
    this.shown.push({ kind: 'save', options });
    return this.answer === null ? { canceled: true } : { canceled: false, filePath: this.answer };
  }
  async showOpen(options: Parameters<Dialogs['showOpen']>[0]) {
    this.shown.push({ kind: 'open', options });
    return this.answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [this.answer] };
  }
}

export const PATHS: AppPaths = { userData: '/data/BudgetDisclosure', documents: '/home/officer/文档' };

/** A print window whose every step can be made to hang or fail. */
export class FakePrintWindow implements PrintWindow {
  readonly steps: string[] = [];
  destroyed = false;
  hang: 'load' | 'pdf' | 'print' | null = null;
  printAnswer: { printed: boolean; failureReason?: string } = { printed: true };
  private step<T>(name: string, value: T): Promise<T> {
    this.steps.push(name);
    return this.hang === name ? new Promise<T>(() => undefined) : Promise.resolve(value);
  }
  loadHtml(html: string) {
    return this.step('load', undefined).then(() => {
      this.steps.push(`html:${html.length}`);
    });
  }
  printToPdf() {
    return this.step('pdf', new TextEncoder().encode('%PDF-1.7 fake'));
  }
  print() {
    return this.step('print', this.printAnswer);
  }
  destroy() {
    this.destroyed = true;
  }
}

export const MAIN_SENDER: SenderInfo = {
  webContentsId: 1,
  frameUrl: 'file:///opt/app/out/renderer/index.html',
  isMainFrame: true,
};
export const trustMain = (s: SenderInfo) => s.webContentsId === 1 && s.isMainFrame;
