import type { CatalogPair } from '../catalog/catalog';
import type { FinalDraft, FinalDraftHead, FinalLinesByStream } from '../draft/types';
import { DuplicateIndex } from '../engine/duplicate-index';
import { emptyFact, type Fact } from '../engine/facts';
import { LineStore } from '../engine/line-store';
import { DraftLookup, materializeTable } from '../engine/materialize';
import { Pivot, type RowState } from '../engine/pivot';
import { displayAmount, type Cents } from '../money/cents';
import { RuleContext } from '../rules/context';
import type { RoundContext } from '../rules/defs/r-round';
import { StoredLineView } from '../rules/line-view';
import type { Finding } from '../rules/types';
import { budgetShapedHead } from './budget-shape';
import { FinalChecks, type PublishedTable } from './final-checks';
import { finalAuxSpec } from './final-aux';
import {
  balanceParts,
  budgetFunctionFigures,
  FINAL_LINE_STREAMS,
  FINAL_STREAM_ARRAYS,
  writeBudgetFact,
  writeFinalFact,
  type FinalLineStream,
} from './final-facts';
import { finishFinalTable, type FinalDerivedTable } from './final-tables';
import { resolveFinalLayoutTables, type FinalLayout, type FinalLayoutTable } from './layout';
import { FinalRuleContext } from './rule-context';
import { resolveColumnBlocks } from './report/column-block-plan';
import { FINAL_RULES, finalRulesForLayout } from './rules/registry';
import type { FinalRuleEntry, FinalTrigger } from './rules/types';

type AnyFinalLine = FinalLinesByStream[FinalLineStream];
/** Lines with one amount: those the budget's line rules read (not balance lines). */
type AmountLine = Exclude<AnyFinalLine, FinalLinesByStream['balance']>;

export interface FinalEngineEnv {
  catalogs: CatalogPair;
  layout: FinalLayout;
  rules?: readonly FinalRuleEntry[];
  /** Ids for the draft's lines (e.g. the editor's database ids); default: their JSON paths. */
  lineIds?: Partial<Record<FinalLineStream, readonly string[]>>;
}

/** Status-bar figures of a 决算 in the publish unit: 本年收入合计, 本年支出合计, 年末结转和结余; counts. */
export interface FinalStatus {
  income: string;
  expense: string;
  closing: string;
  errors: number;
  warnings: number;
}

/**
 * One 决算 draft under one 决算 layout: every table F01–F09 and every finding, kept current as
 * lines and parts change. The same incremental machinery as the budget's engine — Pivot with its
 * accumulators, LineStore, FindingsStore, materialize, R-ROUND's per-row check — over the 决算's
 * streams: a balance line is up to three facts (年初结转和结余, 使用非财政拨款结余, 结余分配), the
 * `fn:` budget figures are facts too, and 年末结转和结余 is a row or column that subtracts.
 */
export class FinalEngine {
  private pivot!: Pivot;
  private published!: PublishedTable[];
  private shared!: RuleContext;
  private ctx!: FinalRuleContext;
  private readonly stores: Record<FinalLineStream, LineStore<AnyFinalLine>> = {
    expense: new LineStore('expense', 'expenses'),
    income: new LineStore('income', 'income'),
    balance: new LineStore('balance', 'balances'),
    procurement: new LineStore('procurement', 'procurement'),
  };
  private readonly dups = new DuplicateIndex(
    (slot) => this.factsOf('expense', slot)[0],
    (slot) => this.stores.expense.idOf(slot),
    (id) => this.stores.expense.slotOf(id),
  );
  private building = false;
  private lookup: DraftLookup | null = null;
  private view!: StoredLineView;
  private readonly scratch = emptyFact();
  private readonly checks = new FinalChecks();
  private nextId = 0;
  /** The budget figures applied as facts (to take them out when `budget` changes). */
  private budgetFacts: Fact[] = [];
  private readonly baseCatalogs: CatalogPair;

  private headState: FinalDraftHead;

  constructor(
    draft: FinalDraft,
    private env: FinalEngineEnv,
  ) {
    this.baseCatalogs = env.catalogs;
    for (const stream of FINAL_LINE_STREAMS)
      this.stores[stream].load(draft[FINAL_STREAM_ARRAYS[stream]] as AnyFinalLine[], env.lineIds?.[stream]);
    this.headState = withoutLines(draft);
    this.rebuild();
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The current draft, lines in their order (a fresh object: safe to save or hand out). */
  get draft(): FinalDraft {
    return {
      ...this.headState,
      expenses: this.stores.expense.lines() as FinalDraft['expenses'],
      income: this.stores.income.lines() as FinalDraft['income'],
      balances: this.stores.balance.lines() as FinalDraft['balances'],
      procurement: this.stores.procurement.lines() as FinalDraft['procurement'],
    };
  }

  /** The draft without its lines (cheap). */
  get head(): FinalDraftHead {
    return this.headState;
  }

  get catalogs(): CatalogPair {
    return this.env.catalogs;
  }

  get layout(): FinalLayout {
    return this.env.layout;
  }

  get ruleContext(): FinalRuleContext {
    return this.ctx;
  }

  lineIds(stream: FinalLineStream): readonly string[] {
    return this.stores[stream].ids();
  }

  line<S extends FinalLineStream>(stream: S, id: string): FinalLinesByStream[S] | undefined {
    const store = this.stores[stream];
    const slot = store.slotOf(id);
    return slot === undefined ? undefined : (store.get(slot) as FinalLinesByStream[S]);
  }

  /** Every published table of the layout, in its order. */
  tables(): FinalDerivedTable[] {
    return this.published.map((p) => this.materialize(p));
  }

  table(id: string): FinalDerivedTable | undefined {
    const p = this.published.find((x) => x.table.spec.id === id);
    return p && this.materialize(p);
  }

  /** Exact value of a metric (a `prior` key or `fn:<code>`), in 分. */
  metric(key: string): Cents {
    return this.ctx.metric(key);
  }

  /** Every finding: errors first, then in the order of the 决算 rules; line findings in draft order. */
  findings(): Finding[] {
    const stores = this.stores;
    const all = this.checks.found.list(this.headState.reviews, function* () {
      for (const stream of ['income', 'expense', 'balance', 'procurement'] as const) yield* stores[stream].ids();
    });
    return this.checks.sort(all);
  }

  status(): FinalStatus {
    const unit = this.headState.publishUnit;
    return {
      income: displayAmount(this.ctx.metric('income'), unit),
      expense: displayAmount(this.ctx.metric('expense'), unit),
      closing: displayAmount(this.ctx.metric('closing'), unit),
      errors: this.checks.found.errors,
      warnings: this.checks.found.warnings,
    };
  }

  // ---- changing ------------------------------------------------------------------------------

  /** Adds a line at the end (or before `beforeId`), with the caller's id or a new one; returns it. */
  addLine<S extends FinalLineStream>(
    stream: S,
    line: FinalLinesByStream[S],
    beforeId?: string,
    id = `${stream}#${++this.nextId}`,
  ): string {
    if (this.stores[stream].slotOf(id) !== undefined) throw new Error(`行标识重复：${id}`);
    const slot = this.stores[stream].add(line, id, beforeId);
    const touched: RowState[] = [];
    this.insert(stream, slot, touched);
    this.afterLineChange(stream, [], this.factsOf(stream, slot), touched);
    return id;
  }

  /** Replaces a line's content. */
  setLine<S extends FinalLineStream>(stream: S, id: string, line: FinalLinesByStream[S]): void {
    const slot = this.stores[stream].slotOf(id);
    if (slot === undefined) throw new Error(`没有这一行：${id}`);
    const old = this.factsOf(stream, slot);
    const touched: RowState[] = [];
    this.remove(stream, slot, old, touched);
    this.stores[stream].set(slot, line);
    this.insert(stream, slot, touched);
    this.afterLineChange(stream, old, this.factsOf(stream, slot), touched);
  }

  removeLine(stream: FinalLineStream, id: string): void {
    const slot = this.stores[stream].slotOf(id);
    if (slot === undefined) return;
    const old = this.factsOf(stream, slot);
    const touched: RowState[] = [];
    this.remove(stream, slot, old, touched);
    this.stores[stream].remove(slot);
    this.afterLineChange(stream, old, [], touched);
  }

  /** Replaces a part of the draft other than lines (units, projects, budget figures, texts …). */
  setPart<K extends keyof FinalDraftHead>(key: K, value: FinalDraftHead[K]): void {
    this.headState = { ...this.headState, [key]: value };
    this.lookup = null;
    const part = partOf(key);
    if (part === 'units' || part === 'meta') {
      this.rebuild();
      return;
    }
    this.ctx.draft = this.headState;
    this.shared.draft = budgetShapedHead(this.headState);
    this.shared.refresh();
    if (part === 'budget') {
      const touched: RowState[] = [];
      for (const f of this.budgetFacts) this.pivot.apply(f, -1, touched);
      this.applyBudgetFacts(touched);
      this.pivot.refreshShown(touched);
      this.recheckRounding(touched);
    }
    if (part === 'projects') this.rerunLineRules('projects');
    if (part !== 'other') this.checks.runKeyedRulesFully(this.ctx, part);
    if (part === 'projects' || part === 'other') this.recheckAllRounding();
  }

  // ---- internals -----------------------------------------------------------------------------

  private rebuild(): void {
    const d = this.headState;
    this.checks.reset(finalRulesForLayout(this.env.layout, this.env.rules ?? FINAL_RULES));

    const catalogs: CatalogPair = {
      year: this.baseCatalogs.year,
      function: this.baseCatalogs.function.withExtras(d.catalogExtras.filter((x) => x.scheme === 'function')),
      economic: this.baseCatalogs.economic.withExtras(d.catalogExtras.filter((x) => x.scheme === 'economic')),
    };
    this.env = { ...this.env, catalogs };
    const resolved = resolveFinalLayoutTables(this.env.layout);
    this.pivot = new Pivot(
      [...resolved.map((r) => r.spec), finalAuxSpec(this.env.layout.officeOperationScope)],
      d.publishUnit,
    );
    this.published = resolved.map((r, i) => ({ table: this.pivot.tables[i], layoutTable: r.layoutTable }));
    this.dups.clear();
    this.dups.reserve(this.stores.expense.size);
    this.shared = new RuleContext(budgetShapedHead(d), catalogs, this.env.layout, this.pivot, this.dups.groups);
    this.ctx = new FinalRuleContext(d, catalogs, this.pivot, this.shared);
    this.view = new StoredLineView(this.stores.expense as LineStore<AmountLine>, 0, this.scratch);
    this.building = true;
    this.pivot.beginBuild();
    for (const stream of FINAL_LINE_STREAMS) this.stores[stream].forEach((_, slot) => this.insert(stream, slot, null));
    this.applyBudgetFacts(null);
    this.pivot.endBuild();
    this.building = false;
    this.pivot.refreshAllShown();
    this.checks.runKeyedRulesFully(this.ctx, null);
    this.recheckAllRounding();
  }

  /** The facts of a stored line: one, or one per amount of a balance line. */
  private factsOf(stream: FinalLineStream, slot: number): Fact[] {
    const line = this.stores[stream].get(slot)!;
    const unit = this.headState.amountUnit;
    const types = this.shared.unitTypes;
    if (stream !== 'balance') return [writeFinalFact(emptyFact(), stream, line, unit, types)];
    return balanceParts(line as FinalLinesByStream['balance']).map((part) =>
      writeFinalFact(emptyFact(), stream, line, unit, types, part),
    );
  }

  private insert(stream: FinalLineStream, slot: number, touched: RowState[] | null): void {
    if (this.building && stream !== 'balance') {
      // One fact object serves every line of a full derivation (nothing keeps it).
      const line = this.stores[stream].get(slot)!;
      const fact = writeFinalFact(this.scratch, stream, line, this.headState.amountUnit, this.shared.unitTypes);
      this.addFact(stream, slot, fact, null);
      return;
    }
    for (const fact of this.factsOf(stream, slot)) this.addFact(stream, slot, fact, touched);
  }

  private addFact(stream: FinalLineStream, slot: number, fact: Fact, touched: RowState[] | null): void {
    this.pivot.apply(fact, 1, touched);
    if (stream === 'expense') this.dups.add(slot, fact, this.pivot.ids.signatureHash(fact));
    if (this.checks.lineRules[stream].length > 0) this.runLineRules(stream, slot, fact);
  }

  private remove(stream: FinalLineStream, slot: number, facts: readonly Fact[], touched: RowState[]): void {
    for (const fact of facts) {
      this.pivot.apply(fact, -1, touched);
      if (stream === 'expense') this.dups.remove(slot, fact, this.pivot.ids.signatureHash(fact));
    }
    this.checks.found.set('line', this.stores[stream].idOf(slot), []);
  }

  /** Adds the `fn:` figures of 年初预算数 and 全年预算数 as facts (公开05表, R-F-EXEC). */
  private applyBudgetFacts(touched: RowState[] | null): void {
    this.budgetFacts = [];
    for (const [which, stream] of [
      ['initial', 'budgetInitial'],
      ['adjusted', 'budgetAdjusted'],
    ] as const) {
      for (const { code, amount } of budgetFunctionFigures(this.headState.budget, which)) {
        const fact = writeBudgetFact(emptyFact(), stream, code, amount, this.headState.amountUnit);
        this.budgetFacts.push(fact);
        this.pivot.apply(fact, 1, touched);
      }
    }
  }

  private runLineRules(stream: FinalLineStream, slot: number, fact: Fact): void {
    const view = this.view.reset(this.stores[stream] as LineStore<AmountLine>, slot, fact);
    let found: Finding[] | null = null;
    for (const rule of this.checks.lineRules[stream]) {
      const fs = rule.check(view, this.shared);
      if (fs) for (const f of fs) (found ??= []).push({ rule: rule.id, severity: rule.severity, ...f });
    }
    const store = this.checks.found;
    if (found) store.set('line', view.id, found);
    else if (!this.building && store.size('line') > 0) store.set('line', view.id, NO_FINDINGS);
  }

  private rerunLineRules(trigger: 'projects'): void {
    if (!this.checks.allLineRules.some((r) => r.dependsOn?.includes(trigger))) return;
    for (const stream of FINAL_LINE_STREAMS) {
      if (this.checks.lineRules[stream].length === 0) continue;
      this.stores[stream].forEach((_, slot) => {
        for (const fact of this.factsOf(stream, slot)) this.runLineRules(stream, slot, fact);
      });
    }
  }

  private afterLineChange(stream: FinalLineStream, old: Fact[], now: Fact[], touched: RowState[]): void {
    this.pivot.refreshShown(touched);
    this.checks.afterLineChange(this.ctx, stream, old, now);
    this.recheckRounding(touched);
  }

  private recheckAllRounding(): void {
    this.checks.recheckAllRounding(this.published, (lt) => this.roundContext(lt));
  }

  private recheckRounding(touched: readonly RowState[]): void {
    this.checks.recheckRounding(touched, this.published, (lt) => this.roundContext(lt));
  }

  private roundContext(layoutTable: FinalLayoutTable): RoundContext {
    return {
      draft: this.shared.draft,
      catalogs: this.ctx.catalogs,
      layoutTable,
      unitNames: this.shared.unitNames,
      projects: this.shared.projects,
    };
  }

  private materialize(p: PublishedTable): FinalDerivedTable {
    this.lookup ??= new DraftLookup(this.shared.draft);
    const table = materializeTable(p.table, {
      draft: this.shared.draft,
      lookup: this.lookup,
      catalogs: this.ctx.catalogs,
      layoutTable: p.layoutTable,
      hasRoundingDifference: this.checks.found.tableHasRounding(p.table.spec.id),
      figure: (figure) => this.ctx.budgetFigure(figure.from, figure.keys),
    });
    const finished = finishFinalTable(table, p.table.spec, p.layoutTable, this.env.layout, this.headState);
    const blocks = p.layoutTable.columnBlocks;
    if (!blocks) return finished;
    const plan = resolveColumnBlocks(finished, blocks, this.ctx.catalogs.economic);
    // A row the blocks do not show (公开06表's 合计) is not printed: the table says so, and 舍位平衡
    // does not hold the printed totals to it.
    const shown = new Set(plan.blocks.flatMap((b) => [...b.lines.map((l) => l.key), ...(b.total ? [b.total] : [])]));
    const rows = finished.rows.map((r) => (r.printed && !shown.has(r.key) ? { ...r, printed: false } : r));
    return { ...finished, rows, columnBlocks: plan };
  }
}

const NO_FINDINGS: Finding[] = [];

function withoutLines(d: FinalDraft): FinalDraftHead {
  const { expenses: _e, income: _i, balances: _b, procurement: _p, ...head } = d;
  return head;
}

/** What changing a head part affects: a trigger of rules, a full rebuild (`units`, `meta`), or nothing. */
function partOf(key: keyof FinalDraftHead): FinalTrigger | 'other' {
  switch (key) {
    case 'units':
    case 'projects':
    case 'text':
    case 'prior':
    case 'budget':
    case 'three':
      return key;
    case 'department':
    case 'assets':
    case 'reviews':
      return 'other';
    default:
      return 'meta';
  }
}
