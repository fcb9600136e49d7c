import { useMemo, useState } from 'react';
import { FinalEngine } from '../../../src-core/domain/final/final-engine';
import type { FinalLayout } from '../../../src-core/domain/final/layout';
import { generateFinalReport } from '../../../src-core/domain/final/report/generate-final';
import { tablePreview } from '../../../src-core/export/preview/table-preview';
import { renderFinalReportHtml } from '../../../src-core/report-html/final-report';
import { printReport, saveReportPdf, type PrintOutcome } from '../../platform/print-report';
import { confirmPublishWithErrors } from '../export/export-gate';
import { ExportGateDialog } from '../export/ExportGateDialog';
import { OutputDialog, PrintButtons, type OutputChoices, type PrintAction } from '../export/export-dialog-parts';
import { asOf } from '../session/as-of';
import { builtinFinalLayouts } from './final-layouts';
import type { FinalSession } from './final-session';

export type FinalPrintAction = PrintAction;

interface Props {
  session: FinalSession;
  version: number;
  /** The button the dialog was opened from: its button is the default one. */
  initial: FinalPrintAction;
  onClose(): void;
  /** Printing ended (sent, saved, handed to the browser, or refused): what to tell the officer. */
  onDone(outcome: PrintOutcome): void;
}

/** “武汉市黄陂区大数据中心（本级）2024年度部门决算情况说明” — the PDF's proposed name (without .pdf). */
export function finalPdfName(department: string, year: number): string {
  return `${department}${year}年度部门决算情况说明`;
}

/**
 * 打印 / 导出 PDF of the printed 决算 (概况, 公开表, 情况说明, 重点工作, 名词解释) with the 预算's dialog
 * pieces: 版式 (the 决算 layouts; another layout prints the same draft in its order, the editor keeps
 * its own), 舍位平衡 of the printed tables, the file name, and the first table as it will print.
 */
export function FinalPrintDialog({ session, version, initial, onClose, onDone }: Props) {
  const head = session.head;
  const layouts = useMemo(() => {
    const built = builtinFinalLayouts();
    return built.ok ? [...built.value.values()] : [session.engine.layout];
  }, [session]);
  const { choices, engine } = useFinalOutputChoices(session, version, layouts);
  const [fileName, setFileName] = useState(finalPdfName(head.department.name, head.year));
  const [busy, setBusy] = useState<FinalPrintAction | null>(null);

  const run = async (action: FinalPrintAction) => {
    const what = action === 'print' ? '打印' : '导出 PDF';
    if (!(await confirmPublishWithErrors(what, engine.findings()))) return;
    setBusy(action);
    let outcome: PrintOutcome;
    try {
      const html = renderFinalReportHtml(generateFinalReport(engine), engine.tables(), {
        cssPageNumbers: true,
        balanceRounding: choices.balanced,
      });
      outcome =
        action === 'print'
          ? await printReport(html)
          : await saveReportPdf(html, head.department.name, head.year, fileName);
    } catch (e) {
      outcome = {
        ok: false,
        message: `生成情况说明失败（${e instanceof Error ? e.message : String(e)}），草稿没有改动。`,
      };
    }
    setBusy(null);
    onDone(outcome);
  };

  return (
    <>
      <OutputDialog
        label="打印与导出 PDF"
        title="打印 / 导出 PDF（决算公开文本）"
        choices={choices}
        layouts={layouts}
        fileName={fileName}
        extension=".pdf"
        onFileName={setFileName}
        busy={busy !== null}
        onClose={onClose}
      >
        <PrintButtons initial={initial} busy={busy} onRun={(action) => void run(action)} testIdPrefix="final-print-" />
      </OutputDialog>
      <ExportGateDialog />
    </>
  );
}

/**
 * The dialog's choices over a 决算: the session's engine under its own layout, or an engine of the
 * same draft under the chosen one (the editor's layout is not changed by printing).
 */
export function useFinalOutputChoices(
  session: FinalSession,
  version: number,
  layouts: readonly FinalLayout[],
): { choices: OutputChoices; engine: FinalEngine } {
  const own = session.engine;
  const [layoutId, setLayoutId] = useState(own.layout.id);
  const engine = useMemo(() => {
    const current = asOf(own, version);
    const layout = layouts.find((l) => l.id === layoutId);
    if (!layout || layout.id === current.layout.id) return current;
    return new FinalEngine(current.draft, { catalogs: current.catalogs, layout });
  }, [own, version, layouts, layoutId]);
  const roundingFindings = useMemo(() => engine.findings().filter((f) => f.rule === 'R-ROUND').length, [engine]);
  const [balanced, setBalanced] = useState(roundingFindings > 0);
  const first = useMemo(() => engine.tables()[0], [engine]);
  const preview = useMemo(() => (first ? tablePreview(first, balanced) : null), [first, balanced]);
  return {
    engine,
    choices: { layoutId, chooseLayout: setLayoutId, balanced, setBalanced, roundingFindings, preview },
  };
}
