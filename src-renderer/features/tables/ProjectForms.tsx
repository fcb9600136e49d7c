import { memo, useMemo, useRef, type RefObject } from 'react';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import {
  PROJECT_FORM_COLUMN_PERCENTS,
  PROJECT_FORM_WIDTH,
  type ProjectForm,
  type ProjectFormCell,
  type ProjectFormLine,
} from '../../../src-core/export/paper/project-form';
import { PaperGap } from './PaperGap';
import { CHUNK_LINES } from './paper-window';
import { updateProjectForms, type MadeProjectForms } from './project-form-update';
import { usePaperWindow } from './use-paper-window';

interface Props {
  table: DerivedTable;
  departmentName: string;
  scrollRoot?: RefObject<HTMLElement | null>;
}

const CELL_CLASS = { text: 'text', centered: 'text centered', prose: 'prose', amount: 'amount' } as const;

/** A field's name heads its row; the line of indicator titles heads the columns below it. */
function formCell(c: ProjectFormCell, scope: 'row' | 'col') {
  const span = c.colSpan > 1 ? c.colSpan : undefined;
  if (c.kind === 'label')
    return (
      <th key={c.col} colSpan={span} scope={scope}>
        {c.text}
      </th>
    );
  return (
    <td key={c.col} className={CELL_CLASS[c.kind]} colSpan={span}>
      {c.text}
    </td>
  );
}

/** One line of a form; drawn again only when its form was made again (an edit in that project). */
const FormRow = memo(function FormRow({ line }: { line: ProjectFormLine | null }) {
  if (!line)
    return (
      <tr className="form-gap" aria-hidden="true">
        <td colSpan={PROJECT_FORM_WIDTH} />
      </tr>
    );
  const scope = line.cells.every((c) => c.kind === 'label') ? 'col' : 'row';
  return <tr>{line.cells.map((c) => formCell(c, scope))}</tr>;
});

/**
 * The lines of the screen: each form's lines (the same objects while the form is), `null` for the
 * space between two forms. No object is made per line: at 20,000 projects there are 200,000.
 */
function screenLines(forms: readonly ProjectForm[]): (ProjectFormLine | null)[] {
  const out: (ProjectFormLine | null)[] = [];
  for (let i = 0; i < forms.length; i++) {
    if (i > 0) out.push(null);
    const lines = forms[i].lines;
    for (let j = 0; j < lines.length; j++) out.push(lines[j]);
  }
  return out;
}

/**
 * A table printed one form per project (Chongqing 表十 项目绩效目标表) as on paper: the forms of
 * the Excel sheet and the printed report (export/paper/project-form.ts), one below the other. A
 * draft of many projects draws only the blocks of lines near the view (use-paper-window.ts), and
 * after an edit only the touched project's lines are drawn again.
 */
export function ProjectForms({ table, departmentName, scrollRoot }: Props) {
  const made = useRef<MadeProjectForms | null>(null);
  const forms = useMemo(
    () => (made.current = updateProjectForms(made.current, table, departmentName)).forms,
    [table, departmentName],
  );
  const lines = useMemo(() => screenLines(forms), [forms]);
  const tableRef = useRef<HTMLTableElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const win = usePaperWindow(lines.length, scrollRoot, tableRef, headRef);
  const chunks = [];
  for (let c = win.first; c <= win.last; c++) {
    const part = lines.slice(c * CHUNK_LINES, (c + 1) * CHUNK_LINES);
    chunks.push(
      <tbody key={c} data-chunk={c}>
        {part.map((line, i) => (
          // By place in the block: a line drawn as before (the same object) is skipped by the memo.
          <FormRow key={i} line={line} />
        ))}
      </tbody>,
    );
  }
  return (
    <table className="paper-grid project-forms" ref={tableRef} data-forms={forms.length}>
      <colgroup>
        {PROJECT_FORM_COLUMN_PERCENTS.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead ref={headRef} />
      {win.before > 0 && <PaperGap height={win.before} width={PROJECT_FORM_WIDTH} />}
      {chunks}
      {win.after > 0 && <PaperGap height={win.after} width={PROJECT_FORM_WIDTH} />}
    </table>
  );
}
