import { factSignature, type Fact } from '../engine/facts';
import { FindingsStore } from '../engine/findings-store';
import type { RowState, TableState } from '../engine/pivot';
import { checkRowRounding, type RoundContext } from '../rules/defs/r-round';
import type { Finding, LineRule, Severity } from '../rules/types';
import type { Stream } from '../tables/spec';
import { FINAL_LINE_STREAMS, type FinalLineStream } from './final-facts';
import type { FinalLayoutTable } from './layout';
import type { FinalRuleContext } from './rule-context';
import type { FinalRule, FinalRuleEntry, FinalTrigger } from './rules/types';

/** The budget stream whose line rules a 决算 stream runs (balances have none of their own). */
const RULE_STREAM: Record<FinalLineStream, Stream | null> = {
  expense: 'expense',
  income: 'income',
  balance: null,
  procurement: 'procurement',
};

/** A published table and its layout entry. */
export interface PublishedTable {
  table: TableState;
  layoutTable: FinalLayoutTable;
}

/**
 * The findings of a 决算 engine and how they are kept current: the rules in force (split by kind),
 * the keyed rules re-checked for the entities a change touched, and 尾差 (R-ROUND) re-checked on the
 * rows a change touched — the bookkeeping of BudgetEngine, for the 决算 rules.
 */
export class FinalChecks {
  readonly found = new FindingsStore();
  /** Line rules per stream, and all of them. */
  readonly lineRules: Record<FinalLineStream, LineRule[]> = { expense: [], income: [], balance: [], procurement: [] };
  allLineRules: LineRule[] = [];
  private keyedRules: FinalRule[] = [];
  /** Keys each keyed rule has findings for. */
  private readonly ruleKeys = new Map<string, Set<string>>();
  private order = new Map<string, number>();
  private roundEnabled = true;
  private roundSeverity: Severity = 'warning';

  /** Takes the rules in force and forgets every finding. */
  reset(rules: readonly FinalRuleEntry[]): void {
    this.order = new Map(rules.map((r, i) => [r.id, i]));
    this.allLineRules = rules.filter((r): r is LineRule => r.scope === 'line');
    for (const stream of FINAL_LINE_STREAMS) {
      const s = RULE_STREAM[stream];
      this.lineRules[stream] = s ? this.allLineRules.filter((r) => r.streams.includes(s)) : [];
    }
    this.keyedRules = rules.filter((r): r is FinalRule => r.scope === 'final');
    const round = rules.find((r) => r.id === 'R-ROUND');
    this.roundEnabled = round !== undefined;
    this.roundSeverity = round?.severity ?? 'warning';
    this.found.clear();
    this.ruleKeys.clear();
  }

  /** Sorts findings: errors first, then in the order of the rules in force (stable within a rule). */
  sort(findings: Finding[]): Finding[] {
    const rank = (f: Finding) => this.order.get(f.rule) ?? 99;
    return findings.sort(
      (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || rank(a) - rank(b),
    );
  }

  /** After a line change: the keyed rules of its stream, for `*` and the entities of its facts. */
  afterLineChange(ctx: FinalRuleContext, stream: FinalLineStream, old: readonly Fact[], now: readonly Fact[]): void {
    for (const rule of this.keyedRules) {
      if (!rule.triggers.includes(stream)) continue;
      const keys = new Set<string>(['*']);
      if (rule.entity) for (const f of [...old, ...now]) keys.add(entityKey(rule.entity, f));
      for (const key of keys) this.runKeyedRule(ctx, rule, key);
    }
  }

  /** Re-checks every key of the rules a trigger concerns (null: all rules). */
  runKeyedRulesFully(ctx: FinalRuleContext, trigger: FinalTrigger | null): void {
    for (const rule of this.keyedRules) {
      if (trigger !== null && !rule.triggers.includes(trigger)) continue;
      for (const key of [...(this.ruleKeys.get(rule.id) ?? [])]) this.found.set('entity', `${rule.id}|${key}`, []);
      this.ruleKeys.delete(rule.id);
      this.runKeyedRule(ctx, rule, '*', true);
      for (const key of rule.keys(ctx)) this.runKeyedRule(ctx, rule, key, true);
    }
  }

  /** Re-checks the 尾差 of every row of every published table. */
  recheckAllRounding(published: readonly PublishedTable[], rc: (lt: FinalLayoutTable) => RoundContext): void {
    this.found.clearSource('round');
    if (!this.roundEnabled) return;
    for (const p of published) {
      const context = rc(p.layoutTable);
      for (const s of p.table.sections) {
        for (const r of s.fixedRows) this.recheckRow(r, context, true);
        for (const r of s.groupRowList) this.recheckRow(r, context, true);
      }
    }
  }

  /** Re-checks the 尾差 of the rows a change touched and of the rows summing them. */
  recheckRounding(
    touched: readonly RowState[],
    published: readonly PublishedTable[],
    rc: (lt: FinalLayoutTable) => RoundContext,
  ): void {
    if (!this.roundEnabled) return;
    const seen = new Set<RowState>();
    const visit = (r: RowState) => {
      if (seen.has(r)) return;
      seen.add(r);
      const p = published.find((x) => x.table === r.section.table);
      if (!p) return;
      this.recheckRow(r, rc(p.layoutTable));
      if (r.parent) visit(r.parent);
      else for (const c of r.containers) visit(c);
    };
    for (const r of touched) visit(r);
  }

  private runKeyedRule(ctx: FinalRuleContext, rule: FinalRule, key: string, fresh = false): void {
    const drafts = rule.check(key, ctx);
    if (fresh && drafts.length === 0) return;
    const found = drafts.map((f) => ({ rule: rule.id, severity: rule.severity, ...f }));
    let keys = this.ruleKeys.get(rule.id);
    if (!keys) this.ruleKeys.set(rule.id, (keys = new Set()));
    if (found.length > 0) keys.add(key);
    else keys.delete(key);
    this.found.set('entity', `${rule.id}|${key}`, found);
  }

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
}

function entityKey(entity: NonNullable<FinalRule['entity']>, f: Fact): string {
  switch (entity) {
    case 'unit':
      return f.unit;
    case 'function':
      return f.function;
    case 'signature':
      return factSignature(f);
  }
}
