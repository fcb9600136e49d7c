import { describe, expect, it } from 'vitest';
import { CHANNELS, type AppInfo } from '../../../src-core/ipc/contract';
import { defineHandler, FOREIGN_SENDER, invokeHandler, type SenderInfo } from '../../../src-main/ipc/handler';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { mainWindowOnly } from '../../../src-main/main/sender';
import { nothing } from '../../../src-main/ipc/validate';
import { FakeDialogs, FakeFs, FakePrintWindow, PATHS } from './fakes';

const APP_URL = 'file:///opt/app/resources/app.asar/out/renderer/index.html';
const MAIN_ID = 7;
const trusted = mainWindowOnly(() => MAIN_ID, APP_URL);
const MAIN: SenderInfo = { webContentsId: MAIN_ID, frameUrl: `${APP_URL}#/draft/1`, isMainFrame: true };
const INFO: AppInfo = {
  name: '部门预算公开编制',
  version: '0.1.0',
  electron: '45',
  chrome: '140',
  platform: 'win32',
  userData: PATHS.userData,
  backups: `${PATHS.userData}/backups`,
};

function setup() {
  const fs = new FakeFs();
  const dialogs = new FakeDialogs('/out/x');
  const windows: FakePrintWindow[] = [];
  const opened: string[] = [];
  const handlers = createHandlers({
    fs,
    dialogs,
    paths: PATHS,
    clock: { now: () => 0 },
    timeoutMs: 1000,
    appInfo: INFO,
    openFolder: async (path) => {
      opened.push(path);
      return '';
    },
    createWindow: () => {
      const w = new FakePrintWindow();
      windows.push(w);
      return w;
    },
  });
  /** Whether the handlers touched anything at all. */
  const touched = () => fs.calls.length + dialogs.shown.length + windows.length + opened.length;
  return { handlers, touched };
}

/** A well-formed argument for every channel (what the main window would send). */
const GOOD_ARGS: Record<string, unknown> = {
  [CHANNELS.saveFile]: { kind: 'pdf', department: '市府办', year: 2022, data: new Uint8Array([1]) },
  [CHANNELS.openFile]: { kind: 'draft' },
  [CHANNELS.printToPdf]: { html: '<p>x</p>' },
  [CHANNELS.print]: { html: '<p>x</p>' },
  [CHANNELS.listBackups]: { draftId: 'abc' },
  [CHANNELS.writeBackup]: { draftId: 'abc', text: '{}' },
  [CHANNELS.restoreBackup]: { draftId: 'abc', file: '20240315T020000000Z.budget.json' },
  [CHANNELS.newestBackups]: undefined,
  [CHANNELS.appInfo]: undefined,
  [CHANNELS.openBackupFolder]: undefined,
};

const FOREIGN: [string, SenderInfo][] = [
  ['another window', { ...MAIN, webContentsId: 8 }],
  ['a frame inside the page', { ...MAIN, isMainFrame: false }],
  ['a frame that is gone', { ...MAIN, frameUrl: null }],
  ['the main window navigated away', { ...MAIN, frameUrl: 'https://evil.example/' }],
  ['the main window at another file', { ...MAIN, frameUrl: 'file:///C:/Users/x/Downloads/evil.html' }],
  [
    'a look-alike on a network share',
    { ...MAIN, frameUrl: 'file://evil.example/opt/app/resources/app.asar/out/renderer/index.html' },
  ],
  ['a data: page', { ...MAIN, frameUrl: 'data:text/html,<script>1</script>' }],
];

describe('IPC handlers', () => {
  it('cover every channel of the contract exactly once', () => {
    expect(
      setup()
        .handlers.map((h) => h.channel)
        .sort(),
    ).toEqual(Object.values(CHANNELS).sort());
  });

  it('answer the main window', async () => {
    const { handlers } = setup();
    const info = handlers.find((h) => h.channel === CHANNELS.appInfo)!;
    expect(await invokeHandler(info, MAIN, undefined, trusted)).toEqual({ ok: true, value: INFO });
  });

  describe.each(FOREIGN)('refuse %s', (_name, sender) => {
    it.each(Object.values(CHANNELS))('on %s, touching nothing', async (channel) => {
      const { handlers, touched } = setup();
      const handler = handlers.find((h) => h.channel === channel)!;
      expect(await invokeHandler(handler, sender, GOOD_ARGS[channel], trusted)).toEqual({
        ok: false,
        error: FOREIGN_SENDER,
      });
      expect(touched()).toBe(0);
    });
  });

  it.each(Object.values(CHANNELS))('reject bad arguments on %s, touching nothing', async (channel) => {
    const { handlers, touched } = setup();
    const handler = handlers.find((h) => h.channel === channel)!;
    const bad =
      GOOD_ARGS[channel] === undefined
        ? [{}, 'x', null]
        : [undefined, null, 'x', [], { ...(GOOD_ARGS[channel] as object), extra: 1 }];
    for (const arg of bad) {
      expect(await invokeHandler(handler, MAIN, arg, trusted)).toEqual({
        ok: false,
        error: expect.stringMatching(/^参数有误：/),
      });
    }
    expect(touched()).toBe(0);
  });

  it('turn an unexpected exception into a value', async () => {
    const broken = defineHandler({
      channel: CHANNELS.appInfo,
      validate: nothing,
      run: () => Promise.reject(new Error('boom')),
    });
    expect(await invokeHandler(broken, MAIN, undefined, trusted)).toEqual({
      ok: false,
      error: expect.stringContaining('程序内部错误：boom'),
    });
  });

  it('refuse everything while there is no main window', async () => {
    const none = mainWindowOnly(() => null, APP_URL);
    expect(none(MAIN)).toBe(false);
  });
});
