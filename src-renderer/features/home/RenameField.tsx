import { useState, type FormEvent } from 'react';

interface Props {
  name: string;
  /** Stores the new name; answers a Chinese message when it is refused. */
  onSave(name: string): Promise<string | null>;
  onCancel(): void;
}

/** 重命名 in place of the draft's name: Enter stores, Esc cancels; an empty name is refused. */
export function RenameField({ name, onSave, onCancel }: Props) {
  const [text, setText] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (text.trim() === '') return setProblem('草稿名称不能为空');
    if (text.trim() === name) return onCancel();
    setBusy(true);
    const refused = await onSave(text);
    setBusy(false);
    setProblem(refused);
  };

  return (
    <form className="rename-field" onSubmit={(e) => void submit(e)} aria-label="重命名草稿">
      <span className="rename-row">
        <input
          aria-label="草稿名称"
          value={text}
          maxLength={100}
          autoFocus
          onFocus={(e) => e.target.select()}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              onCancel();
            }
          }}
        />
        <button type="submit" className="primary" disabled={busy}>
          保存
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </span>
      {problem && (
        <span className="form-problem" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
