import { useState } from 'react';
import type { BlankDraftOptions, DraftRepository, DraftSummary } from '../../data/draft-repository';
import type { FileProblem } from '../../../src-core/domain/draft/problems';
import type { Resources } from '../../../src-core/domain/resources';
import { loadSampleText, SAMPLE_FILE_NAME } from '../../builtin/sample';
import { openDraftFile } from '../../platform';
import { RestoreBanner } from '../backup/RestoreBanner';
import { useHomeCommands } from '../commands/use-home-commands';
import { RejectionBox } from '../problems/RejectionBox';
import { DeleteForeverDialog } from './DeleteForeverDialog';
import { refreshDraftStatus } from './draft-status';
import { DraftList } from './DraftList';
import { NewDraftForm } from './NewDraftForm';
import { NextYearDialog } from './NextYearDialog';
import { useDraftActions } from './use-draft-actions';
import { useDraftList } from './use-draft-list';
import './home.css';
import { ImportDialog } from '../import/ImportDialog';
import { NewFinalDialog } from '../final/NewFinalDialog';
import { finalRepositoryOf } from '../../data/final-repository';

interface Props {
  repo: DraftRepository;
  resources: Resources;
  onOpen(draftId: string): void;
  /** 备份与恢复. */
  onBackups(): void;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** 首页: the drafts on this computer, and the ways to start one. */
export function HomePage({ repo, resources, onOpen, onBackups }: Props) {
  const [trash, setTrash] = useState(false);
  const [creating, setCreating] = useState(false);
  const [rejection, setRejection] = useState<{ fileName: string; problems: FileProblem[] } | null>(null);
  const [importing, setImporting] = useState(false);
  /** 以上年草稿新建: open, with the live drafts as they were then and the draft whose row asked for it. */
  const [nextYear, setNextYear] = useState<{ drafts: DraftSummary[]; sourceId?: string } | null>(null);
  /** 新建决算: open, with the 决算 whose row asked for 新建下年 (if any). */
  const [newFinal, setNewFinal] = useState<{ fromFinalId?: string } | null>(null);
  const { drafts, refresh } = useDraftList(repo, trash);
  const actions = useDraftActions(repo, drafts, refresh);

  const importText = async (fileName: string, text: string) => {
    // A 决算 file (stage "final") goes to the 决算 storage; its reader names every problem the same way.
    const done = /"stage"\s*:\s*"final"/.test(text)
      ? await finalRepositoryOf(repo.db).importText(text)
      : await repo.importDraftFile(text);
    if (!done.ok) {
      setRejection({ fileName, problems: done.error });
      return;
    }
    setRejection(null);
    onOpen(done.value.id);
  };

  const importFile = async () => {
    let file;
    try {
      file = await openDraftFile();
    } catch (e) {
      setRejection({ fileName: '所选文件', problems: [{ path: '', message: `无法读取文件（${describe(e)}）` }] });
      return;
    }
    if (file) await importText(file.name, file.text);
  };

  const importSample = async () => {
    let text: string;
    try {
      text = await loadSampleText();
    } catch (e) {
      setRejection({ fileName: SAMPLE_FILE_NAME, problems: [{ path: '', message: `无法读取示例（${describe(e)}）` }] });
      return;
    }
    await importText(SAMPLE_FILE_NAME, text);
  };

  const openNextYear = async (sourceId?: string) => {
    if (sourceId && drafts?.find((d) => d.id === sourceId)?.stage === 'final')
      return setNewFinal({ fromFinalId: sourceId });
    setNextYear({ drafts: await repo.listDrafts(), sourceId });
  };

  useHomeCommands({
    onNew: () => setCreating(true),
    onOpenFile: () => void importFile(),
    onImport: () => setImporting(true),
  });

  const create = async (options: BlankDraftOptions): Promise<string | null> => {
    const done = await repo.createBlankDraft(options);
    if (!done.ok) return done.error.message;
    await refreshDraftStatus(repo, resources, done.value.id);
    setCreating(false);
    refresh();
    return null;
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">部门预算公开编制</h1>
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            新建草稿
          </button>
          <button type="button" onClick={() => setNewFinal({})}>
            新建决算
          </button>
          <button type="button" onClick={() => void importFile()}>
            导入草稿文件
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            从 Excel 新建草稿
          </button>
          <button type="button" onClick={() => void openNextYear()}>
            以上年草稿新建
          </button>
          <button type="button" onClick={() => void importSample()}>
            示例：舟山市人民政府办公室2022
          </button>
          <button type="button" onClick={onBackups}>
            备份与恢复
          </button>
        </div>
      </header>
      <main className="home-main">
        <RestoreBanner repo={repo} onShowBackups={onBackups} onRestored={refresh} />
        {rejection && (
          <RejectionBox
            rejection={rejection}
            consequence="文件未被导入，草稿库没有任何改动。"
            onDismiss={() => setRejection(null)}
          />
        )}
        {actions.notice && (
          <p
            className={actions.notice.kind === 'done' ? 'home-notice' : 'home-notice problem'}
            role={actions.notice.kind === 'done' ? 'status' : 'alert'}
          >
            <span>{actions.notice.text}</span>
            <button type="button" className="link" onClick={actions.dismissNotice}>
              知道了
            </button>
          </p>
        )}
        {importing && (
          <ImportDialog
            target={{ kind: 'new' }}
            repo={repo}
            resources={resources}
            onClose={() => {
              setImporting(false);
              refresh();
            }}
            onCreated={onOpen}
          />
        )}
        {creating && <NewDraftForm onCreate={create} onCancel={() => setCreating(false)} />}
        {newFinal && drafts && (
          <NewFinalDialog
            repo={repo}
            resources={resources}
            budgets={drafts.filter((d) => d.stage !== 'final' && d.deletedAt === null)}
            finals={drafts.filter((d) => d.stage === 'final' && d.deletedAt === null)}
            initialFinalId={newFinal.fromFinalId}
            onOpen={onOpen}
            onClose={() => setNewFinal(null)}
          />
        )}
        {nextYear && (
          <NextYearDialog
            drafts={nextYear.drafts}
            initialSourceId={nextYear.sourceId}
            repo={repo}
            resources={resources}
            onCreated={refresh}
            onOpen={onOpen}
            onClose={() => setNextYear(null)}
          />
        )}
        {actions.deleting && (
          <DeleteForeverDialog
            draft={actions.deleting}
            onConfirm={() => actions.deleteForever(actions.deleting!.id)}
            onClose={actions.cancelDeleteForever}
          />
        )}
        <section className="home-list">
          <div className="home-list-head">
            <h2>{trash ? '回收站' : '我的草稿'}</h2>
            <label className="trash-toggle">
              <input type="checkbox" checked={trash} onChange={(e) => setTrash(e.target.checked)} />
              显示回收站
            </label>
          </div>
          {drafts && (
            <DraftList
              drafts={drafts}
              trash={trash}
              actions={actions}
              onOpen={onOpen}
              onNextYear={(id) => void openNextYear(id)}
            />
          )}
          {trash && <p className="muted">回收站中的草稿保留全部内容，还原后即可继续编辑。</p>}
        </section>
      </main>
    </div>
  );
}
