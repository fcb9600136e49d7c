import type { Table } from 'dexie';
import type { Layout } from '../../../src-core/domain/layout/types';
import type { LayoutFileRow } from '../../data/records';
import { checkLayoutFile } from './check-layout-file';

/** A layout file kept on this computer, as the list shows it. */
export interface ImportedLayout {
  id: string;
  name: string;
  fileName: string;
  importedAt: number;
  /** The layout, or null when the stored text no longer passes the checks (`problem` says why). */
  layout: Layout | null;
  problem: string | null;
}

/**
 * The layout files the officer imported on this computer (导入版式文件), kept in the app's
 * IndexedDB database (table `layouts`, schema version 4) as the text chosen, and read — and checked
 * again — when the app starts. Only a file that passes the checks is stored; removing one deletes
 * its row. Listeners hear every change (the layout registry, the lists on screen).
 */
export class LayoutLibrary {
  private list: ImportedLayout[] = [];
  private loading: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  /** Bumps on every change (for useSyncExternalStore). */
  version = 0;

  constructor(
    private readonly rows: () => Table<LayoutFileRow, string>,
    /** Shipped layout ids, which an imported file may not take. */
    private readonly isShipped: (id: string) => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  /** The imported layouts, oldest first. */
  entries(): readonly ImportedLayout[] {
    return this.list;
  }

  /** The layouts that can be used (those whose text still passes the checks). */
  usable(): Layout[] {
    return this.list.flatMap((e) => (e.layout ? [e.layout] : []));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the stored files (once; later calls wait for the same read). */
  load(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  /** Checks a chosen file without storing anything. */
  check(text: string) {
    return checkLayoutFile(text, this.isShipped);
  }

  /** Stores a file that `check` accepted (replacing a stored one of the same id). */
  async add(fileName: string, text: string, layout: Layout): Promise<void> {
    await this.rows().put({ id: layout.id, name: layout.name, fileName, text, importedAt: this.now() });
    await this.reload();
  }

  async remove(id: string): Promise<void> {
    await this.rows().delete(id);
    await this.reload();
  }

  private async reload(): Promise<void> {
    const rows = await this.rows().toArray();
    rows.sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id));
    this.list = rows.map((row) => {
      const read = this.check(row.text);
      return {
        id: row.id,
        name: read.ok ? read.value.name : row.name,
        fileName: row.fileName,
        importedAt: row.importedAt,
        layout: read.ok ? read.value : null,
        problem: read.ok ? null : read.error.join('；'),
      };
    });
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }
}
