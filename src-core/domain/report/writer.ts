import type { DraftHead } from '../draft/types';
import type { Cents } from '../money/cents';
import type { ReportFigures } from './figures';
import { hasSlots, inline, printedText, slot, type Inline } from './inline';
import type { Block, NumberStyle, Paragraph, Section, Slot } from './model';
import { comparisonPhrase, changed, formatShare, printsZero, reasonClause, reconciledShares, wan } from './numbers';
import { fill, type ReportProfile } from './profile';

/**
 * A paragraph of plain text or of inline content (`inline`): its printed `text`, and its
 * `segments` when the content holds a place for the officer's words.
 */
export function paragraph(content: string | Inline, numbering: NumberStyle | null = null, lead?: string): Paragraph {
  const segments = typeof content !== 'string' && hasSlots(content) ? [...content] : null;
  return {
    kind: 'paragraph',
    numbering,
    label: '',
    text: typeof content === 'string' ? content : printedText(content),
    ...(lead ? { lead } : {}),
    ...(segments ? { segments } : {}),
  };
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
  /** What the document calls the budget: 部门预算, or the layout's word (单位预算). */
  readonly budgetName: string;

  constructor(
    readonly figures: ReportFigures,
    readonly draft: DraftHead,
    readonly profile: ReportProfile,
  ) {
    this.subject = draft.department.shortName || draft.department.name;
    this.year = draft.year;
    this.priorYear = draft.prior.year ?? draft.year - 1;
    this.budgetName = profile.budgetName;
  }

  /** The name the sentences give an income source (`gpb`, …, `carryover`): the region's, else `name`. */
  incomeName(key: string, name: string): string {
    return this.profile.incomeNames[key] ?? name;
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
      budget: this.budgetName,
    });
  }

  /** Name of the prior figure a comparison uses (上年执行数 / 上年预算数 / the region's wording). */
  priorLabel(key: string, basis: 'actual' | 'budget'): string {
    return this.fill(this.profile.priorLabelOverrides[key]?.[basis] ?? this.profile.priorLabels[basis]);
  }

  /**
   * “，比上年执行数增加130.54万元，增长5.03%，主要是…” for a metric with a prior figure (its reason
   * slot from `text.reasons[key]` when the figure changed), nothing without one.
   */
  compare(key: string, now: Cents = this.figures.metric(key)): Inline {
    const prior = this.figures.prior(key);
    if (!prior) return [];
    const phrase = comparisonPhrase(now, prior.cents, this.priorLabel(key, prior.basis), this.profile.fixedDecimals);
    return changed(now, prior.cents) ? inline`，${phrase}${this.reason(key)}` : inline`，${phrase}`;
  }

  /** The reason clause of a changed figure (“，主要是…”) with its slot; only the slot when none is written. */
  private reason(key: string): Inline {
    const reasonText = reasonClause(this.draft.text.reasons?.[key] ?? '');
    return reasonText === '' ? [slot('reason', key, null)] : inline`，${slot('reason', key, reasonText.slice(1))}`;
  }

  /** `text.purposes[key]`, trimmed. */
  purpose(key: string): string {
    return (this.draft.text.purposes?.[key] ?? '').trim();
  }

  /**
   * The purpose slot printing `printed` (the officer's purpose as the sentence needs it, '' when none);
   * `fallback`: the standard wording printed when the officer wrote none.
   */
  purposeSlot(key: string, printed: string, fallback?: string): Slot {
    if (this.purpose(key) !== '') return slot('purpose', key, printed);
    return fallback ? slot('purpose', key, fallback, true) : slot('purpose', key, null);
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

/**
 * “name X万元，占Y%” for each part that prints as more than nothing, the shares reconciled to 100%
 * over every part (a part printing “0万元，占0%” is left out: it is not published).
 */
export function sharedList(w: Writer, parts: readonly { name: string; cents: number }[]): string[] {
  const shares = reconciledShares(parts.map((p) => p.cents));
  return parts.flatMap((p, i) =>
    printsZero(p.cents) && shares[i] === 0 ? [] : [`${p.name}${w.amt(p.cents)}，占${formatShare(shares[i])}%`],
  );
}
