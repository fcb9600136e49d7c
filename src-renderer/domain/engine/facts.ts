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
  const unitType = unitTypes.get(line.unit) ?? '';
  // One object literal per stream (same shape everywhere): this runs for every line of a draft.
  switch (l.stream) {
    case 'expense':
      return {
        stream: 'expense', unit: line.unit, unitType, source: l.line.source, carryover: l.line.carryover === true,
        function: l.line.function, economic: l.line.economic, kind: l.line.kind, project: l.line.project ?? '',
        procKind: '', cents: cents ?? 0, amountValid: cents !== null,
      };
    case 'income':
      return {
        stream: 'income', unit: line.unit, unitType, source: l.line.source, carryover: l.line.carryover === true,
        function: '', economic: '', kind: '', project: '', procKind: '', cents: cents ?? 0, amountValid: cents !== null,
      };
    case 'carryForward':
      return {
        stream: 'carryForward', unit: line.unit, unitType, source: l.line.source, carryover: false,
        function: '', economic: '', kind: '', project: '', procKind: '', cents: cents ?? 0, amountValid: cents !== null,
      };
    case 'procurement':
      return {
        stream: 'procurement', unit: line.unit, unitType, source: '', carryover: false, function: '', economic: '',
        kind: '', project: l.line.project ?? '', procKind: l.line.kind, cents: cents ?? 0, amountValid: cents !== null,
      };
  }
}

/** Everything about a fact but its amount: facts with equal signatures touch the same cells. */
export function factSignature(f: Fact): string {
  return `${f.stream}|${f.unit}|${f.source}|${f.carryover ? 1 : 0}|${f.function}|${f.economic}|${f.kind}|${f.project}|${f.procKind}`;
}

/** 32-bit FNV-1a of the signature fields, computed without building the signature string. */
export function signatureHash(f: Fact): number {
  let h = mixHash(0x811c9dc5, f.stream);
  h = mixHash(h, f.unit);
  h = mixHash(h, f.source);
  h = mixHash(h, f.carryover ? '1' : '0');
  h = mixHash(h, f.function);
  h = mixHash(h, f.economic);
  h = mixHash(h, f.kind);
  h = mixHash(h, f.project);
  h = mixHash(h, f.procKind);
  return h >>> 0;
}

function mixHash(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x7c, 0x01000193);
}
