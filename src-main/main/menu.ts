import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-core/ipc/contract';

/**
 * The application menu, as data. Items that act on the document send a command to the renderer;
 * cut/copy/paste use Chromium's roles (they raise the DOM clipboard events that both text fields
 * and the grid handle); quit, zoom and full screen are Electron roles.
 *
 * 撤销/重做 show their keys but do not register them: the renderer's keymap owns Ctrl+Z/Ctrl+Y
 * (text fields, IME composition), so a key press is never handled twice.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  options: { dev?: boolean } = {},
): MenuItemConstructorOptions[] {
  const command = (
    label: string,
    id: MenuCommand,
    accelerator?: string,
    registerAccelerator = true,
  ): MenuItemConstructorOptions => ({
    label,
    id,
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
    click: () => send(id),
  });
  return [
    {
      label: '文件(&F)',
      submenu: [
        command('新建', 'file:new', 'CmdOrCtrl+N'),
        command('打开草稿文件…', 'file:open', 'CmdOrCtrl+O'),
        command('导入…', 'file:import'),
        { type: 'separator' },
        command('导出 Excel…', 'file:export-xlsx', 'CmdOrCtrl+E'),
        command('导出 PDF…', 'file:export-pdf'),
        command('打印…', 'file:print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        command('撤销', 'edit:undo', 'CmdOrCtrl+Z', false),
        command('重做', 'edit:redo', 'CmdOrCtrl+Y', false),
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(options.dev
          ? [{ type: 'separator' } as const, { label: '开发者工具', role: 'toggleDevTools' } as const]
          : []),
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [command('使用说明', 'help:manual', 'F1'), { type: 'separator' }, command('关于', 'help:about')],
    },
  ];
}
