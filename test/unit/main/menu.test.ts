import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../src-core/ipc/contract';
import { menuTemplate } from '../../../src-main/main/menu';

/** Electron's MenuItemConstructorOptions, named without importing electron (test/unit/architecture). */
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const submenu = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('menuTemplate', () => {
  const sent: MenuCommand[] = [];
  const menu = menuTemplate((c) => sent.push(c));

  it('is the Chinese application menu', () => {
    expect(menu.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(labels(submenu(menu[0]))).toEqual([
      '新建',
      '打开草稿文件…',
      '导入…',
      '导出 Excel…',
      '导出 PDF…',
      '打印…',
      '退出',
    ]);
    expect(labels(submenu(menu[1]))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴']);
    expect(labels(submenu(menu[3]))).toEqual(['使用说明', '关于']);
  });

  it('sends every command to the renderer, each from one item', () => {
    const commandItems = all(menu).filter((i) => i.click);
    for (const item of commandItems) click(item);
    expect(sent).toEqual(commandItems.map((i) => i.id));
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('leaves clipboard, quit and zoom to Electron roles', () => {
    const byLabel = new Map(all(menu).map((i) => [i.label, i]));
    expect(byLabel.get('剪切')?.role).toBe('cut');
    expect(byLabel.get('复制')?.role).toBe('copy');
    expect(byLabel.get('粘贴')?.role).toBe('paste');
    expect(byLabel.get('退出')?.role).toBe('quit');
    expect(byLabel.get('放大')?.role).toBe('zoomIn');
  });

  it('lets the renderer keymap own the undo keys', () => {
    const [undo, redo] = submenu(menu[1]);
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo).toMatchObject({ accelerator: 'CmdOrCtrl+Y', registerAccelerator: false });
    expect(submenu(menu[0])[1]).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: true });
  });

  it('offers developer tools only in development', () => {
    expect(all(menu).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(all(menuTemplate(() => undefined, { dev: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(all(menu).some((i) => i.role === 'reload' || i.role === 'forceReload')).toBe(false);
  });
});
