import type { BudgetUnit, Review } from '../../../../src-core/domain/draft/types';
import { err, ok, type Result } from '../../../../src-core/domain/result';
import type { Stream } from '../../../../src-core/domain/tables/spec';
import type { DraftEdit, LineEdit, PartEdit } from '../../session/line-edits';
import { ALL_STREAMS, describeCounts, type DraftReader } from '../draft-reader';

/** A change of the units list: the edits of one undo step and, when lines followed, what moved. */
export interface UnitChange {
  edits: DraftEdit[];
  note: string | null;
}

/** How many lines (per stream) and projects name a unit. */
export function unitUsage(
  reader: DraftReader,
  code: string,
): { counts: Partial<Record<Stream | 'projects', number>>; total: number } {
  const counts: Partial<Record<Stream | 'projects', number>> = {};
  let total = 0;
  for (const stream of ALL_STREAMS) {
    let n = 0;
    for (const id of reader.lineIds(stream)) if (reader.line(stream, id).unit === code) n++;
    if (n > 0) counts[stream] = n;
    total += n;
  }
  const projects = reader.head.projects.filter((p) => p.unit === code).length;
  if (projects > 0) counts.projects = projects;
  return { counts, total: total + projects };
}

/** Unit codes are strings of digits (docs/draft-format.md), unique within the draft. */
function checkCode(reader: DraftReader, code: string, index: number | null): string | null {
  if (code === '') return '单位编码不能为空';
  if (!/^\d+$/.test(code)) return `单位编码“${code}”只能由数字组成`;
  const other = reader.head.units.findIndex((u, i) => u.code === code && i !== index);
  if (other >= 0) return `单位编码“${code}”已被“${reader.head.units[other].name}”使用，不能重复`;
  return null;
}

/** A code for a new unit: one past the largest numeric code, or the department code + 001. */
export function nextUnitCode(reader: DraftReader): string {
  const codes = reader.head.units.map((u) => u.code).filter((c) => /^\d+$/.test(c));
  if (codes.length === 0) return `${reader.head.department.code}001`;
  const longest = Math.max(...codes.map((c) => c.length));
  const top = codes
    .filter((c) => c.length === longest)
    .sort()
    .at(-1)!;
  // Increment the digit string (no Number: codes may be longer than 15 digits).
  const digits = top.split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i < 0) digits.unshift('1');
  else digits[i] = String(Number(digits[i]) + 1);
  const next = digits.join('');
  return reader.head.units.some((u) => u.code === next) ? `${next}1` : next;
}

/** 新增单位: appended with a fresh code. */
export function addUnitEdits(reader: DraftReader): UnitChange {
  const unit: BudgetUnit = { code: nextUnitCode(reader), name: '新增单位', type: 'institution' };
  return { edits: [unitsPart(reader, [...reader.head.units, unit])], note: null };
}

/**
 * Changes one unit (name, type or code). A new code is checked (digits, unique); when lines,
 * projects or explained findings use the old code they follow it, all in the same undo step, and
 * the note says how many moved — a code is never changed silently.
 */
export function changeUnitEdits(reader: DraftReader, index: number, after: BudgetUnit): Result<UnitChange, string> {
  const before = reader.head.units[index];
  if (!before) return err('没有这个单位');
  const name = after.name.trim();
  if (name === '') return err('单位名称不能为空');
  const code = after.code.trim();
  if (code !== before.code) {
    const problem = checkCode(reader, code, index);
    if (problem) return err(problem);
  }
  const units = reader.head.units.map((u, i) => (i === index ? { ...after, code, name } : u));
  const edits: DraftEdit[] = [unitsPart(reader, units)];
  if (code === before.code) return ok({ edits, note: null });

  const lines: LineEdit[] = [];
  for (const stream of ALL_STREAMS) {
    for (const id of reader.lineIds(stream)) {
      const line = reader.line(stream, id);
      if (line.unit === before.code)
        lines.push({ type: 'set', stream, id, before: line, after: { ...line, unit: code } } as LineEdit);
    }
  }
  edits.push(...lines);
  const projects = reader.head.projects;
  const movedProjects = projects.filter((p) => p.unit === before.code).length;
  if (movedProjects > 0) {
    edits.push({
      type: 'part',
      key: 'projects',
      before: projects,
      after: projects.map((p) => (p.unit === before.code ? { ...p, unit: code } : p)),
    });
  }
  const reviews = reader.head.reviews;
  if (reviews.some((r) => targetsUnit(r, before.code))) {
    edits.push({
      type: 'part',
      key: 'reviews',
      before: reviews,
      after: reviews.map((r) => (targetsUnit(r, before.code) ? { ...r, target: { unit: code } } : r)),
    });
  }
  const counts: Partial<Record<Stream | 'projects', number>> = { projects: movedProjects };
  for (const l of lines) counts[l.stream ?? 'expense'] = (counts[l.stream ?? 'expense'] ?? 0) + 1;
  const moved = describeCounts(counts);
  return ok({
    edits,
    note: moved === '' ? null : `单位编码已由 ${before.code} 改为 ${code}，${moved}随之改为新编码（可撤销）。`,
  });
}

/** 删除单位: refused while any line or project uses it (the file would no longer load). */
export function removeUnitEdits(reader: DraftReader, index: number): Result<UnitChange, string> {
  const unit = reader.head.units[index];
  if (!unit) return err('没有这个单位');
  if (reader.head.units.length === 1) return err('部门至少要有一个预算单位，不能删除最后一个单位');
  const usage = unitUsage(reader, unit.code);
  if (usage.total > 0) {
    return err(
      `单位“${unit.name}”（${unit.code}）仍被 ${describeCounts(usage.counts)} 使用，不能删除；请先删除这些行或把它们改到其他单位。`,
    );
  }
  return ok({
    edits: [
      unitsPart(
        reader,
        reader.head.units.filter((_, i) => i !== index),
      ),
    ],
    note: null,
  });
}

function unitsPart(reader: DraftReader, after: BudgetUnit[]): PartEdit {
  return { type: 'part', key: 'units', before: reader.head.units, after };
}

function targetsUnit(review: Review, code: string): boolean {
  const t = review.target as { unit?: unknown } | null;
  return typeof t === 'object' && t !== null && Object.keys(t).length === 1 && t.unit === code;
}
