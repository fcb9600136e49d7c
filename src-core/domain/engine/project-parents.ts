import type { Project } from '../draft/types';
import type { TableSpec } from '../tables/spec';
import type { ProjectParentOf } from './pivot';

/**
 * The 一级项目 of each project, for tables with rows by 一级项目 (T10A): a project's `parent`, or the
 * project's own name when it has none (a project outside any 一级项目 is printed as its own), or its
 * code when it is not in the draft. `signature` changes exactly when some project's 一级项目 does,
 * which is when those rows must be derived again.
 */
export function projectParents(projects: readonly Project[]): { of: ProjectParentOf; signature: string } {
  const byCode = new Map<string, string>();
  const parts: string[] = [];
  for (const p of projects) {
    const parent = p.parent?.trim() || p.name || p.code;
    byCode.set(p.code, parent);
    parts.push(`${p.code}\u0000${parent}`);
  }
  return { of: (code) => byCode.get(code) ?? code, signature: parts.join('\u0001') };
}

/** Whether any of these tables has rows by 一级项目. */
export function groupsByParent(specs: readonly TableSpec[]): boolean {
  return specs.some((t) => t.sections.some((s) => s.rows.some((r) => r.type === 'group' && r.by === 'projectParent')));
}
