import { useMemo } from 'react';
import type { Resources } from '../../domain/resources';
import { AppHeader } from '../header/AppHeader';
import { RejectionBox } from '../problems/RejectionBox';
import { ReviewPanel } from '../review/ReviewPanel';
import { StatusBar } from '../status/StatusBar';
import { PaperTable } from '../tables/PaperTable';
import { TableList } from '../tables/TableList';
import { useWorkspace } from '../workspace/use-workspace';
import { workspaceView } from '../workspace/workspace-view';
import { Welcome } from './Welcome';

interface Props { resources: Resources }

/** The one screen: header, tables of the open draft, 审核 panel, status bar. */
export function Workspace({ resources }: Props) {
  const ws = useWorkspace(resources);
  const { state, engine } = ws;
  const layouts = useMemo(() => [...resources.layouts.values()], [resources]);
  const view = useMemo(() => (engine?.ok ? workspaceView(engine.value) : null), [engine]);
  const selected = view && (view.tables.find((t) => t.id === state.selectedTableId) ?? view.tables[0]);

  return (
    <div className="app">
      <AppHeader
        layouts={layouts}
        layoutId={state.layoutId}
        onOpenFile={ws.openFile}
        onOpenSample={ws.openSample}
        onChooseLayout={ws.chooseLayout}
      />
      <div className="app-body">
        {view && selected && (
          <TableList tables={view.tables} selectedId={selected.id} onSelect={ws.selectTable} />
        )}
        <main className="app-main">
          {state.rejection && (
            <RejectionBox rejection={state.rejection} keptFileName={state.open?.fileName ?? null} onDismiss={ws.dismissRejection} />
          )}
          {engine && !engine.ok && <p className="engine-error" role="alert">无法生成公开表：{engine.error}</p>}
          {!state.open && !state.rejection && <Welcome />}
          {view && selected && <PaperTable table={selected} departmentName={view.departmentName} />}
        </main>
        {view && <ReviewPanel findings={view.findings} />}
      </div>
      <StatusBar status={view?.status ?? null} unit={view?.unit ?? null} fileName={state.open?.fileName ?? null} />
    </div>
  );
}
