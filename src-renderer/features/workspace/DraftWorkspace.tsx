import { useCallback, useEffect, useMemo, useState } from 'react';
import { builtinStandardTerms } from '../../builtin/standard-terms';
import type { DraftRepository } from '../../data/draft-repository';
import type { Resources } from '../../../src-core/domain/resources';
import { AutoBackupNotice } from '../backup/AutoBackupNotice';
import { useWorkspaceCommands } from '../commands/use-workspace-commands';
import { ExportGateDialog } from '../export/ExportGateDialog';
import { exportDraftFile } from '../export/workspace-exports';
import { ExportXlsxDialog } from '../export/ExportXlsxDialog';
import { PrintReportDialog, type PrintAction } from '../export/PrintReportDialog';
import { ExpenseGrid, type RevealRequest } from '../grid/ExpenseGrid';
import { useWorkspaceUndoKeys } from '../grid/use-workspace-undo-keys';
import { HistoryPanel } from '../history/HistoryPanel';
import { ImportMenu } from '../import/ImportMenu';
import { ReportSection } from '../report/ReportSection';
import { ReviewPanel } from '../review/ReviewPanel';
import { ALL_FINDINGS, BALANCE_FINDINGS, type FindingFilter } from '../review/review-notes';
import type { Finding } from '../../../src-core/domain/rules/types';
import { BasicInfoSection } from '../sections/basic/BasicInfoSection';
import type { SectionFocus } from '../sections/focus';
import { IncomeSection } from '../sections/income/IncomeSection';
import { locateTarget } from '../sections/locate-target';
import { OtherSection } from '../sections/other/OtherSection';
import { PriorSection } from '../sections/prior/PriorSection';
import { ProjectsSection } from '../sections/projects/ProjectsSection';
import { ConflictDialog } from '../session/ConflictDialog';
import type { DraftSession } from '../session/draft-session';
import { HoldContext } from '../session/use-commit-on-leave';
import { useDraftSession } from '../session/use-draft-session';
import { StatusBar } from '../status/StatusBar';
import { useLayoutList } from '../layouts/use-layout-list';
import { PreviewSection } from './PreviewSection';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceNav, type WorkspaceSection } from './WorkspaceNav';
import { asOf } from '../session/as-of';
import { finalRepositoryOf } from '../../data/final-repository';
import { FinalWorkspace } from '../final/FinalWorkspace';
import { useDraftStage } from './use-draft-stage';

interface Props {
  repo: DraftRepository;
  resources: Resources;
  draftId: string;
  onHome(): void;
}

/** The draft of the address: a 决算 draft opens in FinalWorkspace, a budget draft in BudgetWorkspace. */
export function DraftWorkspace(props: Props) {
  const finals = finalRepositoryOf(props.repo.db);
  const stage = useDraftStage(finals, props.draftId);
  if (stage === 'final') return <FinalWorkspace {...props} repo={finals} />;
  if (stage === 'budget') return <BudgetWorkspace {...props} />;
  return (
    <div className="app">
      <main className="app-main">
        <p className="loading">正在打开草稿…</p>
      </main>
    </div>
  );
}

/** One open budget draft: 基本信息 / 收入 / 支出明细 / 项目 / 上年数 / 其他事项 / 公开表 / 情况说明 / 审核 on the left, the status bar always at the bottom. */
function BudgetWorkspace({ repo, resources, draftId, onHome }: Props) {
  const { session, version, loadProblem, notice, dismissNotice, conflict } = useDraftSession(repo, resources, draftId);
  const hold = useCallback((field: string, store: (() => void) | null) => session?.hold(field, store), [session]);
  useLeaveGuard(session);
  return (
    <div className="app">
      {session ? (
        <HoldContext.Provider value={hold}>
          <OpenDraft
            session={session}
            version={version}
            repo={repo}
            resources={resources}
            notice={notice}
            onDismissNotice={dismissNotice}
            onHome={onHome}
          />
          <ConflictDialog question={conflict} />
        </HoldContext.Provider>
      ) : (
        <>
          <header className="app-header">
            <h1 className="app-name">部门预算公开编制</h1>
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
              <p className="loading">正在打开草稿…</p>
            )}
          </main>
          <StatusBar status={null} unit={null} fileName={null} />
        </>
      )}
    </div>
  );
}

interface OpenProps {
  session: DraftSession;
  version: number;
  repo: DraftRepository;
  resources: Resources;
  notice: string | null;
  onDismissNotice(): void;
  onHome(): void;
}

function OpenDraft({ session, version, repo, resources, notice, onDismissNotice, onHome }: OpenProps) {
  const [section, setSection] = useState<WorkspaceSection>('expenses');
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [focus, setFocus] = useState<SectionFocus | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  /** How 审核 opens: on every finding, or (from the status bar's 差额) on the 收支平衡 ones; nonce remounts it. */
  const [reviewOpening, setReviewOpening] = useState({ filter: ALL_FINDINGS, nonce: 0 });
  const engine = session.engine;
  const status = useMemo(() => asOf(engine, version).status(), [engine, version]);
  const layouts = useLayoutList(resources);
  const draft = useMemo(() => ({ year: engine.head.year, unit: engine.head.publishUnit }), [engine]);

  const exportFile = useCallback(async () => {
    setExportProblem((await exportDraftFile(repo, session)).message);
  }, [repo, session]);

  const [exportingXlsx, setExportingXlsx] = useState(false);
  const exportXlsx = useCallback(async () => setExportingXlsx(true), []);
  const [printing, setPrinting] = useState<PrintAction | null>(null);

  useWorkspaceUndoKeys(session);
  useWorkspaceCommands(session, {
    onHome,
    onMessage: setExportProblem,
    exportDraftFile: exportFile,
    exportWorkbook: exportXlsx,
    print: setPrinting,
  });

  const showLine = useCallback(
    (lineId: string, field: string | null) => {
      const row = session.expenseIds().indexOf(lineId);
      if (row < 0) return;
      setReveal((r) => ({ row, col: field, nonce: (r?.nonce ?? 0) + 1 }));
      setSection('expenses');
    },
    [session],
  );

  const isGridLine = useCallback((id: string) => session.engine.line('expense', id) !== undefined, [session]);

  /** A finding about a unit, a project or an income/采购 line: its section, with the row shown. */
  const locate = useCallback(
    (f: Finding) => {
      const where = locateTarget(session, f.target);
      return (
        where && {
          label: where.label,
          go: () => {
            setFocus((p) => ({ ...where.focus, nonce: (p?.nonce ?? 0) + 1 }));
            setSection(where.section);
          },
        }
      );
    },
    [session],
  );

  /** 基本信息's 查看支出明细: the grid showing only that unit's lines (as a unit finding's 定位). */
  const showUnitLines = useCallback((unit: string) => {
    setFocus((p) => ({ kind: 'unit', key: unit, nonce: (p?.nonce ?? 0) + 1 }));
    setSection('expenses');
  }, []);

  return (
    <>
      <WorkspaceHeader
        draftName={session.name}
        year={draft.year}
        saveState={session.saveState}
        onHome={onHome}
        onExport={() => void exportFile()}
        onExportXlsx={() => void exportXlsx()}
        actions={<ImportMenu session={session} repo={repo} resources={resources} />}
      />
      <div className="app-body">
        <WorkspaceNav<WorkspaceSection> section={section} status={status} onSelect={setSection} />
        <main className="workspace-main">
          {(notice || exportProblem) && (
            <div className="notice" role="alert">
              <span>{notice ?? exportProblem}</span>
              <button
                type="button"
                onClick={() => {
                  onDismissNotice();
                  setExportProblem(null);
                }}
              >
                关闭
              </button>
            </div>
          )}
          <AutoBackupNotice repo={repo} session={session} version={version} />
          {section === 'basic' && (
            <BasicInfoSection session={session} version={version} focus={focus} onShowUnitLines={showUnitLines} />
          )}
          {section === 'income' && <IncomeSection session={session} version={version} focus={focus} />}
          {section === 'expenses' && <ExpenseGrid session={session} version={version} reveal={reveal} focus={focus} />}
          {section === 'projects' && <ProjectsSection session={session} version={version} focus={focus} />}
          {section === 'prior' && <PriorSection session={session} version={version} />}
          {section === 'other' && <OtherSection session={session} version={version} focus={focus} />}
          {section === 'tables' && (
            <PreviewSection
              engine={engine}
              version={version}
              layouts={layouts}
              layoutId={session.layoutId}
              onChooseLayout={(id) => session.setLayout(id)}
            />
          )}
          {section === 'report' && (
            <ReportSection session={session} version={version} standardTerms={builtinStandardTerms} layouts={layouts} />
          )}
          {section === 'review' && (
            <ReviewSection
              key={reviewOpening.nonce}
              initialFilter={reviewOpening.filter}
              session={session}
              version={version}
              onShowLine={showLine}
              isGridLine={isGridLine}
              locate={locate}
            />
          )}
          {section === 'history' && <HistoryPanel repo={repo} resources={resources} session={session} />}
        </main>
      </div>
      <StatusBar
        status={status}
        unit={draft.unit}
        fileName={session.name}
        onShowImbalance={() => {
          setReviewOpening((o) => ({ filter: BALANCE_FINDINGS, nonce: o.nonce + 1 }));
          setSection('review');
        }}
      />
      {exportingXlsx && (
        <ExportXlsxDialog
          session={session}
          version={version}
          layouts={layouts}
          onClose={() => setExportingXlsx(false)}
          onDone={(outcome) => {
            setExportingXlsx(false);
            setExportProblem(outcome.message);
          }}
        />
      )}
      {printing && (
        <PrintReportDialog
          session={session}
          version={version}
          layouts={layouts}
          initial={printing}
          onClose={() => setPrinting(null)}
          onDone={(outcome) => {
            setPrinting(null);
            setExportProblem(outcome.message);
          }}
        />
      )}
      <ExportGateDialog />
    </>
  );
}

/**
 * The page going away (reload, window or tab closed, hidden): fields store the text they hold —
 * synchronously, into the edit journal — and, when an edit would still be lost (not stored and
 * not journaled: the journal was full), closing asks first.
 */
function useLeaveGuard(session: DraftSession | null): void {
  useEffect(() => {
    if (!session) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      session.storeHeld();
      if (session.atRisk) e.preventDefault();
    };
    const leave = () => session.storeHeld();
    const hidden = () => {
      if (document.visibilityState === 'hidden') session.storeHeld();
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [session]);
}

function ReviewSection({
  session,
  version,
  onShowLine,
  isGridLine,
  locate,
  initialFilter,
}: {
  session: DraftSession;
  version: number;
  initialFilter: FindingFilter;
  onShowLine(id: string, field: string | null): void;
  isGridLine(id: string): boolean;
  locate(f: Finding): { label: string; go(): void } | null;
}) {
  const findings = useMemo(() => asOf(session.engine, version).findings(), [session.engine, version]);
  return (
    <ReviewPanel
      session={session}
      findings={findings}
      onShowLine={onShowLine}
      isGridLine={isGridLine}
      locate={locate}
      initialFilter={initialFilter}
    />
  );
}
