import type { FileProblem } from '../../src-core/domain/draft/problems';

/**
 * Why a storage operation did not happen, in Chinese with what to do next (docs/architecture.md “Errors”).
 * Nothing was written when one of these is returned.
 * - `conflict`: another window wrote the draft since the revision this write was based on.
 * - `not-found`: no such draft, line or snapshot.
 * - `in-trash`: the draft is in the 回收站 and must be restored before it is changed.
 * - `invalid`: a change or argument is malformed (`index`: which change of the batch).
 * - `file`: a draft file (imported or from a snapshot) was rejected (`problems` by JSON path).
 */
export interface StoreProblem {
  kind: 'conflict' | 'not-found' | 'in-trash' | 'invalid' | 'file';
  message: string;
  /** The draft's current revision (conflict). */
  revision?: number;
  /** Index of the offending change in a batch (invalid, not-found). */
  index?: number;
  problems?: FileProblem[];
  /** What both windows changed differently (conflict after a merge attempt), in Chinese. */
  conflicts?: string[];
}

export const conflict = (base: number, current: number): StoreProblem => ({
  kind: 'conflict',
  revision: current,
  message: `此草稿已在另一个窗口中修改（现为第 ${current} 版，本窗口的修改基于第 ${base} 版），本次修改没有保存。请重新载入草稿，核对后再修改。`,
});

/** Another window changed the same values differently: the officer decides which to keep. */
export const mergeConflict = (conflicts: readonly { what: string }[], current: number): StoreProblem => {
  const whats = [...new Set(conflicts.map((c) => c.what))];
  return {
    kind: 'conflict',
    revision: current,
    conflicts: whats,
    message: `另一个窗口也修改了同样的内容：${whats.slice(0, 3).join('；')}${whats.length > 3 ? `等 ${whats.length} 处` : ''}。本窗口的这些修改尚未保存。`,
  };
};

export const draftNotFound = (id: string): StoreProblem => ({
  kind: 'not-found',
  message: `找不到草稿（编号 ${id}），它可能已被永久删除。请回到草稿列表。`,
});

export const inTrash = (name: string): StoreProblem => ({
  kind: 'in-trash',
  message: `草稿“${name}”在回收站中，请先从回收站还原再修改。`,
});

export const invalid = (message: string, index?: number): StoreProblem => ({
  kind: 'invalid',
  message: index === undefined ? message : `第 ${index + 1} 项修改无效：${message}。整批修改都没有保存。`,
  ...(index === undefined ? {} : { index }),
});

export const lineNotFound = (id: string, index: number): StoreProblem => ({
  kind: 'not-found',
  index,
  message: `第 ${index + 1} 项修改指向不存在的行（${id}），该行可能已在另一个窗口中删除。整批修改都没有保存，请重新载入草稿。`,
});

export const fileRejected = (problems: FileProblem[], what = '文件'): StoreProblem => ({
  kind: 'file',
  problems,
  message: `${what}有 ${problems.length} 处问题，未做任何改动：${problems
    .slice(0, 3)
    .map((p) => `${p.path || '（文件）'}：${p.message}`)
    .join('；')}${problems.length > 3 ? '……' : ''}`,
});

/**
 * A StoreProblem thrown inside a transaction to roll it back; the repository catches it and
 * returns the problem. Only ever thrown and caught within this folder.
 */
export class Rejected extends Error {
  constructor(readonly problem: StoreProblem) {
    super(problem.message);
  }
}
