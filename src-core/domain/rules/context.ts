import { displayAmount, messageAmount, type Cents } from '../money/cents';
import { UNIT_LABEL } from '../money/units';
import type { CatalogPair } from '../catalog/catalog';
import type { Draft } from '../draft/types';
import type { Layout } from '../layout/types';
import { AuxReader } from '../engine/aux-reader';
import type { Pivot, RowState, SectionState } from '../engine/pivot';
import { AUX_ID } from '../engine/aux-spec';
import { toCents } from '../money/cents';
import { exactDifference } from '../money/exact-difference';

/** What rules may read: the draft, its catalogs and layout, and the maintained aggregates. */
export class RuleContext {
  readonly unitNames = new Map<string, string>();
  readonly unitTypes = new Map<string, string>();
  readonly projects = new Map<string, Draft['projects'][number]>();

  constructor(
    public draft: Draft,
    public catalogs: CatalogPair,
    public layout: Layout,
    readonly pivot: Pivot,
    /** Line ids per duplicate signature (R-DUP), maintained by the engine. */
    readonly duplicates: ReadonlyMap<string, ReadonlySet<string>>,
  ) {
    this.refresh();
  }

  /** Re-reads units and projects after they change. */
  refresh(): void {
    this.unitNames.clear();
    this.unitTypes.clear();
    this.projects.clear();
    for (const u of this.draft.units) {
      this.unitNames.set(u.code, u.name);
      this.unitTypes.set(u.code, u.type);
    }
    for (const p of this.draft.projects) this.projects.set(p.code, p);
  }

  /** “167001 舟山市人民政府办公室”. */
  unitLabel(code: string): string {
    const name = this.unitNames.get(code);
    return name ? `${code} ${name}` : code;
  }

  projectLabel(code: string): string {
    const p = this.projects.get(code);
    return p ? `${code} ${p.name}` : code;
  }

  /** An amount for a message as the tables show it: “2725.60 万元”. */
  money(cents: Cents): string {
    return `${displayAmount(cents, this.draft.publishUnit)} ${UNIT_LABEL[this.draft.publishUnit]}`;
  }

  /**
   * A difference for a message, as the status bar shows it: exact, in the publish unit when that is
   * exact and in 元 otherwise, so that 1 元 reads “1.00 元”, never “0.00 万元” or “0.0001 万元”.
   */
  diff(cents: Cents): string {
    const d = exactDifference(cents, this.draft.publishUnit);
    return `${d.amount} ${UNIT_LABEL[d.unit]}`;
  }

  /** Plain number in the publish unit, for `expected` / `actual`. */
  plain(cents: Cents): string {
    return messageAmount(cents, this.draft.publishUnit);
  }

  private auxReader: AuxReader | null = null;

  /** The internal table's reader (made on first use: the pivot is a constructor argument). */
  private reader(): AuxReader {
    return (this.auxReader ??= new AuxReader(this.pivot, AUX_ID));
  }

  auxSection(id: string): SectionState {
    return this.reader().section(id);
  }

  /** An internal aggregate, in 分 (0 when the row does not exist). */
  aux(section: string, row: string, column: string): Cents {
    return this.reader().value(section, row, column);
  }

  auxGroupRows(section: string): RowState[] {
    return this.reader().groupRows(section);
  }

  /** Current value of a comparison metric (prior key or `fn:<code>`), in 分. */
  metric(key: string): Cents {
    if (key.startsWith('fn:')) return this.aux('fnGpb', key, 'amount');
    if (key === 'vehicle') return this.metric('vehiclePurchase') + this.metric('vehicleOperation');
    return this.aux('metrics', key, 'amount');
  }

  /**
   * Last year's figure for a key, with its basis (上年执行数 / 上年预算数): the layout's choice, or
   * `actual` when the draft has it and `budget` otherwise (docs/draft-format.md `prior`).
   */
  prior(key: string): { cents: Cents; basis: 'actual' | 'budget' } | null {
    const chosen = this.layout.priorBasis?.[key];
    const order: ('actual' | 'budget')[] = chosen ? [chosen] : ['actual', 'budget'];
    for (const basis of order) {
      const text = this.draft.prior[basis]?.[key];
      if (text === undefined) continue;
      const cents = toCents(text, this.draft.amountUnit);
      if (cents !== null) return { cents, basis };
    }
    if (key === 'vehicle') {
      const a = this.prior('vehiclePurchase');
      const b = this.prior('vehicleOperation');
      if (a || b) return { cents: (a?.cents ?? 0) + (b?.cents ?? 0), basis: (a ?? b)!.basis };
    }
    return null;
  }
}
