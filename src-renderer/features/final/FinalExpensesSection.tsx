import { useState } from 'react';
import { FinalImportDialog } from '../final-import/FinalImportDialog';
import { LinesGrid, type RevealRequest } from '../grid/LinesGrid';
import { finalColumnSet, finalGridSession } from './final-grid';
import type { FinalSession } from './final-session';

interface Props {
  session: FinalSession;
  version: number;
  /** A finding's 定位 (审核): the line to select. */
  reveal: RevealRequest | null;
  /** What an action came to, for the workspace's notice line. */
  onMessage(text: string): void;
}

/**
 * 支出决算明细: the 决算数 lines in the same grid as the 预算's 支出明细 (typing with code and list
 * completion, block paste with its header row, 筛选/排序, exact sums, Ctrl+Z), and 导入 Excel.
 */
export function FinalExpensesSection({ session, version, reveal, onMessage }: Props) {
  const [importing, setImporting] = useState(false);
  return (
    <>
      <header className="final-grid-head">
        <h2>支出决算明细</h2>
        <span className="section-hint">每行一笔本年支出（决算数）；年末结转和结余自动计算，无需填写。</span>
        <button type="button" onClick={() => setImporting(true)} data-testid="final-import">
          导入 Excel…
        </button>
      </header>
      <LinesGrid
        session={finalGridSession(session)}
        version={version}
        columnSet={finalColumnSet(session.head.amountUnit)}
        reveal={reveal}
      />
      {importing && (
        <FinalImportDialog
          session={session}
          onClose={() => setImporting(false)}
          onDone={(text) => {
            setImporting(false);
            onMessage(text);
          }}
        />
      )}
    </>
  );
}
