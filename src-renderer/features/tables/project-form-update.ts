import type { DerivedColumn, DerivedRow, DerivedTable } from '../../../src-core/domain/tables/derived';
import { formAmounts, isIndicator, projectForm, type ProjectForm } from '../../../src-core/export/paper/project-form';

/** More changed rows than this: the forms are made afresh (patching would cost as much). */
const MAX_CHANGED = 256;

/** The forms of a table printed one per project, with what they were made from. */
export interface MadeProjectForms {
  table: DerivedTable;
  departmentName: string;
  amounts: DerivedColumn[];
  forms: ProjectForm[];
  /** Per row of the table, the form showing it (-1: none, an unprinted project). */
  formOf: Int32Array;
  /** Per form, the row of its project. */
  headAt: Int32Array;
}

function sameAmounts(a: readonly DerivedColumn[], b: readonly DerivedColumn[]): boolean {
  return a.length === b.length && a.every((c, i) => c.key === b[i].key && c.title === b[i].title);
}

/** The form of the project whose row is `rows[head]`, with its printed indicator rows. */
function formAt(rows: readonly DerivedRow[], head: number, amounts: DerivedColumn[], departmentName: string) {
  let end = head + 1;
  while (end < rows.length && isIndicator(rows[end])) end++;
  const indicators = rows.slice(head + 1, end).filter((r) => r.printed);
  return { form: projectForm({ head: rows[head], indicators }, amounts, departmentName), end };
}

function makeAll(table: DerivedTable, departmentName: string, amounts: DerivedColumn[]): MadeProjectForms {
  const rows = table.rows;
  const forms: ProjectForm[] = [];
  const heads: number[] = [];
  const formOf = new Int32Array(rows.length).fill(-1);
  for (let i = 0; i < rows.length;) {
    const { form, end } = formAt(rows, i, amounts, departmentName);
    if (rows[i].printed) {
      formOf.fill(forms.length, i, end);
      heads.push(i);
      forms.push(form);
    }
    i = end;
  }
  return { table, departmentName, amounts, forms, formOf, headAt: Int32Array.from(heads) };
}

/**
 * The project forms of `table` (Chongqing 表十 on screen), made from the last ones. The engine hands
 * out the same row objects while a project's content stays the same, so the rows an edit changed
 * are found by identity: when the table has as many rows as before and each changed row is still
 * a printed project or indicator row where it was, only the forms of those projects are made
 * again; every other form stays the same object (the screen skips its lines). Anything else is
 * made afresh. The result equals `projectForms(table, departmentName)`.
 */
export function updateProjectForms(
  last: MadeProjectForms | null,
  table: DerivedTable,
  departmentName: string,
): MadeProjectForms {
  if (last?.table === table && last.departmentName === departmentName) return last;
  const amounts = formAmounts(table);
  if (!last || last.departmentName !== departmentName || !sameAmounts(last.amounts, amounts))
    return makeAll(table, departmentName, amounts);
  const before = last.table.rows;
  const after = table.rows;
  if (before.length !== after.length) return makeAll(table, departmentName, amounts);
  const touched = new Set<number>();
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a === b) continue;
    const f = last.formOf[i];
    if (f < 0 || !b.printed || !a.printed || isIndicator(a) !== isIndicator(b) || touched.size === MAX_CHANGED)
      return makeAll(table, departmentName, amounts);
    touched.add(f);
  }
  const forms = touched.size === 0 ? last.forms : last.forms.slice();
  for (const f of touched) forms[f] = formAt(after, last.headAt[f], amounts, departmentName).form;
  return { ...last, table, forms };
}
