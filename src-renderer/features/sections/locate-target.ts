import type { Target } from '../../../src-core/domain/rules/types';
import type { Stream } from '../../../src-core/domain/tables/spec';
import type { DraftReader } from './draft-reader';
import type { SectionFocus } from './focus';

/** The sections a finding can lead to (`expenses`: the 支出明细 grid, filtered to a unit). */
export type HeadSection = 'basic' | 'income' | 'expenses' | 'projects' | 'other';

/** Where a finding about a unit, a project or a non-expense line is shown, and the button's text. */
export interface Location {
  section: HeadSection;
  label: string;
  focus: Omit<SectionFocus, 'nonce'>;
}

const LINE_SECTIONS: Partial<Record<Stream, { section: HeadSection; label: string }>> = {
  income: { section: 'income', label: '定位到收入' },
  carryForward: { section: 'income', label: '定位到年终结转结余' },
  procurement: { section: 'other', label: '定位到政府采购' },
};

/**
 * Null for targets shown elsewhere (expense lines: the grid; tables, texts, prior figures). A unit
 * with expense lines leads to the grid showing only its lines (the officer fixes a unit's balance
 * there); a unit without any to its row in the unit list (add lines or delete the unit).
 */
export function locateTarget(reader: DraftReader, target: Target): Location | null {
  if ('unit' in target) {
    const unit = target.unit;
    if (!reader.head.units.some((u) => u.code === unit)) return null;
    const focus = { kind: 'unit', key: unit } as const;
    return hasExpenseLines(reader, unit)
      ? { section: 'expenses', label: '定位到该单位的支出', focus }
      : { section: 'basic', label: '定位到预算单位', focus };
  }
  if ('project' in target) {
    return reader.head.projects.some((p) => p.code === target.project)
      ? { section: 'projects', label: '定位到项目', focus: { kind: 'project', key: target.project } }
      : null;
  }
  if ('line' in target) {
    for (const [stream, where] of Object.entries(LINE_SECTIONS) as [
      Stream,
      { section: HeadSection; label: string },
    ][]) {
      if (reader.lineIds(stream).includes(target.line)) return { ...where, focus: { kind: 'line', key: target.line } };
    }
  }
  // The 国有资产 facts (rule R-ASSETS) are entered under 其他事项; no row to highlight there.
  if ('text' in target && target.text === 'other.assets')
    return { section: 'other', label: '定位到国有资产', focus: { kind: 'line', key: '' } };
  return null;
}

/** Per reader, the units that have expense lines, as of the reader's version (one pass over the lines). */
const unitsWithLines = new WeakMap<DraftReader, { version: number; units: Set<string> }>();

/**
 * Whether a unit has expense lines. 审核 asks for every unit finding it shows; at 200,000 lines a
 * scan per finding would cost a second for a hundred of them, so the units are collected once per
 * version of the draft (a reader without a version is scanned each time).
 */
function hasExpenseLines(reader: DraftReader, unit: string): boolean {
  const kept = reader.version === undefined ? undefined : unitsWithLines.get(reader);
  if (kept && kept.version === reader.version) return kept.units.has(unit);
  const units = new Set<string>();
  for (const id of reader.lineIds('expense')) units.add(reader.line('expense', id).unit);
  if (reader.version !== undefined) unitsWithLines.set(reader, { version: reader.version, units });
  return units.has(unit);
}
