import { useMemo, useState } from 'react';
import { OutputDialog } from '../export/export-dialog-parts';
import { ExportGateDialog } from '../export/ExportGateDialog';
import { exportFinalWorkbook, finalWorkbookName, type FinalExportOutcome } from './final-exports';
import { builtinFinalLayouts } from './final-layouts';
import { useFinalOutputChoices } from './FinalPrintDialog';
import type { FinalSession } from './final-session';

interface Props {
  session: FinalSession;
  version: number;
  onClose(): void;
  /** The export ended (written, downloaded, refused or cancelled): what to tell the officer. */
  onDone(outcome: FinalExportOutcome): void;
}

/**
 * 导出 Excel of a 决算 with the 预算's dialog pieces: 版式 (final-national, final-shanghai; another
 * layout writes the same draft in its order, the editor keeps its own), 舍位平衡 (proposed when 审核
 * has 尾差), the file name, and the first table as it will be written.
 */
export function FinalExportDialog({ session, version, onClose, onDone }: Props) {
  const layouts = useMemo(() => {
    const built = builtinFinalLayouts();
    return built.ok ? [...built.value.values()] : [session.engine.layout];
  }, [session]);
  const { choices, engine } = useFinalOutputChoices(session, version, layouts);
  const [fileName, setFileName] = useState(() => finalWorkbookName(session));
  const [busy, setBusy] = useState(false);

  const write = async () => {
    setBusy(true);
    const outcome = await exportFinalWorkbook(session, { balanceRounding: choices.balanced, fileName }, engine);
    setBusy(false);
    onDone(outcome);
  };

  return (
    <>
      <OutputDialog
        label="导出 Excel"
        title="导出决算公开表（Excel）"
        choices={choices}
        layouts={layouts}
        fileName={fileName}
        extension=".xlsx"
        onFileName={setFileName}
        busy={busy}
        onClose={onClose}
      >
        <button
          type="button"
          className="primary"
          onClick={() => void write()}
          disabled={busy}
          autoFocus
          data-testid="final-export-xlsx"
        >
          {busy ? '正在生成…' : '导出'}
        </button>
      </OutputDialog>
      <ExportGateDialog />
    </>
  );
}
