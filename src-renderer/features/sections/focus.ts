/** What a clicked finding asks a section to show: a unit, a project or a line (by id). */
export interface SectionFocus {
  kind: 'unit' | 'project' | 'line';
  /** Unit code, project code or line id. */
  key: string;
  /** Changes with every request, so that the same target can be shown twice. */
  nonce: number;
}

/** The RecordTable highlight for a focus of the given kind (null for other kinds). */
export function highlightOf(
  focus: SectionFocus | null | undefined,
  kind: SectionFocus['kind'],
): { key: string; nonce: number } | null {
  return focus && focus.kind === kind ? { key: focus.key, nonce: focus.nonce } : null;
}
