import { CHANNELS, type PrintRequest } from '../../../src-core/ipc/contract';
import type { PrintWindowFactory } from '../deps';
import { defineHandler, fail, ok } from '../handler';
import { object, string } from '../validate';

export interface PrintDeps {
  createWindow: PrintWindowFactory;
  /** How long loading (and, for PDF, printing) may take before giving up. */
  timeoutMs: number;
}

export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;
/** Largest HTML document accepted for printing. */
export const MAX_HTML_CHARS = 50 * 1048576;

class TimeoutError extends Error {}

/** `work`, or a {@link TimeoutError} with `message` after `ms` (timer cleared either way). */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const validate = object<PrintRequest>({ html: string(MAX_HTML_CHARS, { nonEmpty: true }) });

const seconds = (ms: number) => Math.round(ms / 1000);
const detail = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * 导出 PDF: the HTML in a hidden window (no script runs there: print-window.ts), printed to PDF bytes
 * once loaded, within the time limit.
 */
export const printToPdfHandler = (deps: PrintDeps) =>
  defineHandler({
    channel: CHANNELS.printToPdf,
    validate,
    async run({ html }) {
      const win = deps.createWindow();
      try {
        const pdf = await withTimeout(
          win.loadHtml(html).then(() => win.printToPdf()),
          deps.timeoutMs,
          `生成 PDF 超时（超过 ${seconds(deps.timeoutMs)} 秒）。请关闭其他程序后重试。`,
        );
        return ok(pdf);
      } catch (e) {
        return fail(e instanceof TimeoutError ? e.message : `生成 PDF 失败（${detail(e)}）。请重试。`);
      } finally {
        win.destroy();
      }
    },
  });

/** 打印: the HTML in a hidden window, once loaded the system print dialog (no time limit on the user). */
export const printHandler = (deps: PrintDeps) =>
  defineHandler({
    channel: CHANNELS.print,
    validate,
    async run({ html }) {
      const win = deps.createWindow();
      try {
        await withTimeout(
          win.loadHtml(html),
          deps.timeoutMs,
          `准备打印超时（超过 ${seconds(deps.timeoutMs)} 秒）。请重试。`,
        );
        const result = await win.print();
        if (result.printed) return ok({ printed: true });
        if (!result.failureReason || result.failureReason === 'cancelled') return ok({ printed: false });
        return fail(`打印失败（${result.failureReason}）。请检查打印机后重试，或先导出 PDF 再打印。`);
      } catch (e) {
        return fail(e instanceof TimeoutError ? e.message : `打印失败（${detail(e)}）。请重试，或先导出 PDF 再打印。`);
      } finally {
        win.destroy();
      }
    },
  });
