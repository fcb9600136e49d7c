import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useCommitOnLeave } from '../session/use-commit-on-leave';
import './sections.css';

/** One column of a small editable table. */
export interface RecordColumn {
  key: string;
  /** Chinese header, also used in messages (“第 2 行“金额””). */
  label: string;
  /** Width in px; the last flexible column takes the rest when absent. */
  width?: number;
  /** `select`: a closed vocabulary; `amount`: right-aligned money; `readonly`: shown, never edited. */
  kind?: 'text' | 'select' | 'amount' | 'number' | 'readonly';
  /** Right-aligned (figures); amount and number columns are. */
  align?: 'right';
  /** Choices of a select cell: the same for every row, or depending on the row. */
  options?: readonly RecordOption[] | ((row: number) => readonly RecordOption[]);
}

export interface RecordOption {
  value: string;
  label: string;
}

/** One row: its stable key, the text of each cell (what the editor starts with) and optional display. */
export interface RecordRow {
  key: string;
  cells: Record<string, string>;
  display?: Record<string, ReactNode>;
}

interface Props {
  /** Name of the table (aria-label, and the start of every message). */
  label: string;
  columns: readonly RecordColumn[];
  rows: readonly RecordRow[];
  /** Stores one cell; returns a Chinese reason when the text is refused (nothing is changed then). */
  onCommit(row: number, key: string, text: string): string | null;
  onAdd?(): void;
  addLabel?: string;
  /** Removes a row; returns a Chinese reason when refused. */
  onRemove?(row: number): string | null;
  /** The text of the remove button (删除 by default; 清空 where a row stays). */
  removeText?: string;
  /** A row to show (a finding was clicked): highlighted and scrolled into view. */
  highlight?: { key: string; nonce: number } | null;
  /** Master–detail: the selected row and how to select one. */
  selected?: string | null;
  onSelectRow?(row: number): void;
  /** Rows after the data (totals), as table rows. */
  footer?: ReactNode;
  emptyText?: string;
}

interface Editing {
  row: number;
  col: number;
  text: string;
  initial: string;
}

/**
 * A small editable table for the draft's short lists (units, income, projects, indicators,
 * 政府采购 …: tens to hundreds of rows). Click or Enter edits a cell, Enter stores it, Tab stores it
 * and edits the next cell, Esc cancels; enum cells are <select>. A refused text stays in the editor
 * with a message naming the cell, so nothing typed is lost.
 */
export function RecordTable({
  label,
  columns,
  rows,
  onCommit,
  onAdd,
  addLabel,
  onRemove,
  removeText = '删除',
  highlight,
  selected,
  onSelectRow,
  footer,
  emptyText,
}: Props) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const editingRef = useRef<Editing | null>(null);
  editingRef.current = editing;
  const cells = useRef(new Map<string, HTMLElement>());
  const refocus = useRef<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());

  const editable = (col: number) => {
    const kind = columns[col]?.kind ?? 'text';
    return kind !== 'readonly';
  };

  useEffect(() => {
    if (editing === null && refocus.current) {
      cells.current.get(refocus.current)?.focus();
      refocus.current = null;
    }
  }, [editing]);

  useEffect(() => {
    if (!highlight) return;
    rowRefs.current.get(highlight.key)?.scrollIntoView({ block: 'center' });
  }, [highlight]);

  const open = (row: number, col: number) => {
    if (!editable(col) || !rows[row]) return;
    const text = rows[row].cells[columns[col].key] ?? '';
    setEditing({ row, col, text, initial: text });
    onSelectRow?.(row);
  };

  /** Stores the open editor; false (editor kept, message shown) when refused. */
  const commit = (text?: string): boolean => {
    const e = editingRef.current;
    if (!e) return true;
    const value = text ?? e.text;
    if (value !== e.initial) {
      const problem = onCommit(e.row, columns[e.col].key, value);
      if (problem !== null) {
        setMessage(`${label}第 ${e.row + 1} 行“${columns[e.col].label}”：${problem}。该单元格未修改。`);
        setEditing({ ...e, text: value });
        return false;
      }
    }
    setMessage(null);
    editingRef.current = null;
    setEditing(null);
    return true;
  };

  // A cell typed into and not yet committed is stored when the page goes away (reload, close).
  useCommitOnLeave(editing !== null && editing.text !== editing.initial, () => {
    commit();
  });

  const close = (e: Editing, focusCell = true) => {
    editingRef.current = null;
    if (focusCell) refocus.current = `${e.row}:${e.col}`;
    setEditing(null);
  };

  /** The next editable cell after (row, col) in reading order, or before it with `back`. */
  const step = (row: number, col: number, back: boolean): [number, number] | null => {
    let r = row;
    let c = col;
    for (;;) {
      c += back ? -1 : 1;
      if (c >= columns.length) {
        c = 0;
        r++;
      }
      if (c < 0) {
        c = columns.length - 1;
        r--;
      }
      if (r < 0 || r >= rows.length) return null;
      if (editable(c)) return [r, c];
    }
  };

  const onEditorKey = (ev: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    const e = editingRef.current;
    if (!e || ev.nativeEvent.isComposing) return;
    if (ev.key === 'Escape') {
      ev.preventDefault();
      setMessage(null);
      close(e);
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (commit()) refocus.current = `${e.row}:${e.col}`;
    } else if (ev.key === 'Tab') {
      ev.preventDefault();
      const next = step(e.row, e.col, ev.shiftKey);
      if (!commit()) return;
      if (next) open(next[0], next[1]);
      else refocus.current = `${e.row}:${e.col}`;
    }
  };

  const remove = (row: number) => {
    const problem = onRemove?.(row) ?? null;
    setMessage(problem === null ? null : `${label}第 ${row + 1} 行：${problem}`);
  };

  return (
    <div className="record-table-wrap">
      <table className="record-table" aria-label={label}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
          {onRemove && <col style={{ width: 56 }} />}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={alignClass(c)}>
                {c.label}
              </th>
            ))}
            {onRemove && (
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td className="record-empty" colSpan={columns.length + (onRemove ? 1 : 0)}>
                {emptyText ?? '暂无内容'}
              </td>
            </tr>
          )}
          {rows.map((r, ri) => (
            <tr
              key={r.key}
              ref={(el) => {
                if (el) rowRefs.current.set(r.key, el);
                else rowRefs.current.delete(r.key);
              }}
              data-row={ri}
              className={
                [r.key === selected ? 'selected' : '', highlight?.key === r.key ? 'highlighted' : '']
                  .join(' ')
                  .trim() || undefined
              }
            >
              {columns.map((c, ci) => {
                const isEditing = editing?.row === ri && editing.col === ci;
                const cellLabel = `${c.label} 第${ri + 1}行`;
                return (
                  <td key={c.key} className={alignClass(c)} data-col={c.key}>
                    {isEditing ? (
                      c.kind === 'select' ? (
                        <select
                          autoFocus
                          aria-label={cellLabel}
                          value={editing.text}
                          onChange={(ev) => {
                            if (commit(ev.target.value)) refocus.current = `${ri}:${ci}`;
                          }}
                          onKeyDown={onEditorKey}
                          onBlur={() => {
                            if (editingRef.current) close(editingRef.current, false);
                          }}
                        >
                          {!optionsOf(c, ri).some((o) => o.value === editing.text) && (
                            <option value={editing.text}>{editing.text || '（未选择）'}</option>
                          )}
                          {optionsOf(c, ri).map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          autoFocus
                          aria-label={cellLabel}
                          aria-invalid={message !== null || undefined}
                          data-dirty={editing.text !== editing.initial || undefined}
                          value={editing.text}
                          onChange={(ev) => setEditing({ ...editing, text: ev.target.value })}
                          onKeyDown={onEditorKey}
                          onBlur={() => {
                            commit();
                          }}
                        />
                      )
                    ) : (
                      <span
                        role={editable(ci) ? 'button' : undefined}
                        tabIndex={editable(ci) ? 0 : undefined}
                        aria-label={editable(ci) ? `${cellLabel}：${spokenValue(c, ri, r) || '空'}` : undefined}
                        className={editable(ci) ? 'rt-cell' : 'rt-cell readonly'}
                        ref={(el) => {
                          const k = `${ri}:${ci}`;
                          if (el) cells.current.set(k, el);
                          else cells.current.delete(k);
                        }}
                        onClick={() => open(ri, ci)}
                        onKeyDown={(ev) => {
                          if ((ev.key === 'Enter' || ev.key === 'F2') && !ev.nativeEvent.isComposing) {
                            ev.preventDefault();
                            open(ri, ci);
                          }
                        }}
                      >
                        {r.display?.[c.key] ?? r.cells[c.key] ?? ''}
                      </span>
                    )}
                  </td>
                );
              })}
              {onRemove && (
                <td className="rt-actions">
                  <button
                    type="button"
                    className="rt-remove"
                    aria-label={`${removeText}第${ri + 1}行`}
                    title={`${removeText}此行`}
                    onClick={() => remove(ri)}
                  >
                    {removeText}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
      {message && (
        <p className="record-message" role="alert">
          <span>{message}</span>
          <button type="button" onClick={() => setMessage(null)}>
            知道了
          </button>
        </p>
      )}
      {onAdd && (
        <button
          type="button"
          className="rt-add"
          onClick={() => {
            if (commit()) onAdd();
          }}
        >
          ＋ {addLabel ?? '新增一行'}
        </button>
      )}
    </div>
  );
}

function optionsOf(c: RecordColumn, row: number): readonly RecordOption[] {
  return typeof c.options === 'function' ? c.options(row) : (c.options ?? []);
}

/**
 * What a screen reader says a cell holds: the option's label for a closed vocabulary (“行政单位”,
 * not `admin`), the shown text when it is plain text, else the stored text.
 */
function spokenValue(c: RecordColumn, row: number, r: RecordRow): string {
  const stored = r.cells[c.key] ?? '';
  if (c.kind === 'select') return optionsOf(c, row).find((o) => o.value === stored)?.label ?? stored;
  const shown = r.display?.[c.key];
  return typeof shown === 'string' ? shown : stored;
}

function alignClass(c: RecordColumn): string | undefined {
  return c.kind === 'amount' || c.kind === 'number' || c.align === 'right' ? 'right' : undefined;
}
