import { longKeysOf } from '../../../src-core/export/paper/long-labels';
import type { DerivedRow, DerivedTable } from '../../../src-core/domain/tables/derived';
import { paperForm, type PaperForm } from './paper-grid';

/** More changed rows than this: the form is made afresh (patching would cost as much). */
const MAX_CHANGED = 256;

/** A paper form with the table it was made from. */
export interface MadeForm {
  table: DerivedTable;
  form: PaperForm;
}

function sameColumns(a: DerivedTable, b: DerivedTable): boolean {
  if (a.labelColumns.length !== b.labelColumns.length || a.columns.length !== b.columns.length) return false;
  for (let i = 0; i < a.labelColumns.length; i++) {
    const x = a.labelColumns[i];
    const y = b.labelColumns[i];
    if (x.key !== y.key || x.title !== y.title) return false;
  }
  for (let i = 0; i < a.columns.length; i++) {
    const x = a.columns[i];
    const y = b.columns[i];
    if (x.key !== y.key || x.title !== y.title || x.printed !== y.printed || x.section !== y.section) return false;
    if (x.group !== y.group) return false;
  }
  return a.columnNumbers === b.columnNumbers;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * The paper form of `table`, made from the last one when only a few rows changed: a keystroke in
 * a draft of 200,000 lines replaces one project's rows of T11's 68,000, and making the whole form
 * again (sides, prose columns, 68,000 lines) took ~20 ms of the frame. Unchanged rows are the same
 * objects (the engine keeps them), so the changed ones are found by identity; the form's lines
 * at those places are replaced and every other line stays the same array, which the screen then
 * skips without looking into it. Only a one-sided table whose rows are all printed, whose columns
 * are the same and whose changed rows keep their prose fields is patched; anything else is made
 * afresh by `paperForm`, which gives the same result.
 */
export function updatePaperForm(last: MadeForm | null, table: DerivedTable): MadeForm {
  if (last?.table === table) return last;
  const patched = last && patch(last, table);
  return { table, form: patched ?? paperForm(table) };
}

function patch(last: MadeForm, table: DerivedTable): PaperForm | null {
  const { form } = last;
  const before = last.table.rows;
  const after = table.rows;
  if (form.sides.length !== 1 || before.length !== after.length || form.lines.length !== after.length) return null;
  if (!sameColumns(last.table, table)) return null;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    if (changed.length === MAX_CHANGED) return null;
    changed.push(i);
  }
  if (changed.length === 0) return form;
  for (const i of changed) if (!stillFits(before[i], after[i])) return null;
  const lines = form.lines.slice();
  for (const i of changed) lines[i] = [after[i]];
  return { ...form, sides: [{ ...form.sides[0], rows: after }], lines };
}

/** A changed row may be patched in place: printed as before and with the same prose fields. */
function stillFits(a: DerivedRow, b: DerivedRow): boolean {
  return a.printed && b.printed && a.section === b.section && sameKeys(longKeysOf(a), longKeysOf(b));
}
