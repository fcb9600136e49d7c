import { useEffect, useRef } from 'react';
import type { Finding } from '../../../src-core/domain/rules/types';
import { NoteEditor } from './NoteEditor';
import { ruleTitle } from './review-notes';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '提示' };

/** Where a finding's 定位 button leads (a line of 支出明细, or another section), or nothing. */
export interface FindingPlace {
  label: string;
  go(): void;
}

interface Props {
  finding: Finding;
  place: FindingPlace | null;
  /** Whether this warning's 出错说明 editor is open. */
  editing: boolean;
  onEdit(): void;
  onCloseEditor(): void;
  /** Stores the note (blank removes the explanation). */
  onSaveNote(note: string): void;
}

const NO_NOTE_FOR_ERRORS = '错误必须修改，不能以说明代替';

/**
 * One finding of 审核: severity, rule, message, a 定位 button; a warning also carries its 出错说明
 * (已说明 and the note) and the actions to write, change or delete it. Errors cannot be explained.
 */
export function FindingItem({ finding: f, place, editing, onEdit, onCloseEditor, onSaveNote }: Props) {
  const action = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  // After the editor closes, the keyboard returns to this warning (so that Ctrl+Z reaches the panel).
  useEffect(() => {
    if (wasEditing.current && !editing && (!document.activeElement || document.activeElement === document.body))
      action.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const warning = f.severity === 'warning';
  return (
    <li className={`finding ${f.severity}${f.explained ? ' is-explained' : ''}`} data-rule={f.rule}>
      <div className="finding-head">
        <span className="severity">{SEVERITY_LABEL[f.severity]}</span>
        <span className="rule-title">{ruleTitle(f.rule)}</span>
        <code className="rule-id">{f.rule}</code>
        {f.explained && <span className="explained">已说明</span>}
        <span className="finding-actions">
          {warning && !editing && (
            <button type="button" ref={action} className="finding-note-action" onClick={onEdit}>
              {f.explained ? '修改说明' : '填写说明'}
            </button>
          )}
          {warning && f.explained && !editing && (
            <button type="button" className="finding-note-action" onClick={() => onSaveNote('')}>
              删除说明
            </button>
          )}
          {!warning && (
            <span className="finding-no-note" title={NO_NOTE_FOR_ERRORS}>
              须修改
            </span>
          )}
          {place && (
            <button type="button" className="finding-goto" onClick={place.go}>
              {place.label}
            </button>
          )}
        </span>
      </div>
      <p className="finding-message">{f.message}</p>
      {f.explained && !editing && (
        <p className="finding-note">
          <span className="finding-note-label">出错说明：</span>
          {f.explained}
        </p>
      )}
      {editing && (
        <NoteEditor
          initial={f.explained ?? ''}
          onSave={(note) => {
            onCloseEditor();
            onSaveNote(note);
          }}
          onCancel={onCloseEditor}
        />
      )}
    </li>
  );
}
