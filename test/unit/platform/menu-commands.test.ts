import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../src-core/ipc/contract';
import { menuTemplate } from '../../../src-main/main/menu';
import { COMMAND_LABELS, CommandBus, unavailableMessage } from '../../../src-renderer/platform/menu-commands';

describe('CommandBus', () => {
  it('runs the most recently registered handler (the workspace over the app’s defaults)', () => {
    const bus = new CommandBus();
    const calls: string[] = [];
    const offApp = bus.register({ 'file:new': () => calls.push('app'), 'help:about': () => calls.push('about') });
    const offWs = bus.register({ 'file:new': () => calls.push('workspace') });
    expect(bus.dispatch('file:new')).toBe(true);
    offWs();
    expect(bus.dispatch('file:new')).toBe(true);
    expect(bus.dispatch('help:about')).toBe(true);
    expect(calls).toEqual(['workspace', 'app', 'about']);
    offApp();
    expect(bus.handles('file:new')).toBe(false);
  });

  it('tells the unhandled listeners about a command nobody takes', () => {
    const bus = new CommandBus();
    const missed: string[] = [];
    bus.onUnhandled((c) => missed.push(c));
    expect(bus.dispatch('file:export-xlsx')).toBe(false);
    expect(missed).toEqual(['file:export-xlsx']);
  });

  it('later: hands the command to the next screen that registers for it, within the wait', () => {
    let now = 0;
    const bus = new CommandBus(() => now);
    const calls: string[] = [];
    const offWs = bus.register({
      'file:new': () => {
        calls.push('ws');
        bus.later('file:new');
      },
    });
    bus.dispatch('file:new');
    offWs();
    bus.register({ 'file:open': () => calls.push('home open') });
    expect(calls).toEqual(['ws']);
    bus.register({ 'file:new': () => calls.push('home new') });
    expect(calls).toEqual(['ws', 'home new']);
    // delivered once only
    bus.register({ 'file:new': () => calls.push('again') });
    expect(calls).toEqual(['ws', 'home new']);
    // too late
    bus.later('file:open', 1_000);
    now = 5_000;
    bus.register({ 'file:open': () => calls.push('late') });
    expect(calls).toEqual(['ws', 'home new']);
  });

  it('unregistering one of two equal handlers keeps the other', () => {
    const bus = new CommandBus();
    const calls: number[] = [];
    const fn = () => calls.push(1);
    const off1 = bus.register({ 'edit:undo': fn });
    bus.register({ 'edit:undo': fn });
    off1();
    bus.dispatch('edit:undo');
    expect(calls).toEqual([1]);
  });
});

describe('menu command mapping', () => {
  it('every command the main-process menu sends has a label and a message', () => {
    const sent: string[] = [];
    const walk = (items: ReturnType<typeof menuTemplate>) => {
      for (const item of items) {
        if (Array.isArray(item.submenu)) walk(item.submenu);
        if (item.click) {
          item.click({} as never, undefined, {} as never);
        }
      }
    };
    walk(menuTemplate((c) => sent.push(c)));
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    for (const c of MENU_COMMANDS) {
      expect(COMMAND_LABELS[c]).toMatch(/[\u4e00-\u9fa5]/);
      expect(unavailableMessage(c)).toContain('“');
    }
    expect(unavailableMessage('file:export-xlsx')).toBe('“导出 Excel”需要先打开一份草稿。');
  });
});
