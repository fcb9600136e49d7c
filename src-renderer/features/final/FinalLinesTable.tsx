import { useMemo, useState, type ReactNode } from 'react';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';
import { asOf } from '../session/as-of';
import { showAmount, sumAmounts } from '../sections/amounts';
import { RecordTable, type RecordRow } from '../sections/RecordTable';
import { blankLine, lineCells, lineColumns, withLineCell } from './final-line-cells';
import type { FinalSession } from './final-session';

/** Lines drawn at once (a page). */
const PAGE_ROWS = 200;

interface Props {
  session: FinalSession;
  version: number;
  stream: FinalLineStream;
  /** Name of the table (aria-label, start of its messages). */
  label: string;
  addLabel: string;
  emptyText: string;
}

/**
 * The lines of one stream of a 决算 draft (决算数, 本年收入, 结转结余, 政府采购) as an editable table:
 * a typed cell goes through withLineCell (a refused text names the cell and changes nothing), then
 * to the session as one undo step. Codes show with their catalog names; amounts are summed exactly.
 */
export function FinalLinesTable({ session, version, stream, label, addLabel, emptyText }: Props) {
  const engine = session.engine;
  const head = engine.head;
  const columns = useMemo(
    () => lineColumns(stream, { units: head.units, projects: head.projects }),
    [stream, head.units, head.projects],
  );
  const ids = useMemo(() => asOf(engine, version).lineIds(stream), [engine, version, stream]);
  // A page of lines at a time: a table draws every row it has, and a draft may have thousands.
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(ids.length / PAGE_ROWS));
  const shown = Math.min(page, pages - 1);
  const first = shown * PAGE_ROWS;
  const pageIds = useMemo(() => ids.slice(first, first + PAGE_ROWS), [ids, first]);
  const rows: RecordRow[] = useMemo(
    () =>
      asOf(pageIds, version).map((id) => {
        const line = engine.line(stream, id)!;
        const cells = lineCells(stream, line);
        const display: Record<string, ReactNode> = {};
        for (const c of columns) {
          const v = cells[c.key] ?? '';
          if (c.kind === 'amount') display[c.key] = v === '' ? '' : showAmount(v);
          else if (c.key === 'function' && v) display[c.key] = named(v, engine.catalogs.function.name(v));
          else if (c.key === 'economic' && v) display[c.key] = named(v, engine.catalogs.economic.name(v));
          else if (c.kind === 'select') display[c.key] = optionLabel(c.options, v);
        }
        return { key: id, cells, display };
      }),
    [engine, pageIds, stream, columns, version],
  );
  const amountKey = stream === 'balance' ? 'opening' : 'amount';
  // The total is of every line, not of the page.
  const total = useMemo(
    () =>
      sumAmounts(
        asOf(ids, version).map((id) => lineCells(stream, engine.line(stream, id)!)[amountKey] ?? ''),
        head.amountUnit,
      ),
    [engine, ids, stream, amountKey, head.amountUnit, version],
  );
  const totalAt = columns.findIndex((c) => c.key === amountKey);

  return (
    <>
      {pages > 1 && (
        <p className="final-pager" data-testid={`final-${stream}-pager`}>
          第 {shown + 1} / {pages} 页（共 {ids.length} 行，每页 {PAGE_ROWS} 行）
          <button type="button" disabled={shown === 0} onClick={() => setPage(shown - 1)}>
            上一页
          </button>
          <button type="button" disabled={shown === pages - 1} onClick={() => setPage(shown + 1)}>
            下一页
          </button>
        </p>
      )}
      <RecordTable
        label={pages > 1 ? `${label}（第 ${shown + 1} 页）` : label}
        columns={columns}
        rows={rows}
        emptyText={emptyText}
        addLabel={addLabel}
        onAdd={() => {
          const unit = head.units[0]?.code ?? '';
          session.addLine('新增一行', stream, blankLine(stream, unit, head.amountUnit));
          setPage(Math.floor(ids.length / PAGE_ROWS)); // the new line is the last one
        }}
        onRemove={(row) => {
          const id = pageIds[row];
          if (id) session.removeLine('删除一行', stream, id);
          return null;
        }}
        onCommit={(row, key, text) => {
          const id = pageIds[row];
          const line = id && engine.line(stream, id);
          if (!line) return '该行已不存在';
          const next = withLineCell(stream, line, key, text, head.amountUnit);
          if (!next.ok) return next.error;
          session.setLine('输入', stream, id, next.value);
          return null;
        }}
        footer={
          rows.length > 0 && totalAt > 0 ? (
            <tr className="record-total">
              <td colSpan={totalAt}>{pages > 1 ? `合计（全部 ${ids.length} 行）` : '合计'}</td>
              <td className="right" data-testid={`final-${stream}-total`}>
                {total.text}
              </td>
              <td colSpan={columns.length - totalAt}></td>
            </tr>
          ) : undefined
        }
      />
    </>
  );
}

function named(code: string, name: string | undefined): string {
  return name ? `${code} ${name}` : `${code}（未知科目）`;
}

function optionLabel(options: unknown, value: string): string {
  if (!Array.isArray(options)) return value;
  const found = (options as { value: string; label: string }[]).find((o) => o.value === value);
  return found?.label ?? value;
}
