import { useState } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import { defaultFileName } from '../../../src-core/ipc/file-names';
import type { DraftSession } from '../session/draft-session';
import { OutputDialog, PrintButtons, useOutputChoices, type PrintAction } from './export-dialog-parts';
import { exportDisclosurePdf, printDisclosure, type ExportOutcome } from './workspace-exports';

export type { PrintAction };

interface Props {
  session: DraftSession;
  /** The session's version: the preview follows a change of layout (or an edit behind the dialog). */
  version: number;
  layouts: readonly Layout[];
  /** The button or menu item the dialog was opened from: its button is the default one. */
  initial: PrintAction;
  onClose(): void;
  /** Printing ended (sent, saved, handed to the browser, or refused): what to tell the officer. */
  onDone(outcome: ExportOutcome): void;
}

/**
 * 打印 / 导出 PDF of the disclosure (情况说明 with the tables): 版式, 舍位平衡 of the printed tables and
 * the PDF's file name, with the first table as it will print — the same choices as 导出 Excel.
 */
export function PrintReportDialog({ session, version, layouts, initial, onClose, onDone }: Props) {
  const head = session.engine.head;
  const choices = useOutputChoices(session, version);
  const [fileName, setFileName] = useState(
    defaultFileName('pdf', head.department.name, head.year).replace(/\.pdf$/, ''),
  );
  const [busy, setBusy] = useState<PrintAction | null>(null);

  const run = async (action: PrintAction) => {
    setBusy(action);
    const options = { balanceRounding: choices.balanced, fileName };
    const outcome =
      action === 'print' ? await printDisclosure(session, options) : await exportDisclosurePdf(session, options);
    setBusy(null);
    onDone(outcome);
  };

  return (
    <OutputDialog
      label="打印与导出 PDF"
      title="打印 / 导出 PDF（公开文本）"
      choices={choices}
      layouts={layouts}
      fileName={fileName}
      extension=".pdf"
      onFileName={setFileName}
      busy={busy !== null}
      onClose={onClose}
    >
      <PrintButtons initial={initial} busy={busy} onRun={(action) => void run(action)} />
    </OutputDialog>
  );
}
