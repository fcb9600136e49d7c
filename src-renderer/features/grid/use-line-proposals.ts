import { useCallback, useState } from 'react';
import type { GridSession } from './grid-session';
import {
  PROPOSAL_LABELS,
  withoutProposal,
  withProposal,
  type LineProposals,
  type ProposalKind,
} from './line-proposals';

/** The key that accepts the first proposal shown (shown on its 采用 button). */
export const ACCEPT_PROPOSAL_KEYS = 'Alt+Enter';

export interface LineProposalsState {
  proposals: LineProposals | null;
  setProposals(p: LineProposals | null): void;
  /** Applies one proposal to its line (one undo step) and says so (for screen readers too). */
  accept(which: ProposalKind): void;
  dismiss(which: ProposalKind): void;
  /** The proposal Alt+Enter would accept: the function code first, then the 支出类型. */
  first: ProposalKind | null;
  /** Alt+Enter outside cell editing accepts the first proposal; true when the key was taken. */
  onKey(e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): boolean;
}

/** What was accepted, as the grid's status line reads it out. */
function acceptedText(proposals: LineProposals, which: ProposalKind): string {
  if (which === 'function' && proposals.function)
    return `已采用建议功能科目：${proposals.function.code} ${proposals.function.name}`;
  return `已采用建议支出类型：${proposals.kind?.name ?? ''}`;
}

/** The function code / 支出类型 proposed for the line just edited, and how they are taken or left. */
export function useLineProposals(session: GridSession, announce: (text: string) => void): LineProposalsState {
  const [proposals, setProposals] = useState<LineProposals | null>(null);

  const accept = useCallback(
    (which: ProposalKind) => {
      if (!proposals) return;
      setProposals(withoutProposal(proposals, which));
      // The line may be gone (undone, deleted in another window): then there is nothing to change.
      const before = session.engine.line('expense', proposals.lineId) ? session.expenseLine(proposals.lineId) : null;
      const after = before && withProposal(before, proposals, which);
      if (!before || !after) return;
      session.perform(PROPOSAL_LABELS[which], [{ type: 'set', id: proposals.lineId, before, after }]);
      announce(acceptedText(proposals, which));
    },
    [proposals, session, announce],
  );

  const dismiss = useCallback((which: ProposalKind) => setProposals((p) => (p ? withoutProposal(p, which) : null)), []);

  const first: ProposalKind | null = proposals?.function ? 'function' : proposals?.kind ? 'kind' : null;

  const onKey = useCallback(
    (e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) => {
      if (!first || e.key !== 'Enter' || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
      accept(first);
      return true;
    },
    [first, accept],
  );

  return { proposals, setProposals, accept, dismiss, first, onKey };
}
