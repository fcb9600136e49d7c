import { useState } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import { defaultFileName } from '../../../src-core/ipc/file-names';
import type { DraftSession } from '../session/draft-session';
import { OutputDialog, useOutputChoices } from './export-dialog-parts';
import { exportDisclosurePdf, printDisclosure, type ExportOutcome } from './workspace-exports';

export type PrintAction = 'print' | 'pdf';

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

const LABELS: Record<PrintAction, { idle: string; busy: string }> = {
  print: { idle: '打印', busy: '正在准备…' },
  pdf: { idle: '导出 PDF', busy: '正在生成…' },
};

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
      {(['print', 'pdf'] as const).map((action) => (
        <button
          key={action}
          type="button"
          className={initial === action ? 'primary' : 'secondary'}
          onClick={() => void run(action)}
          disabled={busy !== null}
          autoFocus={initial === action}
        >
          {busy === action ? LABELS[action].busy : LABELS[action].idle}
        </button>
      ))}
    </OutputDialog>
  );
}
