import type { CatalogPair } from '../catalog/catalog';
import type { FinalDraftHead } from '../draft/types';
import { AuxReader } from '../engine/aux-reader';
import type { Pivot, RowState, SectionState } from '../engine/pivot';
import { toCents, type Cents } from '../money/cents';
import type { RuleContext } from '../rules/context';
import { FINAL_AUX_ID } from './final-aux';

/** Figures that are sums of others when the draft does not give them itself. */
const COMPOSITE: Record<string, readonly string[]> = {
  threeTotal: ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'],
  vehicle: ['vehiclePurchase', 'vehicleOperation'],
};

/**
 * What the 决算 rules read: the draft head, the maintained aggregates (final-aux.ts), last year's
 * 决算数 and the budget figures; `shared` is the budget rules' context, for the line rules reused
 * as they are (codes, kinds, 科目对应, duplicates) and for message formatting.
 */
export class FinalRuleContext {
  private auxReader: AuxReader | null = null;

  constructor(
    public draft: FinalDraftHead,
    readonly catalogs: CatalogPair,
    readonly pivot: Pivot,
    readonly shared: RuleContext,
  ) {}

  unitLabel(code: string): string {
    return this.shared.unitLabel(code);
  }

  /** “282.91 万元”. */
  money(cents: Cents): string {
    return this.shared.money(cents);
  }

  /** A difference, exact (0.01 元 never reads “0.00 万元”). */
  diff(cents: Cents): string {
    return this.shared.diff(cents);
  }

  plain(cents: Cents): string {
    return this.shared.plain(cents);
  }

  /** “2013750 事业运行”. */
  functionLabel(code: string): string {
    const name = this.catalogs.function.name(code);
    return name ? `${code} ${name}` : code;
  }

  /** The internal table's reader (made on first use: the pivot is a constructor argument). */
  private reader(): AuxReader {
    return (this.auxReader ??= new AuxReader(this.pivot, FINAL_AUX_ID));
  }

  auxSection(id: string): SectionState {
    return this.reader().section(id);
  }

  /** An internal aggregate, in 分 (0 when the row does not exist). */
  aux(section: string, row: string, column: string): Cents {
    return this.reader().value(section, row, column);
  }

  auxRow(section: string, row: string): RowState | undefined {
    return this.auxSection(section).groupRows.get(row);
  }

  auxGroupRows(section: string): RowState[] {
    return this.reader().groupRows(section);
  }

  /** Current value of a metric (a `prior` key, or `fn:<code>` of 一般公共预算 spending), in 分. */
  metric(key: string): Cents {
    if (key.startsWith('fn:')) return this.aux('fnGpb', key, 'amount');
    if (key === 'vehicle') return this.metric('vehiclePurchase') + this.metric('vehicleOperation');
    return this.aux('metrics', key, 'amount');
  }

  /** Last year's 决算数 of a key, in 分, or null when the draft does not give it. */
  prior(key: string): Cents | null {
    return this.figure(this.draft.prior, key);
  }

  /**
   * A budget figure (年初预算数 `budget.initial` or 全年预算数 `budget.adjusted`) summed over keys,
   * in 分; a composite key the draft leaves out (threeTotal, vehicle) is the sum of its items.
   * Null when none of the keys has a figure.
   */
  budgetFigure(from: 'budget.initial' | 'budget.adjusted', keys: readonly string[]): Cents | null {
    const figures = from === 'budget.initial' ? this.draft.budget.initial : this.draft.budget.adjusted;
    let total: Cents | null = null;
    for (const k of keys) {
      const v = this.figure(figures ?? {}, k);
      if (v !== null) total = (total ?? 0) + v;
    }
    return total;
  }

  private figure(figures: Readonly<Record<string, unknown>>, key: string): Cents | null {
    const text = Object.hasOwn(figures, key) ? figures[key] : undefined;
    if (typeof text === 'string') return toCents(text, this.draft.amountUnit);
    const parts = COMPOSITE[key];
    if (!parts) return null;
    let total: Cents | null = null;
    for (const p of parts) {
      const v = this.figure(figures, p);
      if (v !== null) total = (total ?? 0) + v;
    }
    return total;
  }
}
