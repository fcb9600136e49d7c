import type { Draft } from '../draft/types';
import { auxSpec } from './aux-spec';
import { toFact, type AnyLine } from './facts';
import { both, compileFilter, type FactPredicate } from './filter';
import type { Layout } from '../layout/types';
import { assertSafe, fromCents, type Cents } from '../money/cents';
import type { GroupRowSpec, Stream } from '../tables/spec';
import { STREAM_ARRAYS } from './budget-engine';

/**
 * A draft's own totals under the keys of `prior` (docs/draft-format.md): what last year's draft gives
 * this year's comparisons. The figures are the engine's comparison metrics (engine/aux-spec.ts,
 * the one definition the tables and the report use), summed exactly in 分 from the lines:
 * incomeTotal, expenseTotal, fiscal, gpb (一般公共预算当年拨款), basic/personnel/public/project,
 * threeTotal/abroad/vehiclePurchase/vehicleOperation/reception (一般公共预算当年, economic codes of
 * T07), officeOperation (机关运行经费), procurement, and `fn:<code>` for each 类/款/项 of
 * 一般公共预算当年 expenditure. Amounts are decimal strings in the draft's `amountUnit`.
 */
export function priorFigures(
  draft: Draft,
  officeOperationScope: Layout['officeOperationScope'] = 'adminCivil',
): Record<string, string> {
  // auxSpec reads only the layout's officeOperationScope.
  const spec = auxSpec({ officeOperationScope } as Layout);
  const metrics = spec.sections.find((s) => s.id === 'metrics')!;
  const fnSection = spec.sections.find((s) => s.id === 'fnGpb')!;
  const fnGroup = fnSection.rows.find((r): r is GroupRowSpec => r.type === 'group')!;
  const fnFilter = both(compileFilter(fnSection.filter), compileFilter(fnGroup.filter));
  const levels = fnGroup.levels ?? [3, 5, 7];

  const rows: { key: string; test: FactPredicate; cents: Cents }[] = metrics.rows
    .map((r) => ({
      key: r.type === 'fixed' ? r.key : '',
      test: both(compileFilter(metrics.filter), compileFilter(r.filter)),
      cents: 0,
    }))
    .filter((r) => r.key !== '');
  const fn = new Map<string, Cents>();

  const unitTypes = new Map(draft.units.map((u) => [u.code, u.type as string]));
  for (const stream of Object.keys(STREAM_ARRAYS) as Stream[]) {
    for (const line of draft[STREAM_ARRAYS[stream]]) {
      const fact = toFact({ stream, line } as AnyLine, draft.amountUnit, unitTypes);
      for (const r of rows) if (r.test(fact)) r.cents = assertSafe(r.cents + fact.cents);
      if (!fnFilter(fact)) continue;
      // As the pivot's code chain: each level the code reaches, or the code itself when too short.
      const codes = levels.filter((len) => fact.function.length >= len).map((len) => fact.function.slice(0, len));
      for (const code of codes.length > 0 ? codes : [fact.function]) {
        const key = `${fnGroup.prefix}${code}`;
        fn.set(key, assertSafe((fn.get(key) ?? 0) + fact.cents));
      }
    }
  }
  const out: Record<string, string> = {};
  for (const r of rows) out[r.key] = fromCents(r.cents, draft.amountUnit);
  for (const key of [...fn.keys()].sort()) out[key] = fromCents(fn.get(key)!, draft.amountUnit);
  return out;
}
