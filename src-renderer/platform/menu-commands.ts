import { MENU_COMMANDS, type MenuCommand } from '../../src-core/ipc/contract';
import { desktopBridge } from './bridge';

export { MENU_COMMANDS, type MenuCommand };

export type CommandHandlers = Partial<Record<MenuCommand, () => void>>;

/** What each menu command is called on screen (for messages). */
export const COMMAND_LABELS: Record<MenuCommand, string> = {
  'file:new': '新建',
  'file:open': '打开草稿文件',
  'file:import': '导入',
  'file:export-xlsx': '导出 Excel',
  'file:export-pdf': '导出 PDF',
  'file:print': '打印',
  'edit:undo': '撤销',
  'edit:redo': '重做',
  'help:about': '关于',
  'help:manual': '使用说明',
};

/** The message when no screen takes a command (e.g. 导出 Excel on 首页). */
export function unavailableMessage(command: MenuCommand): string {
  const label = COMMAND_LABELS[command];
  if (command === 'file:import')
    return '“导入”：请打开草稿后，点击草稿上方的“导入”按钮，选择导入 Excel 数据、上年草稿或科目表。';
  if (command.startsWith('file:export') || command === 'file:print' || command.startsWith('edit:')) {
    return `“${label}”需要先打开一份草稿。`;
  }
  return `“${label}”在当前页面不可用。`;
}

interface Pending {
  command: MenuCommand;
  until: number;
}

/**
 * Routes application-menu commands to whichever screen is showing. Screens register handlers while
 * mounted; the most recent registration of a command wins (the workspace over the app's defaults).
 * A command nobody takes goes to the `unhandled` listeners. `later` hands a command to the next
 * screen that registers for it (the workspace's 新建 goes to 首页, then 首页 opens its form).
 */
export class CommandBus {
  private readonly handlers = new Map<MenuCommand, (() => void)[]>();
  private readonly unhandled = new Set<(command: MenuCommand) => void>();
  private pending: Pending[] = [];

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Registers handlers for some commands; returns the function that removes exactly these. */
  register(handlers: CommandHandlers): () => void {
    const added: [MenuCommand, () => void][] = [];
    for (const command of MENU_COMMANDS) {
      const fn = handlers[command];
      if (!fn) continue;
      const wrapped = () => fn();
      const stack = this.handlers.get(command) ?? [];
      stack.push(wrapped);
      this.handlers.set(command, stack);
      added.push([command, wrapped]);
    }
    const t = this.now();
    this.pending = this.pending.filter((p) => p.until >= t);
    const due = this.pending.filter((p) => added.some(([c]) => c === p.command));
    this.pending = this.pending.filter((p) => !due.includes(p));
    for (const p of due) this.dispatch(p.command);
    return () => {
      for (const [command, wrapped] of added) {
        const stack = this.handlers.get(command);
        const i = stack?.lastIndexOf(wrapped) ?? -1;
        if (stack && i >= 0) stack.splice(i, 1);
      }
    };
  }

  /** Runs the newest handler of the command; false (and the unhandled listeners told) when none. */
  dispatch(command: MenuCommand): boolean {
    const stack = this.handlers.get(command);
    const top = stack?.[stack.length - 1];
    if (top) {
      top();
      return true;
    }
    for (const l of this.unhandled) l(command);
    return false;
  }

  /** Keeps the command for the next screen that registers a handler for it within `waitMs`. */
  later(command: MenuCommand, waitMs = 5_000): void {
    this.pending.push({ command, until: this.now() + waitMs });
  }

  onUnhandled(listener: (command: MenuCommand) => void): () => void {
    this.unhandled.add(listener);
    return () => this.unhandled.delete(listener);
  }

  /** Whether some screen takes the command now (for tests and menus). */
  handles(command: MenuCommand): boolean {
    return (this.handlers.get(command)?.length ?? 0) > 0;
  }
}

/** The app's one bus. */
export const commands = new CommandBus();

/**
 * Feeds the desktop application menu into the bus; returns the function that stops listening.
 * In a browser there is no application menu and this does nothing.
 */
export function connectApplicationMenu(bus: CommandBus = commands): () => void {
  const bridge = desktopBridge();
  if (!bridge) return () => {};
  return bridge.onMenuCommand((command) => {
    bus.dispatch(command);
  });
}
