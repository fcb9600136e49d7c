import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcHandler } from '../../../src-main/ipc/handler';
import { invokeHandler } from '../../../src-main/ipc/handler';
import { printHandler, printToPdfHandler } from '../../../src-main/ipc/handlers/print';
import { FakePrintWindow, MAIN_SENDER, trustMain } from './fakes';

const call = <C extends IpcHandler['channel']>(h: IpcHandler<C>, arg: unknown) =>
  invokeHandler(h, MAIN_SENDER, arg, trustMain);
const HTML = '<!doctype html><html><body><h1>情况说明</h1></body></html>';

function setup() {
  const windows: FakePrintWindow[] = [];
  const win = new FakePrintWindow();
  const deps = {
    timeoutMs: 30_000,
    createWindow: () => {
      windows.push(win);
      return win;
    },
  };
  return { win, windows, deps };
}

describe('printToPdf', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads the HTML, prints it (no script in the page: nothing else to wait for), and closes the hidden window', async () => {
    const s = setup();
    const r = await call(printToPdfHandler(s.deps), { html: HTML });
    expect(r).toEqual({ ok: true, value: new TextEncoder().encode('%PDF-1.7 fake') });
    expect(s.win.steps).toEqual(['load', `html:${HTML.length}`, 'pdf']);
    expect(s.win.destroyed).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each(['load', 'pdf'] as const)('gives up with a Chinese message when %s never finishes', async (step) => {
    const s = setup();
    s.win.hang = step;
    const pending = call(printToPdfHandler(s.deps), { html: HTML });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(s.win.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ ok: false, error: '生成 PDF 超时（超过 30 秒）。请关闭其他程序后重试。' });
    expect(s.win.destroyed).toBe(true);
  });

  it('reports a failing page as a value', async () => {
    const s = setup();
    s.win.loadHtml = () => Promise.reject(new Error('ERR_FAILED'));
    expect(await call(printToPdfHandler(s.deps), { html: HTML })).toEqual({
      ok: false,
      error: '生成 PDF 失败（ERR_FAILED）。请重试。',
    });
    expect(s.win.destroyed).toBe(true);
  });

  it.each([[undefined], [{ html: '' }], [{ html: 42 }], [{ html: HTML, url: 'https://evil.example' }]])(
    'opens no window for bad arguments: %j',
    async (arg) => {
      const s = setup();
      expect(await call(printToPdfHandler(s.deps), arg)).toEqual({
        ok: false,
        error: expect.stringMatching(/^参数有误：/),
      });
      expect(s.windows).toEqual([]);
    },
  );
});

describe('print', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the system dialog once the page has loaded', async () => {
    const s = setup();
    expect(await call(printHandler(s.deps), { html: HTML })).toEqual({ ok: true, value: { printed: true } });
    expect(s.win.steps).toEqual(['load', `html:${HTML.length}`, 'print']);
    expect(s.win.destroyed).toBe(true);
  });

  it('treats a cancelled dialog as no print, and a printer failure as an error', async () => {
    const s = setup();
    s.win.printAnswer = { printed: false, failureReason: 'cancelled' };
    expect(await call(printHandler(s.deps), { html: HTML })).toEqual({ ok: true, value: { printed: false } });
    s.win.printAnswer = { printed: false, failureReason: 'Print job failed' };
    expect(await call(printHandler(s.deps), { html: HTML })).toEqual({
      ok: false,
      error: expect.stringContaining('打印失败（Print job failed）'),
    });
  });

  it('gives up when the page never finishes loading, but never times the user out of the dialog', async () => {
    const s = setup();
    s.win.hang = 'load';
    const pending = call(printHandler(s.deps), { html: HTML });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await pending).toEqual({ ok: false, error: '准备打印超时（超过 30 秒）。请重试。' });
    const t = setup();
    t.win.hang = 'print';
    let settled = false;
    void call(printHandler(t.deps), { html: HTML }).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(settled).toBe(false);
  });
});
