import { join } from 'node:path';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import type { FileProblem } from '../../../src-core/domain/draft/problems';
import {
  CHANNELS,
  type BackupEntry,
  type IpcResult,
  type NewestBackup,
  type RestoreBackupRequest,
  type WriteBackupRequest,
} from '../../../src-core/ipc/contract';
import type { AppPaths, Clock, FileSystem, FolderOpener } from '../deps';
import { defineHandler, fail, ok } from '../handler';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../../fs/atomic-write';
import {
  backupFileName,
  DEFAULT_ROTATION,
  parseBackupFileName,
  rotateBackups,
  type RotationPolicy,
} from '../../../src-core/backup/backup-rotation';
import { draftId, nothing, object, pattern, string } from '../validate';

export interface BackupDeps {
  fs: FileSystem;
  clock: Clock;
  paths: Pick<AppPaths, 'userData'>;
  policy?: RotationPolicy;
  /** Opens a folder in the file manager (absent where the platform has none). */
  openFolder?: FolderOpener;
}

/** Largest draft text backed up. */
export const MAX_DRAFT_CHARS = 50 * 1048576;

/** `{userData}/backups`: outside browser storage, so clearing or losing IndexedDB loses no backup. */
export const backupsRoot = (userData: string): string => join(userData, 'backups');

const problemsText = (problems: FileProblem[]): string =>
  problems
    .slice(0, 3)
    .map((p) => (p.path ? `${p.path}：${p.message}` : p.message))
    .join('；') + (problems.length > 3 ? `；另有 ${problems.length - 3} 处问题` : '');

/** A draft's backups, newest first (other files in the folder are ignored). */
async function listBackups(fs: FileSystem, root: string, id: string): Promise<BackupEntry[]> {
  const dir = join(root, id);
  const entries: BackupEntry[] = [];
  for (const file of await fs.list(dir)) {
    const savedAt = parseBackupFileName(file);
    if (savedAt === null) continue;
    const info = await fs.stat(join(dir, file));
    if (info.isFile) entries.push({ draftId: id, file, savedAt, size: info.size });
  }
  return entries.sort((a, b) => b.savedAt - a.savedAt);
}

async function guarded<T>(what: string, path: string, work: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await work();
  } catch (e) {
    return fail(`${what}：${describeFsError(e, path, 'read')}`);
  }
}

export const listBackupsHandler = (deps: BackupDeps) =>
  defineHandler({
    channel: CHANNELS.listBackups,
    validate: object({ draftId }),
    run: ({ draftId: id }) => {
      const root = backupsRoot(deps.paths.userData);
      return guarded('无法读取备份列表', join(root, id), async () => ok(await listBackups(deps.fs, root, id)));
    },
  });

/**
 * 自动备份: the draft text, checked to be a loadable draft, written atomically as a new backup
 * (skipped when it equals the newest one), then the draft's backups rotated.
 */
export const writeBackupHandler = (deps: BackupDeps) =>
  defineHandler({
    channel: CHANNELS.writeBackup,
    validate: object<WriteBackupRequest>({ draftId, text: string(MAX_DRAFT_CHARS, { nonEmpty: true }) }),
    async run({ draftId: id, text }) {
      const loaded = loadDraftText(text);
      if (!loaded.ok) return fail(`备份内容不是有效的草稿文件：${problemsText(loaded.error)}`);
      const root = backupsRoot(deps.paths.userData);
      const dir = join(root, id);
      return guarded('无法写入备份', dir, async () => {
        await deps.fs.mkdirp(dir);
        const existing = await listBackups(deps.fs, root, id);
        const newest = existing[0];
        if (newest && new TextDecoder().decode(await deps.fs.readFile(join(dir, newest.file))) === text)
          return ok(newest);
        let savedAt = deps.clock.now();
        while (existing.some((e) => e.savedAt === savedAt)) savedAt += 1; // two backups within one millisecond
        const file = backupFileName(savedAt);
        const written = await writeFileAtomic(deps.fs, join(dir, file), text);
        if (!written.ok) return fail(`自动备份失败：${written.error}`);
        const entry: BackupEntry = { draftId: id, file, savedAt, size: new TextEncoder().encode(text).byteLength };
        const { remove } = rotateBackups([entry, ...existing], deps.clock.now(), deps.policy ?? DEFAULT_ROTATION);
        // Rotation is housekeeping: a backup that cannot be deleted now is deleted at a later rotation.
        for (const old of remove) await deps.fs.remove(join(dir, old.file)).catch(() => undefined);
        return ok(entry);
      });
    },
  });

/** 从备份恢复: the backup's text, after checking that it loads as a draft. */
export const restoreBackupHandler = (deps: BackupDeps) =>
  defineHandler({
    channel: CHANNELS.restoreBackup,
    validate: object<RestoreBackupRequest>({
      draftId,
      file: pattern(/^\d{8}T\d{9}Z\.budget\.json$/, '备份文件名'),
    }),
    async run({ draftId: id, file }) {
      const savedAt = parseBackupFileName(file);
      if (savedAt === null) return fail('参数有误：不是有效的备份文件名');
      const path = join(backupsRoot(deps.paths.userData), id, file);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await deps.fs.readFile(path));
      } catch (e) {
        return fail(
          e instanceof TypeError ? '备份文件已损坏（不是 UTF-8 文本），无法恢复。' : describeFsError(e, path, 'read'),
        );
      }
      const loaded = loadDraftText(text);
      if (!loaded.ok) return fail(`备份文件已损坏，无法恢复：${problemsText(loaded.error)}。请选择更早的备份。`);
      return ok({ draftId: id, file, savedAt, text });
    },
  });

/** Per draft, its newest backup: on start the renderer offers a restore where the database lags behind. */
export const newestBackupsHandler = (deps: BackupDeps) =>
  defineHandler({
    channel: CHANNELS.newestBackups,
    validate: nothing,
    run: () => {
      const root = backupsRoot(deps.paths.userData);
      return guarded('无法读取备份', root, async () => {
        const out: NewestBackup[] = [];
        for (const id of await deps.fs.list(root)) {
          if (!draftId(id, 'draftId').ok) continue;
          const [newest] = await listBackups(deps.fs, root, id);
          if (newest) out.push({ draftId: id, savedAt: newest.savedAt });
        }
        return ok(out.sort((a, b) => b.savedAt - a.savedAt));
      });
    },
  });

/** 打开备份文件夹: created if missing (no backup yet), then shown in the system's file manager. */
export const openBackupFolderHandler = (deps: BackupDeps) =>
  defineHandler({
    channel: CHANNELS.openBackupFolder,
    validate: nothing,
    async run() {
      const root = backupsRoot(deps.paths.userData);
      if (!deps.openFolder) return fail(`无法在此系统上打开文件夹。备份文件夹位于：${root}`);
      try {
        await deps.fs.mkdirp(root);
      } catch (e) {
        return fail(describeFsError(e, root, 'write'));
      }
      const problem = await deps.openFolder(root);
      return problem ? fail(`无法打开备份文件夹（${problem}）。备份文件夹位于：${root}`) : ok({ path: root });
    },
  });
