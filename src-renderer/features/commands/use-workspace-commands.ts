import { useEffect, useRef } from 'react';
import { commands, type CommandHandlers } from '../../platform/menu-commands';
import type { DraftSession } from '../session/draft-session';
import type { PrintAction } from '../export/PrintReportDialog';

interface WorkspaceActions {
  onHome(): void;
  /** Shows an export's message (null clears it). */
  onMessage(message: string | null): void;
  exportDraftFile(): Promise<void>;
  exportWorkbook(): Promise<void>;
  /** 打印 / 导出 PDF: opens the print dialog (版式, 舍位平衡, file name). */
  print(action: PrintAction): void;
}

/**
 * 撤销/重做 from the menu do what the keys do where the focus is: the key press is offered to the
 * focused element first (the grid's and the report's keymaps own Ctrl+Z / Ctrl+Y); if nothing takes
 * it, a text field undoes its own typing, anything else the draft's last edit.
 */
function undoOrRedo(which: 'undo' | 'redo', session: DraftSession): void {
  const target = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
  const key = new KeyboardEvent('keydown', {
    key: which === 'undo' ? 'z' : 'y',
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  });
  if (!target.dispatchEvent(key)) return;
  const textField =
    target instanceof HTMLTextAreaElement ||
    target.isContentEditable ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type));
  if (textField && document.execCommand(which)) return;
  if (which === 'undo') session.undo();
  else session.redo();
}

/**
 * The application menu while a draft is open: 导出 Excel / PDF, 打印, 撤销 / 重做 act on it;
 * 新建 and 打开草稿文件 go to 首页 and are carried out there. (导入 is registered by the workspace's
 * import menu, which opens 导入 Excel 数据.)
 */
export function useWorkspaceCommands(session: DraftSession, actions: WorkspaceActions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const viaHome = (command: 'file:new' | 'file:open') => () => {
      latest.current.onHome();
      commands.later(command);
    };
    const handlers: CommandHandlers = {
      'file:new': viaHome('file:new'),
      'file:open': viaHome('file:open'),
      'file:export-xlsx': () => void latest.current.exportWorkbook(),
      'file:export-pdf': () => latest.current.print('pdf'),
      'file:print': () => latest.current.print('print'),
      'edit:undo': () => undoOrRedo('undo', session),
      'edit:redo': () => undoOrRedo('redo', session),
    };
    return commands.register(handlers);
  }, [session]);
}
