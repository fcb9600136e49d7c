import type { FileFilter, FileKind } from './contract';

/** Per kind of file: the dialog filter, the extension the file must end with, the name's tail. */
export const FILE_KINDS: Record<FileKind, { filter: FileFilter; extension: string; tail: string; title: string }> = {
  xlsx: {
    filter: { name: 'Excel 工作簿', extensions: ['xlsx'] },
    extension: '.xlsx',
    tail: '年部门预算公开表',
    title: '导出 Excel',
  },
  draft: {
    filter: { name: '部门预算草稿文件', extensions: ['json'] },
    extension: '.budget.json',
    tail: '年部门预算',
    title: '保存草稿文件',
  },
  pdf: {
    filter: { name: 'PDF 文档', extensions: ['pdf'] },
    extension: '.pdf',
    tail: '年部门预算情况说明',
    title: '导出 PDF',
  },
  template: {
    filter: { name: 'Excel 工作簿', extensions: ['xlsx'] },
    extension: '.xlsx',
    tail: '年部门预算数据导入模板',
    title: '下载导入模板',
  },
};

/** What the 导入 open dialog accepts: the template workbook or a CSV export of the finance system. */
export const IMPORT_FILTER: FileFilter = {
  name: 'Excel、CSV 或文本文件',
  extensions: ['xlsx', 'xls', 'csv', 'txt', 'tsv'],
};

/**
 * Characters Windows forbids in file names (and control characters), replaced by “_”; leading and
 * trailing dots and spaces removed (Windows drops them silently).
 */
export function safeFileNamePart(text: string): string {
  return text
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/**
 * The file name a save dialog proposes: “{部门}{年度}年部门预算公开表.xlsx”,
 * “{部门}{年度}年部门预算.budget.json”, “{部门}{年度}年部门预算情况说明.pdf”.
 */
export function defaultFileName(kind: FileKind, department: string, year: number): string {
  const k = FILE_KINDS[kind];
  const dept = safeFileNamePart(department).slice(0, 80) || '未命名部门';
  return `${dept}${year}${k.tail}${k.extension}`;
}

/** The chosen path with the kind's extension added when the user typed a name without it. */
export function withExtension(path: string, kind: FileKind): string {
  const lower = path.toLowerCase();
  if (kind === 'draft') return lower.endsWith('.json') ? path : `${path}.budget.json`;
  const ext = FILE_KINDS[kind].extension;
  return lower.endsWith(ext) ? path : `${path}${ext}`;
}

/** The name a save proposes: the officer's own (made safe, with the kind's extension), else the default. */
export function proposedFileName(kind: FileKind, department: string, year: number, fileName?: string): string {
  const own = safeFileNamePart(fileName ?? '').slice(0, 120);
  return own === '' ? defaultFileName(kind, department, year) : withExtension(own, kind);
}
