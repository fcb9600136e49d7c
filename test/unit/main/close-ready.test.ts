import { describe, expect, it } from 'vitest';
import { closeReadyListener, type CloseGuard } from '../../../src-main/main/close-guard';
import type { SenderInfo } from '../../../src-main/ipc/handler';
import { trustedListener } from '../../../src-main/main/sender';

const APP_URL = 'app://bundle/index.html';
const MAIN: SenderInfo = { webContentsId: 3, frameUrl: 'app://bundle/index.html#/draft/1', isMainFrame: true };

function setup() {
  const ready: number[] = [];
  const guard = (id: number): CloseGuard => ({ onClose: () => undefined, onPageReady: () => ready.push(id) });
  const guards = new Map<number, CloseGuard>([[3, guard(3)]]);
  return { ready, guards, listener: closeReadyListener(guards, APP_URL) };
}

describe('app:close-ready (ipcMain.on, not invoke) checks its sender like every handler', () => {
  it('is heard from the main window’s top frame at the app’s page', () => {
    const s = setup();
    expect(s.listener(MAIN)).toBe(true);
    expect(s.ready).toEqual([3]);
  });

  it.each<[string, SenderInfo]>([
    ['a window without a close guard (a print window, another window)', { ...MAIN, webContentsId: 4 }],
    ['a frame inside the page', { ...MAIN, isMainFrame: false }],
    ['a frame that is gone', { ...MAIN, frameUrl: null }],
    ['the main window navigated away', { ...MAIN, frameUrl: 'https://evil.example/' }],
    ['a look-alike origin', { ...MAIN, frameUrl: 'app://evil/index.html' }],
    ['a local file', { ...MAIN, frameUrl: 'file:///C:/Users/x/Downloads/evil.html' }],
    ['a data: page', { ...MAIN, frameUrl: 'data:text/html,<script>1</script>' }],
  ])('is ignored from %s: the window waits for the real answer or the time-out', (_who, sender) => {
    const s = setup();
    expect(s.listener(sender)).toBe(false);
    expect(s.ready).toEqual([]);
  });

  it('follows the guards as windows come and go', () => {
    const s = setup();
    s.guards.delete(3);
    expect(s.listener(MAIN)).toBe(false);
    expect(s.ready).toEqual([]);
  });
});

describe('trustedListener', () => {
  it('delivers only what the policy lets through', () => {
    const heard: number[] = [];
    const listen = trustedListener(
      (s) => s.webContentsId === 1,
      (s) => heard.push(s.webContentsId),
    );
    expect([listen({ ...MAIN, webContentsId: 1 }), listen({ ...MAIN, webContentsId: 2 })]).toEqual([true, false]);
    expect(heard).toEqual([1]);
  });
});
