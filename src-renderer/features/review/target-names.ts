import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { priorKeyNames } from '../sections/prior/prior-rows';
import type { TargetNames } from './review-notes';

/** Names of the open draft's units, projects, tables, 科目 and 上年数 keys, for describing targets. */
export function engineTargetNames(engine: BudgetEngine): TargetNames {
  const { units, projects } = engine.head;
  const tables = new Map(engine.tableTitles().map((t) => [t.id, [t.number, t.title].filter(Boolean).join(' ')]));
  const prior = priorKeyNames(engine.layout);
  const named = (code: string, list: readonly { code: string; name: string }[]) =>
    list.find((x) => x.code === code)?.name;
  const catalogName = (scheme: 'function' | 'economic', code: string) => {
    const name = engine.catalogs[scheme].name(code);
    return name && name !== code ? name : undefined;
  };
  return {
    unit: (code) => named(code, units),
    project: (code) => named(code, projects),
    table: (id) => tables.get(id),
    functionName: (code) => catalogName('function', code),
    economicName: (code) => catalogName('economic', code),
    prior: (key) => prior.get(key),
  };
}
