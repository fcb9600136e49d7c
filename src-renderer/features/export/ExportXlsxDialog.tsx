import { useState } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import { defaultFileName } from '../../../src-core/ipc/file-names';
import type { DraftSession } from '../session/draft-session';
import { OutputDialog, useOutputChoices } from './export-dialog-parts';
import { exportWorkbook, type ExportOutcome } from './workspace-exports';

interface Props {
  session: DraftSession;
  /** The session's version: the preview follows a change of layout (or an edit behind the dialog). */
  version: number;
  layouts: readonly Layout[];
  onClose(): void;
  /** The export ended (written, downloaded or refused): what to tell the officer. */
  onDone(outcome: ExportOutcome): void;
}

/**
 * 导出 Excel: the choices a published workbook needs before it is written — 版式, 舍位平衡 and the
 * file name — with the first table as it will be written (cells balancing moves are marked).
 */
export function ExportXlsxDialog({ session, version, layouts, onClose, onDone }: Props) {
  const head = session.engine.head;
  const choices = useOutputChoices(session, version);
  const [fileName, setFileName] = useState(
    defaultFileName('xlsx', head.department.name, head.year).replace(/\.xlsx$/, ''),
  );
  const [busy, setBusy] = useState(false);

  const write = async () => {
    setBusy(true);
    const outcome = await exportWorkbook(session, { balanceRounding: choices.balanced, fileName });
    setBusy(false);
    onDone(outcome);
  };

  return (
    <OutputDialog
      label="导出 Excel"
      title="导出公开表（Excel）"
      choices={choices}
      layouts={layouts}
      fileName={fileName}
      extension=".xlsx"
      onFileName={setFileName}
      busy={busy}
      onClose={onClose}
    >
      <button type="button" className="primary" onClick={() => void write()} disabled={busy} autoFocus>
        {busy ? '正在生成…' : '导出'}
      </button>
    </OutputDialog>
  );
}
