import type { FinalDraftHead } from '../../draft/types';
import { toCents, type Cents } from '../../money/cents';
import type { DerivedRow } from '../../tables/derived';
import type { FinalEngine } from '../final-engine';
import type { FinalDerivedTable } from '../final-tables';

/**
 * Every figure the printed 决算 reads, from the engine (docs/final-accounts.md “The printed
 * 情况说明”): the cells of the published tables F01–F09 at full precision (so a figure in the text
 * is the table's cell rounded the same way), the engine's aggregates (metrics, 一般公共预算 by
 * function), last year's 决算数 and the budget figures. Nothing is retyped; the only sums made here
 * are what no table holds — spending per project and 政府采购 per kind — added in 分 from the lines.
 */
export class FinalFigures {
  private readonly byId: ReadonlyMap<string, FinalDerivedTable>;

  constructor(readonly engine: FinalEngine) {
    this.byId = new Map(engine.tables().map((t) => [t.id, t]));
  }

  get draft(): FinalDraftHead {
    return this.engine.head;
  }

  /** The published tables, in the layout's order. */
  tables(): FinalDerivedTable[] {
    return [...this.byId.values()];
  }

  table(id: string): FinalDerivedTable | undefined {
    return this.byId.get(id);
  }

  row(tableId: string, rowKey: string): DerivedRow | undefined {
    return this.byId.get(tableId)?.rows.find((r) => r.key === rowKey);
  }

  /** A cell of a published table at full precision, in 分 (0 when the table, row or column is absent). */
  cell(tableId: string, rowKey: string, column: string): Cents {
    const row = this.row(tableId, rowKey);
    return row ? this.exact(tableId, row, column) : 0;
  }

  /** A row's cell at full precision, in 分. */
  exact(tableId: string, row: DerivedRow, column: string): Cents {
    const text = row.exact[column];
    const unit = this.byId.get(tableId)?.unit ?? this.draft.publishUnit;
    return text === undefined ? 0 : (toCents(text, unit) ?? 0);
  }

  /** True when a table prints the column (F05's 年初预算数 only when the draft gives them). */
  hasColumn(tableId: string, column: string): boolean {
    return this.byId.get(tableId)?.columns.some((c) => c.key === column) ?? false;
  }

  /** Rows of a table with the function or economic code of the given length (3 类, 5 款, 7 项). */
  codeRows(tableId: string, prefix: 'fn:' | 'econ:', length: number): DerivedRow[] {
    return (this.byId.get(tableId)?.rows ?? []).filter((r) => r.key.startsWith(prefix) && r.code.length === length);
  }

  /** An aggregate of the engine (`income`, `basic`, `officeOperation`, `fn:<code>` …), in 分. */
  metric(key: string): Cents {
    return this.engine.metric(key);
  }

  /** Last year's 决算数 of a key, or null when the draft does not give it. */
  prior(key: string): Cents | null {
    return this.engine.ruleContext.prior(key);
  }

  /** 全年预算数 (`adjusted`) or 年初预算数 (`initial`) of a key, or null when the draft does not give it. */
  budget(which: 'initial' | 'adjusted', key: string): Cents | null {
    return this.engine.ruleContext.budgetFigure(which === 'initial' ? 'budget.initial' : 'budget.adjusted', [key]);
  }

  /** 一般公共预算财政拨款 project spending per project, in the order of `projects`, non-zero. */
  gpbProjects(): { name: string; cents: Cents }[] {
    const sums = new Map<string, Cents>();
    const unit = this.draft.amountUnit;
    for (const id of this.engine.lineIds('expense')) {
      const line = this.engine.line('expense', id);
      if (!line || line.source !== 'gpb' || line.kind !== 'project' || !line.project) continue;
      sums.set(line.project, (sums.get(line.project) ?? 0) + (toCents(line.amount, unit) ?? 0));
    }
    return this.draft.projects
      .filter((p) => (sums.get(p.code) ?? 0) !== 0)
      .map((p) => ({ name: p.name, cents: sums.get(p.code) ?? 0 }));
  }

  /** 政府采购 by kind and the part granted to 中小企业, in 分. */
  procurement(): { goods: Cents; works: Cents; services: Cents; sme: Cents } {
    const out = { goods: 0, works: 0, services: 0, sme: 0 };
    const unit = this.draft.amountUnit;
    for (const id of this.engine.lineIds('procurement')) {
      const line = this.engine.line('procurement', id);
      if (!line) continue;
      out[line.kind] += toCents(line.amount, unit) ?? 0;
      out.sme += line.sme ? (toCents(line.sme, unit) ?? 0) : 0;
    }
    return out;
  }
}
