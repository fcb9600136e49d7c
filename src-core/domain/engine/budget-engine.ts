import type { CatalogPair } from '../catalog/catalog';
import type { Draft, DraftHead, LinesByStream } from '../draft/types';
import type { Layout, LayoutTable } from '../layout/types';
import { displayAmount, type Cents } from '../money/cents';
import { exactDifference } from '../money/exact-difference';
import type { AmountUnit } from '../money/units';
import { RuleContext } from '../rules/context';
import { checkRowRounding, type RoundContext } from '../rules/defs/r-round';
import { StoredLineView } from '../rules/line-view';
import { RULES, rulesForLayout } from '../rules/registry';
import type { DraftRule, Entity, EntityRule, Finding, LineRule, Rule, Trigger } from '../rules/types';
import type { DerivedTable } from '../tables/derived';
import type { Stream } from '../tables/spec';
import { auxSpec } from './aux-spec';
import { StatusTotals, statusTotalsSpec } from './status-totals';
import { DuplicateIndex } from './duplicate-index';
import { emptyFact, factSignature, toFact, writeFact, type AnyLine, type Fact } from './facts';
import { LineStore } from './line-store';
import { DraftLookup, fillPattern, materializeTable } from './materialize';
import { Pivot, type RowState, type TableState } from './pivot';
import { resolveLayoutTables } from './resolve-layout';
import { buildTextTable, TextTableMemo } from './text-table';
import { FindingsStore } from './findings-store';
import { groupsByParent, projectParents } from './project-parents';

/** The draft arrays holding each stream's lines. */
export const STREAM_ARRAYS = {
  expense: 'expenses',
  income: 'income',
  carryForward: 'carryForward',
  procurement: 'procurement',
} as const satisfies Record<Stream, keyof Draft>;

type LineOf<S extends Stream> = LinesByStream[S];

/** A line seen by the engine: its slot in its stream's store and its fact (computed on demand). */
interface LineEntry {
  stream: Stream;
  slot: number;
  line: AnyLine['line'];
  fact: Fact;
}

const STREAMS: readonly Stream[] = ['expense', 'income', 'carryForward', 'procurement'];

/** Parts of the draft other than lines, and what changing them affects. */
export type DraftPart = 'units' | 'projects' | 'text' | 'prior' | 'department' | 'assets' | 'reviews' | 'meta';

export interface EngineEnv {
  catalogs: CatalogPair;
  layout: Layout;
  rules?: readonly Rule[];
  /** Ids for the draft's lines (e.g. the editor's database ids); default: their JSON paths. */
  lineIds?: Partial<Record<Stream, readonly string[]>>;
}

/** Status-bar figures (收入总计, 支出总计, 差额) in the publish unit, and finding counts. */
export interface Status {
  income: string;
  expense: string;
  /** 收入总计 − 支出总计, rounded like the totals (what a snapshot records). */
  difference: string;
  /** The same difference exactly (in 元 when the publish unit would round it): what the bar shows. */
  exactDifference: { amount: string; unit: AmountUnit };
  balanced: boolean;
  errors: number;
  warnings: number;
}

/**
 * One draft under one layout: every table and every finding, kept current as lines change.
 * Full derivation on construction; `setLine` updates in time proportional to the line, not the draft.
 */
export class BudgetEngine {
  private pivot!: Pivot;
  private published!: { table: TableState; layoutTable: LayoutTable }[];
  private ctx!: RuleContext;
  private totals!: StatusTotals;
  private readonly stores: Record<Stream, LineStore<AnyLine['line']>> = {
    expense: new LineStore('expense', 'expenses'),
    income: new LineStore('income', 'income'),
    carryForward: new LineStore('carryForward', 'carryForward'),
    procurement: new LineStore('procurement', 'procurement'),
  };
  private readonly dups = new DuplicateIndex(
    (slot) => this.factOf('expense', slot),
    (slot) => this.stores.expense.idOf(slot),
    (id) => this.stores.expense.slotOf(id),
  );
  /** True during a full derivation: no findings exist yet, so there are none to clear per line. */
  private building = false;
  /** Units and projects by code for materializing tables; reset when they change. */
  private lookup: DraftLookup | null = null;
  /** The last T11 and the projects changed since (text-table.ts). */
  private readonly textTable = new TextTableMemo();
  private view!: StoredLineView;
  private readonly scratch = emptyFact();
  private readonly found = new FindingsStore();
  /** Entity rule findings by `${ruleId}|${key}`, and the keys each rule has findings for. */
  private readonly entityKeys = new Map<string, Set<string>>();
  private nextId = 0;
  private lineRules: LineRule[] = [];
  private lineRulesByStream: Record<Stream, LineRule[]> = {
    expense: [],
    income: [],
    carryForward: [],
    procurement: [],
  };
  private draftRules: DraftRule[] = [];
  private entityRules: EntityRule[] = [];
  private roundEnabled = true;
  private roundSeverity: Finding['severity'] = 'warning';
  /** The projects' 一级项目 the rows by 一级项目 were made from; null when no table has such rows. */
  private parentSignature: string | null = null;

  private readonly baseCatalogs: CatalogPair;

  constructor(
    private draftState: Draft,
    private env: EngineEnv,
  ) {
    this.baseCatalogs = env.catalogs;
    for (const stream of STREAMS)
      this.stores[stream].load(draftState[STREAM_ARRAYS[stream]] as AnyLine['line'][], env.lineIds?.[stream]);
    this.rebuild();
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The current draft, lines in their order (a fresh object: safe to save or hand out). */
  get draft(): Draft {
    const d = { ...this.draftState };
    for (const stream of STREAMS)
      (d as unknown as Record<string, unknown>)[STREAM_ARRAYS[stream]] = this.stores[stream].lines();
    return d;
  }

  /**
   * The draft without its line arrays (year, units, projects, texts …): cheap, unlike `draft`,
   * which assembles every line — use this in anything that runs per keystroke or per render.
   */
  get head(): DraftHead {
    return this.draftState;
  }

  get catalogs(): CatalogPair {
    return this.env.catalogs;
  }

  get layout(): Layout {
    return this.env.layout;
  }

  /** Ids of a stream's lines in draft order (at load: their JSON path, e.g. `expenses[3]`). */
  lineIds(stream: Stream): readonly string[] {
    return this.stores[stream].ids();
  }

  line<S extends Stream>(stream: S, id: string): LineOf<S> | undefined {
    const store = this.stores[stream];
    const slot = store.slotOf(id);
    return slot === undefined ? undefined : (store.get(slot) as LineOf<S>);
  }

  /** Every published table of the layout, in its order. */
  tables(): DerivedTable[] {
    return this.published.map((p) => this.materialize(p));
  }

  table(id: string): DerivedTable | undefined {
    const p = this.published.find((x) => x.table.spec.id === id);
    return p && this.materialize(p);
  }

  /** Exact value of a metric (prior key or `fn:<code>`), in 分. */
  metric(key: string): Cents {
    return this.ctx.metric(key);
  }

  /** The rule context (aggregates, prior figures) for the report generator. */
  get ruleContext(): RuleContext {
    return this.ctx;
  }

  findings(): Finding[] {
    const stores = this.stores;
    return this.found.list(this.draftState.reviews, function* () {
      for (const stream of ['income', 'expense', 'carryForward', 'procurement'] as Stream[])
        yield* stores[stream].ids();
    });
  }

  status(): Status {
    const unit = this.draftState.publishUnit;
    const { income, expense, difference } = this.totals.read();
    return {
      income: displayAmount(income, unit),
      expense: displayAmount(expense, unit),
      difference: displayAmount(difference, unit),
      exactDifference: exactDifference(difference, unit),
      balanced: difference === 0,
      errors: this.found.errors,
      warnings: this.found.warnings,
    };
  }

  /** Id, number and title of each published table, in the layout's order, as `tables()` has them (none built). */
  tableTitles(): { id: string; number: string; title: string }[] {
    return this.published.map(({ table, layoutTable }) => ({
      id: table.spec.id,
      number: layoutTable.number ?? '',
      title: fillPattern(layoutTable.title, this.draftState),
    }));
  }

  // ---- changing ------------------------------------------------------------------------------

  /** Adds a line at the end (or before `beforeId`), with the caller's id or a new one; returns it. */
  addLine<S extends Stream>(stream: S, line: LineOf<S>, beforeId?: string, id = `${stream}#${++this.nextId}`): string {
    if (this.stores[stream].slotOf(id) !== undefined) throw new Error(`行标识重复：${id}`);
    const slot = this.stores[stream].add(line as AnyLine['line'], id, beforeId);
    const touched: RowState[] = [];
    this.insert(stream, slot, touched);
    this.afterLineChange(stream, null, this.entry(stream, slot), touched);
    return id;
  }

  /** Replaces a line's content (amount, codes …). */
  setLine<S extends Stream>(stream: S, id: string, line: LineOf<S>): void {
    const slot = this.stores[stream].slotOf(id);
    if (slot === undefined) throw new Error(`没有这一行：${id}`);
    const old = this.entry(stream, slot);
    const touched: RowState[] = [];
    this.remove(old, touched);
    this.stores[stream].set(slot, line as AnyLine['line']);
    this.insert(stream, slot, touched);
    this.afterLineChange(stream, old, this.entry(stream, slot), touched);
  }

  removeLine(stream: Stream, id: string): void {
    const slot = this.stores[stream].slotOf(id);
    if (slot === undefined) return;
    const old = this.entry(stream, slot);
    const touched: RowState[] = [];
    this.remove(old, touched);
    this.stores[stream].remove(slot);
    this.afterLineChange(stream, old, null, touched);
  }

  /** Replaces a part of the draft other than lines (units, projects, texts …). */
  setPart<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draftState = { ...this.draftState, [key]: value };
    this.lookup = null;
    const part = partOf(key);
    // Rows by 一级项目 (T10A) are made from the projects' parents: a new parent means new rows.
    const parentsChanged =
      part === 'projects' &&
      this.parentSignature !== null &&
      projectParents(this.draftState.projects).signature !== this.parentSignature;
    if (part === 'units' || part === 'meta' || parentsChanged) {
      this.rebuild();
      return;
    }
    this.ctx.draft = this.draftState;
    this.ctx.refresh();
    if (part === 'projects') this.rerunLineRules('projects');
    this.runDraftRules(part as Trigger);
    this.runEntityRulesFully(part as Trigger);
    if (part === 'projects' || part === 'department' || part === 'prior') this.recheckAllRounding();
  }

  // ---- internals -----------------------------------------------------------------------------

  private rebuild(): void {
    const d = this.draftState;
    this.textTable.last = null; // new pivot rows: T11 is built again (its unchanged blocks kept)
    const rules = rulesForLayout(this.env.layout, this.env.rules ?? RULES);
    this.lineRules = rules.filter((r): r is LineRule => r.scope === 'line');
    for (const stream of STREAMS)
      this.lineRulesByStream[stream] = this.lineRules.filter((r) => r.streams.includes(stream));
    this.draftRules = rules.filter((r): r is DraftRule => r.scope === 'draft');
    this.entityRules = rules.filter((r): r is EntityRule => r.scope === 'entity');
    const round = rules.find((r) => r.id === 'R-ROUND');
    this.roundEnabled = round !== undefined;
    this.roundSeverity = round?.severity ?? 'warning';

    const catalogs = {
      year: this.baseCatalogs.year,
      function: this.baseCatalogs.function.withExtras(d.catalogExtras.filter((x) => x.scheme === 'function')),
      economic: this.baseCatalogs.economic.withExtras(d.catalogExtras.filter((x) => x.scheme === 'economic')),
    };
    this.env = { ...this.env, catalogs };
    const resolved = resolveLayoutTables(this.env.layout, d);
    const parents = projectParents(d.projects);
    this.parentSignature = groupsByParent(resolved.map((r) => r.spec)) ? parents.signature : null;
    this.pivot = new Pivot(
      [...resolved.map((r) => r.spec), auxSpec(this.env.layout), statusTotalsSpec()],
      d.publishUnit,
      parents.of,
    );
    this.totals = new StatusTotals(this.pivot);
    this.published = resolved.map((r, i) => ({ table: this.pivot.tables[i], layoutTable: r.layoutTable }));
    this.dups.clear();
    this.dups.reserve(this.stores.expense.size);
    this.found.clear();
    this.entityKeys.clear();
    this.ctx = new RuleContext(d, catalogs, this.env.layout, this.pivot, this.dups.groups);
    this.view = new StoredLineView(this.stores.expense, 0, undefined as unknown as Fact);
    this.building = true;
    this.pivot.beginBuild();
    for (const stream of STREAMS) this.stores[stream].forEach((_, slot) => this.insert(stream, slot, null));
    this.pivot.endBuild();
    this.building = false;
    this.pivot.refreshAllShown();
    this.runDraftRules(null);
    this.runEntityRulesFully(null);
    this.recheckAllRounding();
  }

  private factOf(stream: Stream, slot: number): Fact {
    return toFact(
      { stream, line: this.stores[stream].get(slot)! } as AnyLine,
      this.draftState.amountUnit,
      this.ctx.unitTypes,
    );
  }

  /** The engine's view of a stored line (its fact recomputed: cheap, and nothing to keep in sync). */
  private entry(stream: Stream, slot: number): LineEntry {
    return { stream, slot, line: this.stores[stream].get(slot)!, fact: this.factOf(stream, slot) };
  }

  private insert(stream: Stream, slot: number, touched: RowState[] | null): void {
    // During a full derivation one fact object serves every line; afterwards each change gets its own.
    const fact = this.building
      ? writeFact(this.scratch, stream, this.stores[stream].get(slot)!, this.draftState.amountUnit, this.ctx.unitTypes)
      : this.factOf(stream, slot);
    this.pivot.apply(fact, 1, touched);
    if (stream === 'expense') this.dups.add(slot, fact, this.pivot.ids.signatureHash(fact));
    this.runLineRules(stream, slot, fact);
  }

  private remove(e: LineEntry, touched: RowState[]): void {
    this.pivot.apply(e.fact, -1, touched);
    if (e.stream === 'expense') this.dups.remove(e.slot, e.fact, this.pivot.ids.signatureHash(e.fact));
    this.found.set('line', this.stores[e.stream].idOf(e.slot), []);
  }

  private runLineRules(stream: Stream, slot: number, fact: Fact): void {
    const view = this.view.reset(this.stores[stream], slot, fact);
    let found: Finding[] | null = null;
    for (const rule of this.lineRulesByStream[stream]) {
      const fs = rule.check(view, this.ctx);
      if (fs) for (const f of fs) (found ??= []).push({ rule: rule.id, severity: rule.severity, ...f });
    }
    // Ids are built only for lines that have (or had) findings.
    if (found) this.found.set('line', view.id, found);
    else if (!this.building && this.found.size('line') > 0) this.found.set('line', view.id, NO_FINDINGS);
  }

  private rerunLineRules(trigger: Trigger): void {
    if (!this.lineRules.some((r) => r.dependsOn?.includes(trigger))) return;
    for (const stream of STREAMS)
      this.stores[stream].forEach((_, slot) => this.runLineRules(stream, slot, this.factOf(stream, slot)));
  }

  private afterLineChange(stream: Stream, old: LineEntry | null, now: LineEntry | null, touched: RowState[]): void {
    this.pivot.refreshShown(touched);
    if (this.textTable.last) this.textTable.touched(touched, this.ctx.auxSection('projects'));
    this.runDraftRules(stream);
    for (const rule of this.entityRules) {
      if (!rule.triggers.includes(stream)) continue;
      const keys = new Set<string>(['*']);
      for (const e of [old, now]) if (e) keys.add(entityKey(rule.entity, e));
      for (const key of keys) this.runEntityRule(rule, key);
    }
    this.recheckRounding(touched);
  }

  /** Runs an entity rule for one key; `fresh`: the rule has no findings stored (nothing to clear). */
  private runEntityRule(rule: EntityRule, key: string, fresh = false): void {
    const drafts = rule.check(key, this.ctx);
    if (fresh && drafts.length === 0) return;
    const found = drafts.map((f) => ({ rule: rule.id, severity: rule.severity, ...f }));
    let keys = this.entityKeys.get(rule.id);
    if (!keys) this.entityKeys.set(rule.id, (keys = new Set()));
    if (found.length > 0) keys.add(key);
    else keys.delete(key);
    this.found.set('entity', `${rule.id}|${key}`, found);
  }

  /** Re-checks every entity of the rules a trigger concerns (null: all rules). */
  private runEntityRulesFully(trigger: Trigger | null): void {
    for (const rule of this.entityRules) {
      if (trigger !== null && !rule.triggers.includes(trigger)) continue;
      for (const key of [...(this.entityKeys.get(rule.id) ?? [])]) this.found.set('entity', `${rule.id}|${key}`, []);
      this.entityKeys.delete(rule.id);
      this.runEntityRule(rule, '*', true);
      for (const key of rule.keys(this.ctx)) this.runEntityRule(rule, key, true);
    }
  }

  private runDraftRules(trigger: Trigger | null): void {
    for (const rule of this.draftRules) {
      if (trigger !== null && !rule.triggers.includes(trigger)) continue;
      const found = rule.check(this.ctx).map((f) => ({ rule: rule.id, severity: rule.severity, ...f }));
      this.found.set('draft', rule.id, found);
    }
  }

  private recheckAllRounding(): void {
    this.found.clearSource('round');
    if (!this.roundEnabled) return;
    for (const p of this.published) {
      const rc = this.roundContext(p.layoutTable);
      for (const s of p.table.sections) {
        for (const r of s.fixedRows) this.recheckRow(r, rc, true);
        for (const r of s.groupRowList) this.recheckRow(r, rc, true);
      }
    }
  }

  private recheckRounding(touched: readonly RowState[]): void {
    if (!this.roundEnabled) return;
    const seen = new Set<RowState>();
    const visit = (r: RowState) => {
      if (seen.has(r)) return;
      seen.add(r);
      const p = this.published.find((x) => x.table === r.section.table);
      if (!p) return;
      this.recheckRow(r, this.roundContext(p.layoutTable));
      if (r.parent) visit(r.parent);
      else for (const c of r.containers) visit(c);
    };
    for (const r of touched) visit(r);
  }

  private roundContext(layoutTable: LayoutTable): RoundContext {
    return {
      draft: this.draftState,
      catalogs: this.ctx.catalogs,
      layoutTable,
      unitNames: this.ctx.unitNames,
      projects: this.ctx.projects,
    };
  }

  /** Re-checks one row's 尾差; `fresh`: no 尾差 findings are stored (nothing to clear). */
  private recheckRow(row: RowState, rc: RoundContext, fresh = false): void {
    const checked = checkRowRounding(row, rc);
    if (fresh && checked.length === 0) return;
    const key = `${row.section.table.spec.id}|${row.section.spec.id}|${row.key}`;
    this.found.set(
      'round',
      key,
      checked.map((f) => ({ ...f, severity: this.roundSeverity })),
    );
  }

  private materialize(p: { table: TableState; layoutTable: LayoutTable }): DerivedTable {
    const id = p.table.spec.id;
    const hasRounding = this.found.tableHasRounding(id);
    this.lookup ??= new DraftLookup(this.draftState);
    const ctx = {
      draft: this.draftState,
      lookup: this.lookup,
      catalogs: this.ctx.catalogs,
      layoutTable: p.layoutTable,
      hasRoundingDifference: hasRounding,
    };
    if (p.table.spec.kind === 'text')
      return buildTextTable(p.table, this.ctx.auxSection('projects'), ctx, this.textTable);
    return materializeTable(p.table, ctx);
  }
}

const NO_FINDINGS: Finding[] = [];

/** The entity of a line that an entity rule checks. */
function entityKey(entity: Entity, e: LineEntry): string {
  switch (entity) {
    case 'unit':
      return e.fact.unit;
    case 'project':
      return e.fact.project;
    case 'signature':
      return factSignature(e.fact);
    case 'function':
      return e.fact.function;
  }
}

function partOf(key: keyof Draft): DraftPart {
  switch (key) {
    case 'units':
      return 'units';
    case 'projects':
      return 'projects';
    case 'text':
      return 'text';
    case 'prior':
      return 'prior';
    case 'department':
      return 'department';
    case 'assets':
      return 'assets';
    case 'reviews':
      return 'reviews';
    default:
      return 'meta';
  }
}
