import type { Channel, IpcApi, IpcResult } from '../../src-core/ipc/contract';
import type { Checked } from './validate';

/** One IPC operation: its channel, how its argument is checked, and what it does. */
export interface IpcHandler<C extends Channel = Channel> {
  channel: C;
  validate(arg: unknown): Checked<IpcApi[C]['arg']>;
  run(arg: IpcApi[C]['arg']): Promise<IpcResult<IpcApi[C]['value']>>;
}

export function defineHandler<C extends Channel>(handler: IpcHandler<C>): IpcHandler<C> {
  return handler;
}

/** Who sent a call: the web contents and the frame (Electron's `event.sender`, `event.senderFrame`). */
export interface SenderInfo {
  webContentsId: number;
  /** The sending frame's URL; null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/** Decides whether a sender may call at all (main/index.ts: the main window's top frame, at the app URL). */
export type SenderPolicy = (sender: SenderInfo) => boolean;

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (error: string): IpcResult<never> => ({ ok: false, error });

export const FOREIGN_SENDER = '拒绝执行：请求不是来自本程序的主窗口。';

/**
 * Runs one call: refuses foreign senders and bad arguments before the handler sees anything, and
 * turns an unexpected exception into a value, so the renderer always gets `{ ok, … }`.
 */
export async function invokeHandler<C extends Channel>(
  handler: IpcHandler<C>,
  sender: SenderInfo,
  arg: unknown,
  trusted: SenderPolicy,
): Promise<IpcResult<IpcApi[C]['value']>> {
  if (!trusted(sender)) return fail(FOREIGN_SENDER);
  const checked = handler.validate(arg);
  if (!checked.ok) return fail(`参数有误：${checked.error}`);
  try {
    return await handler.run(checked.value);
  } catch (e) {
    // A handler returns its expected failures as values; what lands here is a bug, reported as one.
    const detail = e instanceof Error ? e.message : String(e);
    return fail(`操作失败（程序内部错误：${detail}）。请重试；如仍失败，请联系技术支持。`);
  }
}
