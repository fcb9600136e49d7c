import type { Segment, Slot } from './model';

/**
 * Inline content of a paragraph under construction: printed text and, between the pieces of text,
 * the places where the officer's words go (slots). Sentences are composed from these pieces as
 * values; nothing is marked inside a string and nothing is parsed back.
 */
export type Inline = readonly Segment[];

/** What a sentence may be built from: text, a number (printed as is), a slot, or inline content. */
export type InlinePart = string | number | Slot | Inline;

/** The place of a reason (`text.reasons[key]`) or purpose (`text.purposes[key]`) in a sentence. */
export function slot(kind: Slot['slot'], key: string, printed: string | null, standard = false): Slot {
  return standard ? { slot: kind, key, text: printed, standard: true } : { slot: kind, key, text: printed };
}

/**
 * A sentence as inline content, written as a template: `` inline`收入预算${amount}${comparison}。` ``.
 * Text around and inside the parts is kept in order; adjacent text is joined and empty text dropped.
 */
export function inline(template: TemplateStringsArray, ...parts: InlinePart[]): Inline {
  const content: Segment[] = [];
  template.forEach((text, index) => {
    append(content, text);
    if (index < parts.length) append(content, parts[index]);
  });
  return content;
}

/** Pieces of inline content one after another. */
export function concatInline(...parts: InlinePart[]): Inline {
  const content: Segment[] = [];
  for (const part of parts) append(content, part);
  return content;
}

/** True when the content holds at least one slot. */
export function hasSlots(content: Inline): boolean {
  return content.some((segment) => typeof segment !== 'string');
}

/** The content as printed: text as is, a slot by its `text` (nothing when null). */
export function printedText(content: Inline): string {
  return content.map((segment) => (typeof segment === 'string' ? segment : (segment.text ?? ''))).join('');
}

function append(content: Segment[], part: InlinePart): void {
  if (typeof part === 'number') append(content, String(part));
  else if (typeof part === 'string') {
    if (part === '') return;
    const last = content.length - 1;
    if (last >= 0 && typeof content[last] === 'string') content[last] = `${content[last] as string}${part}`;
    else content.push(part);
  } else if (isSlot(part)) content.push(part);
  else for (const segment of part) append(content, segment);
}

function isSlot(part: Slot | Inline): part is Slot {
  return !Array.isArray(part);
}
