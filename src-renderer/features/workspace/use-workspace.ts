import { useCallback, useMemo, useState } from 'react';
import { createEngine, DEFAULT_LAYOUT, type Resources } from '../../domain/resources';
import type { BudgetEngine } from '../../domain/engine/budget-engine';
import type { Result } from '../../domain/result';
import { loadSampleText, SAMPLE_FILE_NAME } from '../../builtin/sample';
import { openTextFile } from '../../platform';
import { initialWorkspace, withDraftText, withUnreadableFile, type WorkspaceState } from './workspace-state';

export interface Workspace {
  state: WorkspaceState;
  /** The engine of the open draft under the chosen layout; an error text when it cannot be built. */
  engine: Result<BudgetEngine, string> | null;
  openFile(): Promise<void>;
  openSample(): Promise<void>;
  chooseLayout(layoutId: string): void;
  selectTable(tableId: string): void;
  dismissRejection(): void;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The workspace screen's state and the officer's actions on it. */
export function useWorkspace(resources: Resources): Workspace {
  const [state, setState] = useState<WorkspaceState>(() => initialWorkspace(DEFAULT_LAYOUT));

  const engine = useMemo(
    () => (state.open ? createEngine(state.open.draft, resources, state.layoutId) : null),
    [state.open, state.layoutId, resources],
  );

  const openFile = useCallback(async () => {
    let file;
    try {
      file = await openTextFile('.json');
    } catch (e) {
      setState((s) => withUnreadableFile(s, '所选文件', describe(e)));
      return;
    }
    if (file) {
      const { name, text } = file;
      setState((s) => withDraftText(s, name, text));
    }
  }, []);

  const openSample = useCallback(async () => {
    let text: string;
    try {
      text = await loadSampleText();
    } catch (e) {
      setState((s) => withUnreadableFile(s, SAMPLE_FILE_NAME, describe(e)));
      return;
    }
    setState((s) => withDraftText(s, SAMPLE_FILE_NAME, text));
  }, []);

  const chooseLayout = useCallback((layoutId: string) => setState((s) => ({ ...s, layoutId })), []);
  const selectTable = useCallback((tableId: string) => setState((s) => ({ ...s, selectedTableId: tableId })), []);
  const dismissRejection = useCallback(() => setState((s) => ({ ...s, rejection: null })), []);

  return { state, engine, openFile, openSample, chooseLayout, selectTable, dismissRejection };
}
