import type { Block, Paragraph, ReportDocument, Slot } from './model';

/** A slot of the document, with where it is printed. */
export interface SlotPlace extends Slot {
  /** Id of the part and of the innermost section holding the paragraph (null: directly in the part). */
  partId: string;
  sectionId: string | null;
  paragraph: Paragraph;
}

/**
 * Every place of the document where the officer's words go (reasons and purposes), in print
 * order. `missing(doc)` are those with nothing printed yet: a changed figure without its reason
 * (what R-REASON warns about), an item without its purpose.
 */
export function documentSlots(doc: ReportDocument): SlotPlace[] {
  const out: SlotPlace[] = [];
  const walk = (blocks: readonly Block[], partId: string, sectionId: string | null) => {
    for (const b of blocks) {
      if (b.kind === 'section') walk(b.blocks, partId, b.id);
      else if (b.kind === 'paragraph') {
        for (const s of b.segments ?? [])
          if (typeof s !== 'string') out.push({ ...s, partId, sectionId, paragraph: b });
      }
    }
  };
  for (const p of doc.parts) walk(p.blocks, p.id, null);
  return out;
}

/** Slots with nothing printed (text null or empty). */
export function missingSlots(doc: ReportDocument): SlotPlace[] {
  return documentSlots(doc).filter((s) => (s.text ?? '') === '');
}

/** `reason:incomeTotal`, `purpose:fn:2010301`: one slot's identity in a document. */
export function slotId(slot: Pick<Slot, 'slot' | 'key'>): string {
  return `${slot.slot}:${slot.key}`;
}
