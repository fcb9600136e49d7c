import { Decimal } from '../money/decimal';
import { ROUNDING_NOTE } from './notes';
import type { DerivedColumn, DerivedRow, DerivedTable } from './derived';
import { RoundingNetwork } from './rounding-network';

/**
 * 舍位平衡 (balance rounding) of the published tables, an export option (docs/tables.md “Conventions”):
 * every cell is first rounded on its own, so a displayed total can differ from the sum of its
 * displayed parts by a few 0.01 (尾差). Balancing adjusts the displayed parts so that every
 * displayed total is the sum of its displayed parts. The draft and the exact figures never change.
 *
 * Method (standard 舍位平衡, in its exact form): within each independent block (a total row that is
 * part of nothing × a total column that is part of nothing) the leaf cells (rows that total nothing
 * × columns that total nothing) are rounded to floor or ceiling so that they add up to the rounded
 * grand total of the block; every total is then the sum of its adjusted parts. Which leaves go up
 * is chosen as the largest-remainder method would for a one-level table, generalised to nested
 * rows and columns: a minimum-cost integer flow over the two trees of sums (rows × columns),
 * starting from the plainly rounded table and moving as few 0.01s as possible, so that
 *  - the grand total of every block keeps its rounded value;
 *  - every leaf cell, every row total (in the total column), every leaf row's column totals, and
 *    every column total in the grand-total row stays within 0.01 of its exact value (floor/ceil);
 *  - the remaining totals (e.g. 201 × 基本支出) are sums of cells within 0.01 each.
 * Integral solutions exist because the constraints of two nested families form a network.
 * A total that is not exactly the sum of its listed parts (a line coded above the lowest level)
 * keeps its own difference as a hidden residual part.
 */
export function balanceRounding(tables: readonly DerivedTable[]): DerivedTable[] {
  return tables.map(balanceTable);
}

/** One table balanced (a new table; `values` adjusted, everything else shared). */
export function balanceTable(table: DerivedTable): DerivedTable {
  const values = new Map<DerivedRow, Record<string, string>>();
  for (const section of sectionsOf(table)) balanceSection(section, values);
  const balanced =
    values.size === 0
      ? table
      : {
          ...table,
          rows: table.rows.map((r) => {
            const v = values.get(r);
            return v ? { ...r, values: v } : r;
          }),
        };
  // Once every total is the sum of its parts the 尾数 note no longer applies.
  if (!balanced.notes.includes(ROUNDING_NOTE) || sumDifferences(balanced).length > 0) return balanced;
  return { ...balanced, notes: balanced.notes.filter((n) => n !== ROUNDING_NOTE) };
}

/** A displayed total that is not the sum of its displayed parts. */
export interface SumDifference {
  section: string;
  /** `row`: a row against its part rows in one column; `column`: a column against its part columns in one row. */
  relation: 'row' | 'column';
  row: string;
  column: string;
  shown: string;
  partsSum: string;
}

/**
 * Every relation (row parts and column `sumOf`, printed or not — but for a total printed nowhere and
 * part of nothing) whose displayed values do not add up. Cells a part lacks (the prior-year block of T07) are not a relation.
 */
export function sumDifferences(table: DerivedTable): SumDifference[] {
  const out: SumDifference[] = [];
  for (const { id, rows, columns } of sectionsOf(table)) {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const check = (
      relation: SumDifference['relation'],
      row: DerivedRow,
      column: string,
      shown: string | undefined,
      parts: (string | undefined)[],
    ) => {
      if (shown === undefined || parts.length === 0 || parts.some((p) => p === undefined)) return;
      const sum = parts.reduce((s: Decimal, p) => s.plus(p!), new Decimal(0));
      if (!sum.eq(shown)) out.push({ section: id, relation, row: row.key, column, shown, partsSum: sum.toFixed(2) });
    };
    for (const row of rows) {
      const parts = (row.parts ?? []).map((k) => byKey.get(k));
      if (parts.some((p) => !p)) continue;
      for (const c of columns)
        check(
          'row',
          row,
          c.key,
          row.values[c.key],
          parts.map((p) => p!.values[c.key]),
        );
    }
    for (const c of columns) {
      if (!c.sumOf) continue;
      for (const row of rows)
        check(
          'column',
          row,
          c.key,
          row.values[c.key],
          c.sumOf.map((k) => row.values[k]),
        );
    }
  }
  return out;
}

// ---- sections and sum trees ------------------------------------------------------------------

interface Section {
  id: string;
  rows: DerivedRow[];
  columns: DerivedColumn[];
}

/**
 * The sections of a table with the rows that take part in balancing: every row but a total that is
 * printed nowhere and part of nothing (公开06表's 合计 under its column blocks). Such a total has
 * no displayed value to agree with, and anchoring the printed totals to it would pull one of them
 * 0.01 away from its own printed parts.
 */
function sectionsOf(table: DerivedTable): Section[] {
  const ids = [...new Set([...table.columns.map((c) => c.section), ...table.rows.map((r) => r.section)])];
  const parts = new Set(table.rows.flatMap((r) => r.parts ?? []));
  const takesPart = (r: DerivedRow) => r.printed || parts.has(r.key);
  return ids.map((id) => ({
    id,
    rows: table.rows.filter((r) => r.section === id && takesPart(r)),
    columns: table.columns.filter((c) => c.section === id),
  }));
}

/** A node of a sum tree: the rows (or columns) showing one value, and the nodes it sums. */
interface SumNode {
  index: number;
  keys: string[];
  children: SumNode[];
  parent: SumNode | null;
  /** A hidden residual part (a total minus its listed parts), never displayed. */
  virtual: boolean;
}

/** The forest of sums over `keys`, or null when the parts do not nest (not a forest). */
function sumForest(keys: readonly string[], partsOf: (key: string) => readonly string[] | undefined): SumNode[] | null {
  const known = new Set(keys);
  const nodes: SumNode[] = [];
  const nodeOf = new Map<string, SumNode>();
  const bySignature = new Map<string, SumNode>();
  const visiting = new Set<string>();
  let nested = true;
  const make = (key: string, children: SumNode[]): SumNode => {
    const node: SumNode = { index: nodes.length, keys: [key], children, parent: null, virtual: false };
    nodes.push(node);
    return node;
  };
  const visit = (key: string): SumNode => {
    const done = nodeOf.get(key);
    if (done) return done;
    if (visiting.has(key)) {
      nested = false;
      return make(key, []);
    }
    visiting.add(key);
    const parts = (partsOf(key) ?? []).filter((p) => known.has(p));
    let node: SumNode;
    if (parts.length === 0) node = make(key, []);
    else {
      const children = parts.map(visit);
      const signature = children
        .map((c) => c.index)
        .sort((a, b) => a - b)
        .join(',');
      const same = bySignature.get(signature);
      if (same) {
        same.keys.push(key); // e.g. T02 合计 and the department row: both the sum of the units
        node = same;
      } else {
        node = make(key, children);
        bySignature.set(signature, node);
        if (new Set(children).size !== children.length) nested = false;
        for (const c of children) {
          if (c.parent) nested = false;
          c.parent = node;
        }
      }
    }
    visiting.delete(key);
    nodeOf.set(key, node);
    return node;
  };
  for (const k of keys) visit(k);
  return nested ? nodes : null;
}

function addVirtual(nodes: SumNode[], parent: SumNode): void {
  const v: SumNode = { index: nodes.length, keys: [], children: [], parent, virtual: true };
  nodes.push(v);
  parent.children.push(v);
}

const HUNDRED = new Decimal(100);
/** Cell keys are `row node × MAX_COLUMNS + column node` (a section has a few dozen columns at most). */
const MAX_COLUMNS = 4096;
const ZERO = new Decimal(0);

function balanceSection(section: Section, out: Map<DerivedRow, Record<string, string>>): void {
  const { rows } = section;
  // Only columns every row has a figure for take part (not T07's prior-year block, not T11).
  const columns = section.columns.filter((c) => rows.length > 0 && rows.every((r) => r.exact[c.key] !== undefined));
  if (columns.length === 0) return;
  const rowByKey = new Map(rows.map((r) => [r.key, r]));
  const colByKey = new Map(columns.map((c) => [c.key, c]));
  const rowNodes = sumForest(
    rows.map((r) => r.key),
    (k) => rowByKey.get(k)!.parts,
  );
  const colNodes = sumForest(
    columns.map((c) => c.key),
    (k) => colByKey.get(k)!.sumOf,
  );
  if (!rowNodes || !colNodes) return;

  // Exact values in steps of 0.01, E(row node, column node); residual parts derived on demand.
  const realRows = rowNodes.length;
  const realCols = colNodes.length;
  const memo = new Map<number, Decimal>();
  const residual = (whole: Decimal, parts: Decimal[]) => parts.reduce((s, p) => s.minus(p), whole);
  const E = (r: SumNode, c: SumNode): Decimal => {
    const at = r.index * MAX_COLUMNS + c.index;
    let v = memo.get(at);
    if (v === undefined) {
      if (r.virtual)
        v = residual(
          E(r.parent!, c),
          r.parent!.children.filter((x) => x !== r).map((x) => E(x, c)),
        );
      else if (c.virtual)
        v = residual(
          E(r, c.parent!),
          c.parent!.children.filter((x) => x !== c).map((x) => E(r, x)),
        );
      else v = new Decimal(rowByKey.get(r.keys[0])!.exact[c.keys[0]]).times(HUNDRED);
      memo.set(at, v);
    }
    return v;
  };
  for (let i = 0; i < realCols; i++) {
    const c = colNodes[i];
    if (
      c.children.length > 0 &&
      rowNodes.slice(0, realRows).some(
        (r) =>
          !residual(
            E(r, c),
            c.children.map((q) => E(r, q)),
          ).isZero(),
      )
    )
      addVirtual(colNodes, c);
  }
  for (let i = 0; i < realRows; i++) {
    const r = rowNodes[i];
    if (
      r.children.length > 0 &&
      colNodes.slice(0, realCols).some(
        (c) =>
          !residual(
            E(r, c),
            r.children.map((p) => E(p, c)),
          ).isZero(),
      )
    )
      addVirtual(rowNodes, r);
  }
  const nC = MAX_COLUMNS;

  const rowRoots = rowNodes.filter((r) => !r.parent);
  const colRoots = colNodes.filter((c) => !c.parent);
  const adjusted = new Map<number, Decimal>(); // (row node, column node) → adjusted steps
  for (const rr of rowRoots) for (const cc of colRoots) balanceBlock(rr, cc, nC, E, adjusted);

  // Only rows with a changed value get new values (an unchanged table is returned as it is).
  for (const r of rowNodes) {
    if (r.virtual) continue;
    for (const key of r.keys) {
      const row = rowByKey.get(key)!;
      for (const c of colNodes) {
        if (c.virtual) continue;
        const shown = (adjusted.get(r.index * nC + c.index) ?? ZERO).div(HUNDRED).toFixed(2);
        for (const ck of c.keys) {
          if (row.values[ck] === shown) continue;
          let values = out.get(row);
          if (!values) out.set(row, (values = { ...row.values }));
          values[ck] = shown;
        }
      }
    }
  }
}

/** Nodes of a subtree, parents before children. */
function subtree(root: SumNode): SumNode[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...out[i].children);
  return out;
}

/**
 * One block (root row × root column): builds the network of the two nested families of sums,
 * solves it, and writes the adjusted value of every (row node, column node) of the block.
 */
function balanceBlock(
  rr: SumNode,
  cc: SumNode,
  nC: number,
  E: (r: SumNode, c: SumNode) => Decimal,
  adjusted: Map<number, Decimal>,
): void {
  const rowsT = subtree(rr);
  const colsT = subtree(cc);
  const leafRows = rowsT.filter((r) => r.children.length === 0);
  const leafCols = colsT.filter((c) => c.children.length === 0);
  const at = (r: SumNode, c: SumNode) => r.index * nC + c.index;

  // Which sets hold a non-zero leaf cell (all-zero sets are fixed at zero and left out).
  const nonZero = new Set<number>();
  for (const l of leafRows) {
    for (const c of [...colsT].reverse()) {
      if (c.children.length === 0 ? !E(l, c).isZero() : c.children.some((q) => nonZero.has(at(l, q))))
        nonZero.add(at(l, c));
    }
  }
  for (const r of [...rowsT].reverse()) {
    if (r.children.length === 0) continue;
    for (const c of colsT) if (r.children.some((p) => nonZero.has(at(p, c)))) nonZero.add(at(r, c));
  }

  const cells = new Map<number, number>(); // leaf cell → its arc
  if (nonZero.has(at(rr, cc))) {
    const net = new RoundingNetwork();
    const aNode = (r: SumNode, c: SumNode) => net.node(`a${at(r, c)}`);
    const bNode = (r: SumNode, c: SumNode) => net.node(`b${at(r, c)}`);
    const isLeaf = (n: SumNode) => n.children.length === 0;
    const bParentOfCell = (l: SumNode, j: SumNode) => (l !== rr ? bNode(l.parent!, j) : bNode(rr, j.parent!));
    const setArc = (from: number, to: number, r: SumNode, c: SumNode) => {
      const arc = net.arc(from, to, E(r, c));
      if (isLeaf(r) && isLeaf(c)) cells.set(at(r, c), arc);
    };
    if (isLeaf(rr) && isLeaf(cc)) {
      cells.set(at(rr, cc), net.fixed(net.node('root'), net.node('root'), E(rr, cc).round()));
    } else {
      net.fixed(bNode(rr, cc), aNode(rr, cc), E(rr, cc).round());
      // Family A: every row node × the root column, and each leaf row × every column node.
      for (const r of rowsT) {
        if (r === rr || !nonZero.has(at(r, cc))) continue;
        setArc(aNode(r.parent!, cc), isLeaf(r) && isLeaf(cc) ? bNode(r.parent!, cc) : aNode(r, cc), r, cc);
      }
      for (const l of leafRows) {
        for (const c of colsT) {
          if (c === cc || !nonZero.has(at(l, c))) continue;
          setArc(aNode(l, c.parent!), isLeaf(c) ? bParentOfCell(l, c) : aNode(l, c), l, c);
        }
      }
      // Family B: the root row × every column node, and every row node × each leaf column.
      for (const c of colsT) {
        if (c === cc || !nonZero.has(at(rr, c)) || (isLeaf(rr) && isLeaf(c))) continue;
        net.arc(bNode(rr, c), bNode(rr, c.parent!), E(rr, c));
      }
      for (const j of leafCols) {
        for (const r of rowsT) {
          if (r === rr || isLeaf(r) || !nonZero.has(at(r, j))) continue;
          net.arc(bNode(r, j), bNode(r.parent!, j), E(r, j));
        }
      }
      net.solve();
    }
    for (const [cell, arc] of cells) adjusted.set(cell, net.value(arc));
  }

  // Every total is the sum of its adjusted leaf cells.
  for (const l of leafRows) {
    for (const c of [...colsT].reverse()) {
      const v =
        c.children.length === 0
          ? (adjusted.get(at(l, c)) ?? ZERO)
          : c.children.reduce((s, q) => s.plus(adjusted.get(at(l, q))!), ZERO);
      adjusted.set(at(l, c), v);
    }
  }
  for (const r of [...rowsT].reverse()) {
    if (r.children.length === 0) continue;
    for (const c of colsT)
      adjusted.set(
        at(r, c),
        r.children.reduce((s, p) => s.plus(adjusted.get(at(p, c))!), ZERO),
      );
  }
}
