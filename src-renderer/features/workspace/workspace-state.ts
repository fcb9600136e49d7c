import type { Draft } from '../../domain/draft/types';
import type { FileProblem } from '../../domain/draft/problems';
import { loadDraftText } from '../../domain/draft/load';

/** The draft on screen and where it came from. */
export interface OpenDraft { draft: Draft; fileName: string; migrations: string[] }

/** A file that was refused, with every reason; the open draft is left as it was. */
export interface Rejection { fileName: string; problems: FileProblem[] }

export interface WorkspaceState {
  open: OpenDraft | null;
  rejection: Rejection | null;
  layoutId: string;
  selectedTableId: string | null;
}

export function initialWorkspace(layoutId: string): WorkspaceState {
  return { open: null, rejection: null, layoutId, selectedTableId: null };
}

/**
 * The state after the officer opened `text` as a draft: the new draft when it loads, otherwise the
 * previous state with the rejection to show (bad input never replaces what is open).
 */
export function withDraftText(state: WorkspaceState, fileName: string, text: string): WorkspaceState {
  const loaded = loadDraftText(text);
  if (!loaded.ok) return { ...state, rejection: { fileName, problems: loaded.error } };
  return {
    ...state,
    open: { draft: loaded.value.draft, fileName, migrations: loaded.value.migrations },
    rejection: null,
  };
}

/** A file that could not even be read (permissions, encoding): shown like a rejection. */
export function withUnreadableFile(state: WorkspaceState, fileName: string, reason: string): WorkspaceState {
  return { ...state, rejection: { fileName, problems: [{ path: '', message: `无法读取文件（${reason}）` }] } };
}
