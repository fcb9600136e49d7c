import type { Project, Review } from '../../../../src-core/domain/draft/types';
import { err, ok, type Result } from '../../../../src-core/domain/result';
import type { DraftEdit, LineEdit } from '../../session/line-edits';
import { describeCounts, type DraftReader } from '../draft-reader';

/** A change of the projects list: the edits of one undo step and, when lines followed, what moved. */
export interface ProjectChange {
  edits: DraftEdit[];
  note: string | null;
}

/** Lines naming a project: expense lines (its amount) and 政府采购 items. */
function linesOf(reader: DraftReader, code: string): LineEdit[] {
  const out: LineEdit[] = [];
  for (const id of reader.lineIds('expense')) {
    const line = reader.line('expense', id);
    if (line.project === code) out.push({ type: 'set', id, before: line, after: line });
  }
  for (const id of reader.lineIds('procurement')) {
    const line = reader.line('procurement', id);
    if (line.project === code) out.push({ type: 'set', stream: 'procurement', id, before: line, after: line });
  }
  return out;
}

function countLines(lines: readonly LineEdit[]): string {
  return describeCounts({
    expense: lines.filter((l) => (l.stream ?? 'expense') === 'expense').length,
    procurement: lines.filter((l) => l.stream === 'procurement').length,
  });
}

/** A code for a new project: `<unit>-NN`, the first number not taken. */
export function nextProjectCode(reader: DraftReader, unit: string): string {
  const taken = new Set(reader.head.projects.map((p) => p.code));
  for (let n = 1; ; n++) {
    const code = `${unit}-${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
}

/** 新增项目: for the first unit, with no indicators yet. */
export function addProjectEdits(reader: DraftReader): ProjectChange & { code: string } {
  const unit = reader.head.units[0]?.code ?? '';
  const code = nextProjectCode(reader, unit);
  const project: Project = {
    code,
    unit,
    name: '新增项目',
    category: '',
    period: `${reader.head.year}年1-12月`,
    basis: '',
    goal: '',
    indicators: [],
  };
  const projects = reader.head.projects;
  return {
    code,
    edits: [{ type: 'part', key: 'projects', before: projects, after: [...projects, project] }],
    note: null,
  };
}

/**
 * Changes one project (any field, its indicators). A new code must be non-empty, without spaces and
 * unique; expense lines, 政府采购 items and explained findings naming the old code follow it in
 * the same undo step, and the note says how many.
 */
export function changeProjectEdits(reader: DraftReader, index: number, after: Project): Result<ProjectChange, string> {
  const projects = reader.head.projects;
  const before = projects[index];
  if (!before) return err('没有这个项目');
  const code = after.code.trim();
  if (after.name.trim() === '') return err('项目名称不能为空');
  if (!reader.head.units.some((u) => u.code === after.unit)) return err(`单位“${after.unit}”不存在`);
  if (code !== before.code) {
    if (code === '') return err('项目编码不能为空');
    if (/\s/.test(code)) return err(`项目编码“${code}”不能含空格`);
    const other = projects.findIndex((p, i) => p.code === code && i !== index);
    if (other >= 0) return err(`项目编码“${code}”已被项目“${projects[other].name}”使用，不能重复`);
  }
  const next = projects.map((p, i) => (i === index ? { ...after, code } : p));
  const edits: DraftEdit[] = [{ type: 'part', key: 'projects', before: projects, after: next }];
  if (code === before.code) return ok({ edits, note: null });

  const lines = linesOf(reader, before.code).map(
    (l) => (l.type === 'set' ? { ...l, after: { ...l.before, project: code } } : l) as LineEdit,
  );
  edits.push(...lines);
  const reviews = reader.head.reviews;
  if (reviews.some((r) => targetsProject(r, before.code))) {
    edits.push({
      type: 'part',
      key: 'reviews',
      before: reviews,
      after: reviews.map((r) =>
        targetsProject(r, before.code) ? { ...r, target: { ...(r.target as object), project: code } } : r,
      ),
    });
  }
  const moved = countLines(lines);
  return ok({
    edits,
    note: moved === '' ? null : `项目编码已由 ${before.code} 改为 ${code}，${moved}随之改为新编码（可撤销）。`,
  });
}

/** 删除项目: refused while expense lines or 政府采购 items name it (the file would no longer load). */
export function removeProjectEdits(reader: DraftReader, index: number): Result<ProjectChange, string> {
  const projects = reader.head.projects;
  const project = projects[index];
  if (!project) return err('没有这个项目');
  const lines = linesOf(reader, project.code);
  if (lines.length > 0) {
    return err(
      `项目“${project.name}”（${project.code}）仍被 ${countLines(lines)} 使用，不能删除；请先删除这些行或改为其他项目。`,
    );
  }
  return ok({
    edits: [{ type: 'part', key: 'projects', before: projects, after: projects.filter((_, i) => i !== index) }],
    note: null,
  });
}

function targetsProject(review: Review, code: string): boolean {
  const t = review.target as { project?: unknown } | null;
  return typeof t === 'object' && t !== null && t.project === code && !('line' in t) && !('table' in t);
}
