import type { Draft } from '../draft/types';
import type { Cents } from '../money/cents';
import type { ReportFigures } from './figures';
import type { Block, NumberStyle, Paragraph, Section } from './model';
import { comparisonPhrase, changed, reasonClause, wan } from './numbers';
import { fill, type ReportProfile } from './profile';

export function paragraph(text: string, numbering: NumberStyle | null = null, lead?: string): Paragraph {
  return { kind: 'paragraph', numbering, label: '', text, ...(lead ? { lead } : {}) };
}

export function section(id: string, title: string, numbering: NumberStyle | null, blocks: Block[], empty = false): Section {
  return { kind: 'section', id, numbering, label: '', title, blocks, ...(empty ? { empty: true } : {}) };
}

/**
 * What the section writers share: the figures, the draft's texts and the profile's wording, with
 * the phrases every section uses (amounts, comparisons with reasons, notes).
 */
export class Writer {
  /** 简称 (市府办), or the department's name. */
  readonly s: string;
  readonly year: number;
  readonly priorYear: number;

  constructor(readonly f: ReportFigures, readonly draft: Draft, readonly profile: ReportProfile) {
    this.s = draft.department.shortName || draft.department.name;
    this.year = draft.year;
    this.priorYear = draft.prior.year ?? draft.year - 1;
  }

  /** “2725.6万元”. */
  amt(cents: Cents): string {
    return `${wan(cents, this.profile.fixedDecimals)}万元`;
  }

  fill(pattern: string): string {
    return fill(pattern, { department: this.draft.department.name, shortName: this.s, year: this.year, priorYear: this.priorYear });
  }

  /** Name of the prior figure a comparison uses (上年执行数 / 上年预算数 / the region's wording). */
  priorLabel(key: string, basis: 'actual' | 'budget'): string {
    return this.fill(this.profile.priorLabelOverrides[key]?.[basis] ?? this.profile.priorLabels[basis]);
  }

  /**
   * “，比上年执行数增加130.54万元，增长5.03%，主要是…” for a metric with a prior figure (its reason
   * from `text.reasons[key]` when the figure changed), '' without one.
   */
  compare(key: string, now: Cents = this.f.metric(key)): string {
    const prior = this.f.prior(key);
    if (!prior) return '';
    const phrase = comparisonPhrase(now, prior.cents, this.priorLabel(key, prior.basis), this.profile.fixedDecimals);
    const reason = changed(now, prior.cents) ? reasonClause(this.draft.text.reasons?.[key]) : '';
    return `，${phrase}${reason}`;
  }

  /** `text.purposes[key]`, trimmed. */
  purpose(key: string): string {
    return (this.draft.text.purposes?.[key] ?? '').trim();
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
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/** “一般公共服务支出” → “一般公共服务” (for “一般公共服务（类）支出”). */
export function stripExpenseSuffix(name: string): string {
  return name.endsWith('支出') && name.length > 2 ? name.slice(0, -2) : name;
}

/** An inline clause from a sentence: no trailing 。；, so that it can continue with “；”. */
export function clause(text: string): string {
  return text.trim().replace(/[。；;，,.\s]+$/u, '');
}
