import { useCallback, useEffect, useState } from 'react';
import type { Resources } from '../../../src-core/domain/resources';
import type { FinalRepository } from '../../data/final-repository';
import type { RevealRequest } from '../grid/LinesGrid';
import { AssetsPanel } from '../sections/other/AssetsPanel';
import { HoldContext } from '../session/use-commit-on-leave';
import { AutoBackupNotice } from '../backup/AutoBackupNotice';
import { WorkspaceHeader } from '../workspace/WorkspaceHeader';
import { WorkspaceNav } from '../workspace/WorkspaceNav';
import { BalanceSummary } from './BalanceSummary';
import { FinalBasicSection } from './FinalBasicSection';
import { FinalExpensesSection } from './FinalExpensesSection';
import { exportFinalDraftFile } from './final-exports';
import { FinalExportDialog } from './FinalExportDialog';
import type { FinalSession } from './final-session';
import { FinalFiguresSection } from './FinalFiguresSection';
import { SectionFrame } from '../sections/SectionFrame';
import { FinalLinesTable } from './FinalLinesTable';
import { FINAL_SECTIONS, type FinalSection } from './final-sections';
import { FinalReportSection } from './FinalReportSection';
import { FinalReviewSection } from './FinalReviewSection';
import { FinalStatusBar } from './FinalStatusBar';
import { FinalTablesSection } from './FinalTablesSection';
import { FinalTextsSection } from './FinalTextsSection';
import { FinalThreeSection } from './FinalThreeSection';
import { useFinalSession } from './use-final-session';
import { FinalHistorySection } from './FinalHistorySection';
import { useFinalHistory, type FinalHistory } from '../history/use-final-history';
import './final.css';

interface Props {
  repo: FinalRepository;
  resources: Resources;
  draftId: string;
  onHome(): void;
}

/** One open 决算 draft: its sections on the left, the 决算 identities in the status bar. */
export function FinalWorkspace({ repo, resources, draftId, onHome }: Props) {
  const { session, version, loadProblem, recovered } = useFinalSession(repo, resources, draftId);
  const history = useFinalHistory(repo, session);
  const hold = useCallback((field: string, store: (() => void) | null) => session?.hold(field, store), [session]);
  useLeaveGuard(session);
  if (!session) {
    return (
      <div className="app">
        <header className="app-header">
          <h1 className="app-name">部门决算公开编制</h1>
          <button type="button" onClick={onHome}>
            ← 首页
          </button>
        </header>
        <main className="app-main">
          {loadProblem ? (
            <p className="engine-error" role="alert">
              {loadProblem}
            </p>
          ) : (
            <p className="loading">正在打开决算草稿…</p>
          )}
        </main>
      </div>
    );
  }
  return (
    <div className="app" data-stage="final">
      <AutoBackupNotice repo={repo} session={session} version={session.version} />
      <HoldContext.Provider value={hold}>
        <OpenFinal session={session} version={version} recovered={recovered} onHome={onHome} history={history} />
      </HoldContext.Provider>
    </div>
  );
}

interface OpenProps {
  history: FinalHistory | null;
  session: FinalSession;
  version: string;
  recovered: boolean;
  onHome(): void;
}

function OpenFinal({ session, recovered, onHome, history }: OpenProps) {
  const [section, setSection] = useState<FinalSection>('expenses');
  const [exportingXlsx, setExportingXlsx] = useState(false);
  /** A finding's 定位 to a 决算 expense line: 支出决算 opens with that row selected. */
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const showLine = useCallback(
    (lineId: string, field: string | null) => {
      const row = session.engine.lineIds('expense').indexOf(lineId);
      if (row < 0) return;
      setReveal((r) => ({ row, col: field, nonce: (r?.nonce ?? 0) + 1 }));
      setSection('expenses');
    },
    [session],
  );
  /** What an action came to (role=status), or why it failed (role=alert). */
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(
    recovered ? { ok: true, text: '上次关闭前尚未保存的修改已恢复并保存。' } : null,
  );
  const tell = (o: { ok: boolean; message: string | null }) =>
    setMessage(o.message ? { ok: o.ok, text: o.message } : null);
  useUndoKeys(session);
  const counts = session.engine.status();
  // The engine's content version (the string one also changes with the save state, for the header).
  const lines = { session, version: session.version };
  return (
    <>
      <WorkspaceHeader
        draftName={session.name}
        year={session.head.year}
        saveState={session.saveState}
        onHome={onHome}
        onExport={() => void exportFinalDraftFile(session).then(tell)}
        onExportXlsx={() => setExportingXlsx(true)}
        appName="部门决算公开编制"
        actions={<span className="stage-badge final">决算</span>}
      />
      <div className="app-body">
        <WorkspaceNav<FinalSection>
          section={section}
          status={counts}
          onSelect={setSection}
          sections={FINAL_SECTIONS}
          label="决算内容"
        />
        <main className={`workspace-main final-main${section === 'expenses' ? ' final-grid-main' : ''}`}>
          {session.saveState === 'conflict' && (
            <div className="notice" role="alert" data-testid="final-conflict">
              <span>
                此决算已在另一个窗口中修改，本窗口此后的修改没有保存。请回到首页重新打开它，再把需要的修改重新填一遍。
              </span>
            </div>
          )}
          {message && (
            <div className="notice" role={message.ok ? 'status' : 'alert'}>
              <span>{message.text}</span>
              <button type="button" onClick={() => setMessage(null)}>
                关闭
              </button>
            </div>
          )}
          {section === 'expenses' && (
            <FinalExpensesSection
              session={session}
              version={session.version}
              reveal={reveal}
              onMessage={(text) => setMessage({ ok: true, text })}
            />
          )}
          {section === 'income' && (
            <SectionFrame
              session={session}
              title="收入决算"
              hint="本年收入按资金来源和功能分类科目（项）填写（公开02表按功能分类列示）。"
            >
              <FinalLinesTable
                {...lines}
                stream="income"
                label="收入决算"
                addLabel="新增收入行"
                emptyText="还没有收入行"
              />
            </SectionFrame>
          )}
          {section === 'balances' && (
            <SectionFrame
              session={session}
              title="结转结余"
              hint="按单位和资金来源填写年初结转和结余、使用非财政拨款结余、结余分配；政府性基金须填功能分类。年末结转和结余 = 年初 + 本年收入 + 使用结余 − 本年支出 − 结余分配，自动计算。"
            >
              <FinalLinesTable
                {...lines}
                stream="balance"
                label="结转结余"
                addLabel="新增结转结余行"
                emptyText="没有结转结余"
              />
              <BalanceSummary {...lines} />
            </SectionFrame>
          )}
          {section === 'basic' && <FinalBasicSection {...lines} />}
          {section === 'figures' && <FinalFiguresSection {...lines} />}
          {section === 'three' && <FinalThreeSection {...lines} />}
          {section === 'other' && (
            <SectionFrame
              session={session}
              title="政府采购与国有资产"
              hint="政府采购按合同金额填写，其中授予中小企业的部分另填。"
            >
              <FinalLinesTable
                {...lines}
                stream="procurement"
                label="政府采购"
                addLabel="新增采购行"
                emptyText="没有政府采购"
              />
              <h3>国有资产占有使用情况</h3>
              <AssetsPanel session={session} />
            </SectionFrame>
          )}
          {section === 'texts' && <FinalTextsSection {...lines} />}
          {section === 'tables' && <FinalTablesSection {...lines} />}
          {section === 'report' && <FinalReportSection {...lines} />}
          {section === 'review' && <FinalReviewSection {...lines} onShowLine={showLine} onShowSection={setSection} />}
          {section === 'history' && history && <FinalHistorySection session={session} history={history} />}
        </main>
      </div>
      <FinalStatusBar {...lines} onShowReview={() => setSection('review')} />
      {exportingXlsx && (
        <FinalExportDialog
          session={session}
          version={session.version}
          onClose={() => setExportingXlsx(false)}
          onDone={(o) => {
            setExportingXlsx(false);
            tell(o);
          }}
        />
      )}
    </>
  );
}

/** Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) anywhere but in a text field undo and redo the last edit. */
function useUndoKeys(session: FinalSession): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A section's frame (SectionFrame) handles the keys itself; this covers the other screens.
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) session.undo();
      else if (k === 'y' || (k === 'z' && e.shiftKey)) session.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}

/** The page going away: fields store the text they hold, and edits not yet written go into the journal (synchronously). */
function useLeaveGuard(session: FinalSession | null): void {
  useEffect(() => {
    if (!session) return;
    const leave = () => {
      session.storeHeld();
      session.storePending();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('beforeunload', leave);
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', leave);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [session]);
}
