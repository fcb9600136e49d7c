import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import type { BudgetUnit } from '../../../src-core/domain/draft/types';
import type { GridLine } from './grid-session';
import { suggestFunction, type FunctionSuggestion } from '../../../src-core/editor/suggest-function';
import { suggestKind, type KindSuggestion } from '../../../src-core/editor/suggest-kind';

/** What is proposed for a line whose economic code was just entered: its function code, its 支出类型, or both. */
export interface LineProposals {
  lineId: string;
  function?: FunctionSuggestion;
  kind?: KindSuggestion;
}

export type ProposalKind = 'function' | 'kind';

/** The proposals for `line` (as it is after the economic code was entered), or null when there are none. */
export function proposalsFor(
  lineId: string,
  line: GridLine,
  units: readonly BudgetUnit[],
  catalogs: CatalogPair,
): LineProposals | null {
  const fn = suggestFunction({
    economic: line.economic,
    unitType: units.find((u) => u.code === line.unit)?.type,
    currentFunction: line.function,
    functionCatalog: catalogs.function,
  });
  const kind = suggestKind({
    economic: line.economic,
    currentKind: line.kind,
    project: line.project,
    economicCatalog: catalogs.economic,
  });
  if (!fn && !kind) return null;
  return { lineId, ...(fn ? { function: fn } : {}), ...(kind ? { kind } : {}) };
}

/** The line with one proposal applied, or null when it already has that value. */
export function withProposal<L extends GridLine>(line: L, proposals: LineProposals, which: ProposalKind): L | null {
  if (which === 'function') {
    const code = proposals.function?.code;
    return code && line.function !== code ? { ...line, function: code } : null;
  }
  const kind = proposals.kind?.kind;
  return kind && line.kind !== kind ? { ...line, kind } : null;
}

/** The proposals left once one is taken or refused; null when none remain. */
export function withoutProposal(proposals: LineProposals, which: ProposalKind): LineProposals | null {
  const rest: LineProposals = { ...proposals };
  delete rest[which];
  return rest.function || rest.kind ? rest : null;
}

/** Undo labels of the proposals. */
export const PROPOSAL_LABELS: Record<ProposalKind, string> = {
  function: '采用建议功能科目',
  kind: '采用建议支出类型',
};
