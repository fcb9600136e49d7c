import { toCents, type Cents } from '../money/cents';
import { MAX_DECIMALS, type AmountUnit } from '../money/units';
import type { CarryForwardLine, ExpenseLine, IncomeLine, ProcurementItem } from '../draft/types';
import type { FactStream, Stream } from '../tables/spec';

/**
 * A fact is one draft line seen by the derivation: the attributes table filters look at, and the
 * exact amount in integer 分. `cents` is 0 when the amount is invalid (rule R-AMOUNT reports it).
 */
export interface Fact {
  /** A budget draft's streams, or one of a 决算 draft's (final/final-facts.ts). */
  stream: FactStream;
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
  return writeFact(emptyFact(), l.stream, l.line, amountUnit, unitTypes);
}

export function emptyFact(): Fact {
  return {
    stream: 'expense',
    unit: '',
    unitType: '',
    source: '',
    carryover: false,
    function: '',
    economic: '',
    kind: '',
    project: '',
    procKind: '',
    cents: 0,
    amountValid: true,
  };
}

/**
 * Fills `f` with the fact of a line. A full derivation reuses one object for every line (nothing
 * keeps a fact), which spares the garbage collector 50,000 short-lived objects.
 */
export function writeFact(
  f: Fact,
  stream: Stream,
  line: AnyLine['line'],
  amountUnit: AmountUnit,
  unitTypes: ReadonlyMap<string, string>,
): Fact {
  const cents = amountCents(String(line.amount ?? ''), amountUnit);
  f.stream = stream;
  f.unit = line.unit;
  f.unitType = unitTypes.get(line.unit) ?? '';
  f.cents = cents ?? 0;
  f.amountValid = cents !== null;
  f.source = '';
  f.carryover = false;
  f.function = '';
  f.economic = '';
  f.kind = '';
  f.project = '';
  f.procKind = '';
  switch (stream) {
    case 'expense': {
      const e = line as ExpenseLine;
      f.source = e.source;
      f.carryover = e.carryover === true;
      f.function = e.function;
      f.economic = e.economic;
      f.kind = e.kind;
      f.project = e.project ?? '';
      break;
    }
    case 'income': {
      const i = line as IncomeLine;
      f.source = i.source;
      f.carryover = i.carryover === true;
      break;
    }
    case 'carryForward':
      f.source = (line as CarryForwardLine).source;
      break;
    case 'procurement': {
      const p = line as ProcurementItem;
      f.project = p.project ?? '';
      f.procKind = p.kind;
      break;
    }
  }
  return f;
}

/**
 * `toCents` (same result for every text), reading the usual short amounts (`"2874600.00"`) digit by
 * digit without a regular expression or substrings; anything else goes to `toCents`.
 */
export function amountCents(text: string, unit: AmountUnit): Cents | null {
  const len = text.length;
  // At most 15 digits: the digits as one integer are exact in float64.
  if (len === 0 || len > 15) return toCents(text, unit);
  let i = 0;
  const neg = text.charCodeAt(0) === 45; // '-'
  if (neg) i = 1;
  let n = 0;
  let intDigits = 0;
  let places = -1; // -1: no '.' seen
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      if (places < 0) intDigits++;
      else places++;
    } else if (c === 46 && places < 0 && intDigits > 0)
      places = 0; // '.'
    else return toCents(text, unit);
  }
  if (intDigits === 0 || places === 0) return toCents(text, unit);
  const max = MAX_DECIMALS[unit];
  if (places > max) return null;
  const v = n * 10 ** (max - (places < 0 ? 0 : places));
  if (!Number.isSafeInteger(v)) return toCents(text, unit);
  return neg && v !== 0 ? -v : v;
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
