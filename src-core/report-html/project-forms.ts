import type { DerivedTable } from '../domain/tables/derived';
import {
  PROJECT_FORM_COLUMN_PERCENTS,
  projectForms,
  type ProjectForm,
  type ProjectFormCell,
} from '../export/paper/project-form';
import { esc } from './escape';
import { CHUNK_LINES } from './table-chunks';

/**
 * A table printed as one form per project (Chongqing 表十 项目绩效目标表), from the paper model the
 * Excel sheet draws too (export/paper/project-form.ts): each project's form is a `<table>` of its
 * own, kept together on a page where it fits (a form longer than a page goes on over the next),
 * the forms one below the other. Field names are set as header cells, a field the draft lacks is
 * blank. Forms are gathered into sheets of at most `maxLines` lines, so that a draft of thousands
 * of projects prints in parts (print-parts.ts) as a long table does.
 */

const CELL_CLASS = { text: 'c-text', centered: 'c-text c-center', prose: 'c-prose', amount: 'c-amount' } as const;

function cellHtml(c: ProjectFormCell): string {
  const span = c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '';
  if (c.kind === 'label') return `<th${span}>${esc(c.text)}</th>`;
  return `<td class="${CELL_CLASS[c.kind]}"${span}>${esc(c.text)}</td>`;
}

const COLGROUP = `<colgroup>${PROJECT_FORM_COLUMN_PERCENTS.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;

/** One project's form as a printed table. */
export function projectFormHtml(form: ProjectForm): string {
  const rows = form.lines.map((l) => `<tr>${l.cells.map(cellHtml).join('')}</tr>`);
  return `<table class="form project-form">${COLGROUP}<tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The forms of every project as the contents of printed sheets (one string a sheet, at least one;
 * empty when the table has no project): a new sheet starts when the next form would take the
 * sheet past `maxLines` lines.
 */
export function projectFormSheets(table: DerivedTable, departmentName: string, maxLines = CHUNK_LINES): string[] {
  const sheets: string[] = [];
  let current: string[] = [];
  let lines = 0;
  for (const form of projectForms(table, departmentName)) {
    if (current.length > 0 && lines + form.lines.length > maxLines) {
      sheets.push(current.join('\n'));
      current = [];
      lines = 0;
    }
    current.push(projectFormHtml(form));
    lines += form.lines.length;
  }
  sheets.push(current.join('\n'));
  return sheets;
}
