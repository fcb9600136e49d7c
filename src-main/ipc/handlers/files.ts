import { basename, join } from 'node:path';
import { CHANNELS, type FileKind, type SaveFileRequest } from '../../../src-core/ipc/contract';
import type { AppPaths, Dialogs, FileSystem } from '../deps';
import { defineHandler, fail, ok } from '../handler';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../../fs/atomic-write';
import { FILE_KINDS, IMPORT_FILTER, proposedFileName, withExtension } from '../../../src-core/ipc/file-names';
import { integer, object, oneOf, optional, string, textOrBytes, type Checked } from '../validate';

export interface FileDeps {
  fs: FileSystem;
  dialogs: Dialogs;
  paths: AppPaths;
}

/** Largest file saved or opened (a draft is a few MB at most; a workbook with charts, tens). */
export const MAX_FILE_BYTES = 100 * 1048576;

const saveShape = object<SaveFileRequest>({
  kind: oneOf<FileKind>(['xlsx', 'draft', 'pdf', 'template']),
  department: string(200),
  year: integer(1949, 2200),
  fileName: optional(string(200)),
  data: textOrBytes(MAX_FILE_BYTES),
});

function validateSave(arg: unknown): Checked<SaveFileRequest> {
  const checked = saveShape(arg);
  if (!checked.ok) return checked;
  const isText = typeof checked.value.data === 'string';
  if (checked.value.kind === 'draft' && !isText) return { ok: false, error: '草稿文件的内容应为文本' };
  if (checked.value.kind !== 'draft' && isText)
    return { ok: false, error: `${FILE_KINDS[checked.value.kind].filter.name}的内容应为二进制数据` };
  return checked;
}

/** 保存／导出: a save dialog with the default name, then an atomic write. */
export const saveFileHandler = (deps: FileDeps) =>
  defineHandler({
    channel: CHANNELS.saveFile,
    validate: validateSave,
    async run({ kind, department, year, fileName, data }) {
      const k = FILE_KINDS[kind];
      const choice = await deps.dialogs.showSave({
        title: k.title,
        defaultPath: join(deps.paths.documents, proposedFileName(kind, department, year, fileName)),
        filters: [k.filter],
      });
      if (choice.canceled || !choice.filePath) return ok({ saved: false as const });
      const written = await writeFileAtomic(deps.fs, withExtension(choice.filePath, kind), data);
      return written.ok ? ok({ saved: true as const, path: written.value.path }) : written;
    },
  });

/** 打开草稿文件／导入: an open dialog, then the file's text (draft) or bytes (xlsx). */
export const openFileHandler = (deps: FileDeps) =>
  defineHandler({
    channel: CHANNELS.openFile,
    validate: object({ kind: oneOf<'draft' | 'xlsx'>(['draft', 'xlsx']) }),
    async run({ kind }) {
      const choice = await deps.dialogs.showOpen({
        title: kind === 'draft' ? '打开草稿文件' : '导入 Excel',
        filters: [kind === 'xlsx' ? IMPORT_FILTER : FILE_KINDS[kind].filter],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return ok({ opened: false as const });
      let bytes: Uint8Array;
      try {
        const info = await deps.fs.stat(path);
        if (!info.isFile) return fail(`“${path}”不是文件。`);
        if (info.size > MAX_FILE_BYTES)
          return fail(
            `文件“${basename(path)}”过大（超过 ${MAX_FILE_BYTES / 1048576} MB），不像是${FILE_KINDS[kind].filter.name}。`,
          );
        bytes = await deps.fs.readFile(path);
      } catch (e) {
        return fail(describeFsError(e, path, 'read'));
      }
      const name = basename(path);
      if (kind === 'xlsx') return ok({ opened: true as const, kind, path, name, bytes });
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return fail(`文件“${name}”不是 UTF-8 编码的文本，不是部门预算草稿文件。`);
      }
      return ok({ opened: true as const, kind, path, name, text });
    },
  });
