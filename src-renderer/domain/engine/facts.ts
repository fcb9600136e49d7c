import { toCents, type Cents } from '../money/cents';
import type { AmountUnit } from '../money/units';
import type { CarryForwardLine, ExpenseLine, IncomeLine, ProcurementItem } from '../draft/types';
import type { Stream } from '../tables/spec';

/**
 * A fact is one draft line seen by the derivation: the attributes table filters look at, and the
 * exact amount in integer 分. `cents` is 0 when the amount is invalid (rule R-AMOUNT reports it).
 */
export interface Fact {
  stream: Stream;
  unit: string;
  unitType: string;
  source: string;
  carryover: boolean;
  function: string;
  economic: string;
  kind: string;
  project: string;
  procKind: string;
  cents: Cents;
  /** False when the amount text could not be read. */
  amountValid: boolean;
}

export type AnyLine =
  | { stream: 'expense'; line: ExpenseLine }
  | { stream: 'income'; line: IncomeLine }
  | { stream: 'carryForward'; line: CarryForwardLine }
  | { stream: 'procurement'; line: ProcurementItem };

export function toFact(l: AnyLine, amountUnit: AmountUnit, unitTypes: ReadonlyMap<string, string>): Fact {
  const line = l.line;
  const cents = toCents(String(line.amount ?? ''), amountUnit);
  const base: Fact = {
    stream: l.stream, unit: line.unit, unitType: unitTypes.get(line.unit) ?? '', source: '', carryover: false,
    function: '', economic: '', kind: '', project: '', procKind: '', cents: cents ?? 0, amountValid: cents !== null,
  };
  switch (l.stream) {
    case 'expense':
      return {
        ...base, source: l.line.source, carryover: l.line.carryover === true, function: l.line.function,
        economic: l.line.economic, kind: l.line.kind, project: l.line.project ?? '',
      };
    case 'income':
      return { ...base, source: l.line.source, carryover: l.line.carryover === true };
    case 'carryForward':
      return { ...base, source: l.line.source, carryover: false };
    case 'procurement':
      return { ...base, project: l.line.project ?? '', procKind: l.line.kind };
  }
}

/** Everything about a fact but its amount: facts with equal signatures touch the same cells. */
export function factSignature(f: Fact): string {
  return `${f.stream}|${f.unit}|${f.source}|${f.carryover ? 1 : 0}|${f.function}|${f.economic}|${f.kind}|${f.project}|${f.procKind}`;
}
