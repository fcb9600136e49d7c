import { useEffect, useId, useRef, useState } from 'react';
import { useCommitOnLeave } from '../session/use-commit-on-leave';

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

/** Pause in typing after which the text is stored (one undo step per burst of typing). */
export const TEXT_PAUSE_MS = 500;

/**
 * A labelled field of the draft head (部门名称, 主要职能 …): stored as it is typed — after a short
 * pause (TEXT_PAUSE_MS), on blur, on Enter in a one-line field, and before the page goes away
 * (reload, closed window) — each burst of typing one undo step; Esc gives back the stored text.
 * While the field holds unstored text the header says 保存中.
 */
export function TextField({
  label,
  value,
  onCommit,
  multiline,
  rows = 4,
  placeholder,
  hint,
  readOnly,
  className,
}: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  /** The text last handed to `onCommit` or taken from `value` (the store may tidy it, e.g. trailing spaces). */
  const [handed, setHanded] = useState(value);
  const focused = useRef(false);
  // Latest typed and stored text for commits made outside a render (timer, page leaving).
  const typed = useRef(value);
  const stored = useRef(value);
  stored.current = value;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** An IME composition under way: its letters are not text yet, the pause timer waits for its end. */
  const composing = useRef(false);

  useEffect(() => {
    if (!focused.current) {
      setText(value);
      setHanded(value);
      typed.current = value;
    }
  }, [value]);

  const commit = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const t = typed.current;
    setHanded(t);
    if (t === stored.current) {
      setProblem(null);
      return;
    }
    // A refused text stays in the field with the reason; it is not offered again until changed.
    setProblem(onCommit(t));
  };
  const latestCommit = useRef(commit);
  latestCommit.current = commit;
  const startPause = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = composing.current ? null : setTimeout(() => latestCommit.current(), TEXT_PAUSE_MS);
  };
  useCommitOnLeave(text !== handed, commit);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const change = (next: string) => {
    setText(next);
    typed.current = next;
    setProblem(null);
    startPause();
  };
  const revert = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setText(value);
    setHanded(value);
    typed.current = value;
    setProblem(null);
  };
  const common = {
    id,
    value: text,
    placeholder,
    readOnly,
    'aria-invalid': problem !== null || undefined,
    'data-dirty': text !== value || undefined,
    onFocus: () => {
      focused.current = true;
    },
    onCompositionStart: () => {
      composing.current = true;
      startPause();
    },
    onCompositionEnd: () => {
      composing.current = false;
      startPause();
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
  };
  return (
    <div className={`text-field${multiline ? ' multiline' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') revert();
          }}
        />
      ) : (
        <input
          {...common}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
            if (e.key === 'Escape') revert();
          }}
        />
      )}
      {hint && !problem && <small className="field-hint">{hint}</small>}
      {problem && (
        <small className="field-problem" role="alert">
          {label}：{problem}，未保存。
        </small>
      )}
    </div>
  );
}
