import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NOTE_MAX_LENGTH } from './review-notes';

interface Props {
  /** The explanation stored now ('' when the warning has none). */
  initial: string;
  onSave(note: string): void;
  onCancel(): void;
}

/**
 * The inline 出错说明 editor under a warning: 保存 (Ctrl+Enter) stores the note, 取消 (Esc) drops
 * the typing. Text typed and then left unsaved (another warning opened, another section chosen) is
 * stored rather than lost, unless it is blank.
 */
export function NoteEditor({ initial, onSave, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const latest = useRef({ text, initial, onSave, settled: false });
  latest.current = { ...latest.current, text, initial, onSave };

  useEffect(
    () => () => {
      const l = latest.current;
      if (!l.settled && l.text.trim() !== '' && l.text.trim() !== l.initial.trim()) l.onSave(l.text);
    },
    [],
  );

  const save = () => {
    latest.current.settled = true;
    onSave(text);
  };
  const cancel = () => {
    latest.current.settled = true;
    onCancel();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };

  const blank = text.trim() === '';
  return (
    <div className="note-editor">
      <textarea
        aria-label="出错说明"
        autoFocus
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        value={text}
        placeholder="说明这条提示为什么不需要修改，例如：该项目绩效指标由主管部门统一下达，另行公开。"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="note-editor-actions">
        <button type="button" className="primary" onClick={save} disabled={blank && !initial}>
          {blank && initial ? '保存（删除说明）' : '保存'}
        </button>
        <button type="button" onClick={cancel}>
          取消
        </button>
        <span className="note-editor-hint">
          Ctrl+Enter 保存 · Esc 取消 · {text.length}/{NOTE_MAX_LENGTH} 字
        </span>
      </div>
    </div>
  );
}
