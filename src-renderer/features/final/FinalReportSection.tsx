import { useMemo, useState } from 'react';
import type { FinalDraftHead } from '../../../src-core/domain/draft/types';
import { generateFinalReport } from '../../../src-core/domain/final/report/generate-final';
import type { ReportDocument, Slot } from '../../../src-core/domain/report/model';
import { missingSlots } from '../../../src-core/domain/report/slots';
import type { PrintOutcome } from '../../platform/print-report';
import { EditingSlotContext, PartView, SlotActionsContext, type SlotActions } from '../report/ReportSection';
import { asOf } from '../session/as-of';
import { figureNames } from './final-figures';
import type { FinalSession } from './final-session';
import { FinalPrintDialog, type FinalPrintAction } from './FinalPrintDialog';
import '../report/report-section.css';

interface Props {
  session: FinalSession;
  version: number;
}

const GROUP = { reason: 'reasons', purpose: 'purposes' } as const;

/**
 * 情况说明 of a 决算, as the printed document will read (generateFinalReport: the same model, charts
 * and paragraph views as the budget's report), regenerated on every edit. The places the checks ask
 * for — a reason (与上年比较, 预算执行差异), the 公务接待 purpose — are written in place, as in the
 * budget's 情况说明 (Enter or leaving the box saves, Esc cancels; one undo step each); they are the
 * same `text.reasons` / `text.purposes` that 预算数与上年数 edits. 打印 / 导出 PDF open FinalPrintDialog.
 */
export function FinalReportSection({ session, version }: Props) {
  const [printDialog, setPrintDialog] = useState<FinalPrintAction | null>(null);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const doc = useMemo((): ReportDocument | string => {
    try {
      return generateFinalReport(asOf(session.engine, version));
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [session, version]);
  const actions = useMemo<SlotActions>(() => {
    const names = figureNames();
    return {
      open: setEditing,
      cancel: () => setEditing(null),
      save: (slot, value) => {
        setEditing(null);
        const text = session.head.text;
        const entries = withEntry(text[GROUP[slot.slot]], slot.key, value);
        if (entries !== text[GROUP[slot.slot]])
          session.setPart(slot.slot === 'reason' ? '填写原因' : '填写用途', 'text', {
            ...text,
            [GROUP[slot.slot]]: entries,
          });
      },
      rawValue: (slot) => session.head.text[GROUP[slot.slot]]?.[slot.key] ?? '',
      subject: (slot) =>
        slotSubject(slot, names, session.engine.catalogs.function.name.bind(session.engine.catalogs.function)),
    };
  }, [session]);
  if (typeof doc === 'string') {
    return (
      <p className="engine-error" role="alert">
        情况说明暂时无法生成（{doc}）。草稿没有改动，请在审核中处理问题后再试。
      </p>
    );
  }
  const missing = missingSlots(doc).length;
  return (
    <article className="report-section final-report" aria-label="情况说明" data-testid="final-report">
      <div className="final-report-actions" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <button type="button" onClick={() => setPrintDialog('print')} data-testid="final-report-print">
          打印
        </button>
        <button type="button" onClick={() => setPrintDialog('pdf')} data-testid="final-report-pdf">
          导出 PDF
        </button>
        <span className="report-missing" data-testid="final-report-missing">
          {missing === 0 ? (
            <span className="count ok">原因与用途已填齐</span>
          ) : (
            <span className="count warn">待填原因或用途 {missing} 处</span>
          )}
        </span>
        {printed?.message && (
          <span className={printed.ok ? 'muted' : 'engine-error'} role="status" data-testid="final-report-message">
            {printed.message}
          </span>
        )}
      </div>
      <p className="muted">点击【】或带下划线的文字填写原因、用途；数字由决算数据自动生成，文字在“文字说明”中填写。</p>
      {doc.draftMark && <p className="report-draft-mark">草稿（未通过审核）：还有 {doc.errorCount} 个错误。</p>}
      <h1 className="report-title">{doc.title}</h1>
      <SlotActionsContext value={actions}>
        <EditingSlotContext value={editing}>
          {doc.parts.map((p) => (
            <PartView key={p.id} part={p} />
          ))}
        </EditingSlotContext>
      </SlotActionsContext>
      {printDialog && (
        <FinalPrintDialog
          session={session}
          version={version}
          initial={printDialog}
          onClose={() => setPrintDialog(null)}
          onDone={(outcome) => {
            setPrintDialog(null);
            setPrinted(outcome);
          }}
        />
      )}
    </article>
  );
}

type Entries = FinalDraftHead['text']['reasons'];

/** The entries with `key` set to the trimmed value (removed when blank); the same object when nothing changes. */
function withEntry(entries: Entries, key: string, value: string): Entries {
  const v = value.trim();
  if ((entries?.[key] ?? '') === v) return entries;
  const next = { ...entries };
  if (v === '') delete next[key];
  else next[key] = v;
  return next;
}

/** What a place is about, for its editor's label: the figure's name, or the function 项 with its code. */
function slotSubject(slot: Slot, names: ReadonlyMap<string, string>, fnName: (code: string) => string): string {
  if (slot.slot === 'purpose') return slot.key === 'reception' ? '公务接待费' : '';
  const exec = /^exec:fn:(\d+)$/.exec(slot.key);
  if (exec) return `${fnName(exec[1]) || exec[1]}（${exec[1]}）与年初预算的差异`;
  const fn = /^fn:(\d+)$/.exec(slot.key);
  if (fn) return `${fnName(fn[1]) || fn[1]}（${fn[1]}）`;
  return names.get(slot.key) ?? '';
}
