import type { FactFilter, FactStream } from '../tables/spec';
import type { Fact } from './facts';

export type FactPredicate = (f: Fact) => boolean;

const ALWAYS: FactPredicate = () => true;

/** Compiles a declarative filter once into a predicate. */
export function compileFilter(filter: FactFilter | undefined): FactPredicate {
  if (!filter) return ALWAYS;
  const tests: FactPredicate[] = [];
  if (filter.stream !== undefined) {
    const streams = new Set<FactStream>(typeof filter.stream === 'string' ? [filter.stream] : filter.stream);
    tests.push((f) => streams.has(f.stream));
  }
  const inSet = (values: readonly string[] | undefined, pick: (f: Fact) => string) => {
    if (!values) return;
    const set = new Set(values);
    tests.push((f) => set.has(pick(f)));
  };
  inSet(filter.source, (f) => f.source);
  inSet(filter.kind, (f) => f.kind);
  inSet(filter.economic, (f) => f.economic);
  inSet(filter.procKind, (f) => f.procKind);
  inSet(filter.unitType, (f) => f.unitType);
  if (filter.economicClass) {
    const classes = new Set(filter.economicClass);
    tests.push((f) => classes.has(f.economic.slice(0, 3)));
  }
  if (filter.carryover !== undefined) {
    const want = filter.carryover;
    tests.push((f) => f.carryover === want);
  }
  if (tests.length === 0) return ALWAYS;
  if (tests.length === 1) return tests[0];
  return (f) => {
    for (const t of tests) if (!t(f)) return false;
    return true;
  };
}

export function both(a: FactPredicate, b: FactPredicate): FactPredicate {
  if (a === ALWAYS) return b;
  if (b === ALWAYS) return a;
  return (f) => a(f) && b(f);
}
