import type { DraftHead } from '../draft/types';
import type { Cents } from '../money/cents';
import type { ReportFigures } from './figures';
import type { Block, NumberStyle, Paragraph, Section, Segment, Slot } from './model';
import { comparisonPhrase, changed, reasonClause, wan } from './numbers';
import { fill, type ReportProfile } from './profile';

/**
 * A paragraph. `text` may contain slot marks (`slotMark`): they are taken out of the printed text
 * and kept as the paragraph's `segments`.
 */
export function paragraph(text: string, numbering: NumberStyle | null = null, lead?: string): Paragraph {
  const segments = text.includes(OPEN) ? parseSlots(text) : null;
  const printed = segments ? segments.map((x) => (typeof x === 'string' ? x : (x.text ?? ''))).join('') : text;
  return {
    kind: 'paragraph',
    numbering,
    label: '',
    text: printed,
    ...(lead ? { lead } : {}),
    ...(segments ? { segments } : {}),
  };
}

// Slot marks: private-use characters, never printed (the officer's texts are cleared of them).
const OPEN = '\uE000';
const SEP = '\uE001';
const CLOSE = '\uE002';
const MARK = /\uE000([^\uE001]*)\uE001([^\uE001]*)\uE001([01s])\uE001([^\uE002]*)\uE002/gu;
const MARK_CHARS = /[\uE000-\uE002]/gu;

/**
 * Marks where a reason or purpose goes inside a sentence under construction; `printed` is the
 * text printed there (null: nothing, not written yet), `standard` when it is the profile's wording.
 */
export function slotMark(slot: Slot['slot'], key: string, printed: string | null, standard = false): string {
  const state = printed === null ? '0' : standard ? 's' : '1';
  return `${OPEN}${slot}${SEP}${key.replace(MARK_CHARS, '')}${SEP}${state}${SEP}${printed ?? ''}${CLOSE}`;
}

function parseSlots(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const slot: Slot = { slot: m[1] as Slot['slot'], key: m[2], text: m[3] === '0' ? null : m[4] };
    if (m[3] === 's') slot.standard = true;
    out.push(slot);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function section(
  id: string,
  title: string,
  numbering: NumberStyle | null,
  blocks: Block[],
  empty = false,
): Section {
  return { kind: 'section', id, numbering, label: '', title, blocks, ...(empty ? { empty: true } : {}) };
}

/**
 * What the section writers share: the figures, the draft's texts and the profile's wording, with
 * the phrases every section uses (amounts, comparisons with reasons, notes).
 */
export class Writer {
  /** How the text names the department: its 简称 (市府办), or its name. */
  readonly subject: string;
  readonly year: number;
  readonly priorYear: number;

  constructor(
    readonly figures: ReportFigures,
    readonly draft: DraftHead,
    readonly profile: ReportProfile,
  ) {
    this.subject = draft.department.shortName || draft.department.name;
    this.year = draft.year;
    this.priorYear = draft.prior.year ?? draft.year - 1;
  }

  /** “2725.6万元”. */
  amt(cents: Cents): string {
    return `${wan(cents, this.profile.fixedDecimals)}万元`;
  }

  fill(pattern: string): string {
    return fill(pattern, {
      department: this.draft.department.name,
      shortName: this.subject,
      year: this.year,
      priorYear: this.priorYear,
    });
  }

  /** Name of the prior figure a comparison uses (上年执行数 / 上年预算数 / the region's wording). */
  priorLabel(key: string, basis: 'actual' | 'budget'): string {
    return this.fill(this.profile.priorLabelOverrides[key]?.[basis] ?? this.profile.priorLabels[basis]);
  }

  /**
   * “，比上年执行数增加130.54万元，增长5.03%，主要是…” for a metric with a prior figure (its reason
   * from `text.reasons[key]` when the figure changed), '' without one.
   */
  compare(key: string, now: Cents = this.figures.metric(key)): string {
    const prior = this.figures.prior(key);
    if (!prior) return '';
    const phrase = comparisonPhrase(now, prior.cents, this.priorLabel(key, prior.basis), this.profile.fixedDecimals);
    return `，${phrase}${changed(now, prior.cents) ? this.reason(key) : ''}`;
  }

  /** The reason clause of a changed figure (“，主要是…”) as a slot; only the slot when none is written. */
  private reason(key: string): string {
    const clause = reasonClause((this.draft.text.reasons?.[key] ?? '').replace(MARK_CHARS, ''));
    return clause === '' ? slotMark('reason', key, null) : `，${slotMark('reason', key, clause.slice(1))}`;
  }

  /** `text.purposes[key]`, trimmed. */
  purpose(key: string): string {
    return (this.draft.text.purposes?.[key] ?? '').replace(MARK_CHARS, '').trim();
  }

  /**
   * A purpose slot printing `printed` (the officer's purpose as the sentence needs it, '' when none);
   * `fallback`: the standard wording printed when the officer wrote none.
   */
  purposeSlot(key: string, printed: string, fallback?: string): string {
    if (this.purpose(key) !== '') return slotMark('purpose', key, printed);
    return fallback ? slotMark('purpose', key, fallback, true) : slotMark('purpose', key, null);
  }

  /** The officer's extra paragraph for a section (`text.notes[id]`), as blocks. */
  notes(id: string): Block[] {
    const note = (this.draft.text.notes?.[id] ?? '').trim();
    return note ? splitLines(note).map((t) => paragraph(t)) : [];
  }

  /** A section with its notes appended. */
  section(id: string, title: string, numbering: NumberStyle | null, blocks: Block[], empty = false): Section {
    return section(id, title, numbering, [...blocks, ...this.notes(id)], empty);
  }
}

/** Non-empty lines of a text. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** “一般公共服务支出” → “一般公共服务” (for “一般公共服务（类）支出”). */
export function stripExpenseSuffix(name: string): string {
  return name.endsWith('支出') && name.length > 2 ? name.slice(0, -2) : name;
}

/** An inline clause from a sentence: no trailing 。；, so that it can continue with “；”. */
export function clause(text: string): string {
  return text.trim().replace(/[。；;，,.\s]+$/u, '');
}
