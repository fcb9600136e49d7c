import type { Target } from '../../../src-core/domain/rules/types';
import type { Stream } from '../../../src-core/domain/tables/spec';
import type { DraftReader } from './draft-reader';
import type { SectionFocus } from './focus';

/** The head sections a finding can lead to. */
export type HeadSection = 'basic' | 'income' | 'projects' | 'other';

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

/** Null for targets shown elsewhere (expense lines: the grid; tables, texts, prior figures). */
export function locateTarget(reader: DraftReader, target: Target): Location | null {
  if ('unit' in target) {
    return reader.head.units.some((u) => u.code === target.unit)
      ? { section: 'basic', label: '定位到预算单位', focus: { kind: 'unit', key: target.unit } }
      : null;
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
  return null;
}
