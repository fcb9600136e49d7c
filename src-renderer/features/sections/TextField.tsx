import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Stores the text; returns a Chinese reason when it is refused (the text stays in the field). */
  onCommit(text: string): string | null;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: string;
  readOnly?: boolean;
  className?: string;
}

/**
 * A labelled field of the draft head (部门名称, 主要职能 …): edited freely, stored when it loses focus
 * (or on Enter in a one-line field) as one undo step; Esc gives back the stored text. While the
 * field holds unstored text, Ctrl+Z undoes typing in the field, not the draft.
 */
export function TextField({ label, value, onCommit, multiline, rows = 4, placeholder, hint, readOnly, className }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);

  const commit = () => {
    if (text === value) {
      setProblem(null);
      return;
    }
    setProblem(onCommit(text));
  };
  const common = {
    id,
    value: text,
    placeholder,
    readOnly,
    'aria-invalid': problem !== null || undefined,
    'data-dirty': text !== value || undefined,
    onFocus: () => { focused.current = true; },
    onBlur: () => { focused.current = false; commit(); },
  };
  return (
    <div className={`text-field${multiline ? ' multiline' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Escape') { setText(value); setProblem(null); } }}
        />
      ) : (
        <input
          {...common}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'Enter') { e.preventDefault(); commit(); }
            if (e.key === 'Escape') { setText(value); setProblem(null); }
          }}
        />
      )}
      {hint && !problem && <small className="field-hint">{hint}</small>}
      {problem && <small className="field-problem" role="alert">{label}：{problem}，未保存。</small>}
    </div>
  );
}
