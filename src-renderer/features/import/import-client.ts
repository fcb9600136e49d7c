import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import type { Draft } from '../../../src-core/domain/draft/types';
import { err, ok, type Result } from '../../../src-core/domain/result';
import { ImportJob, type PreviewSummary } from '../../../src-core/import/import-job';
import type { SheetChoice } from '../../../src-core/import/import-workbook';
import type { ImportMode } from '../../../src-core/import/plan-import';
import { unreadableFileMessage } from '../../../src-core/import/messages';
import type { JobReply, JobRequest } from './job-protocol';
import { localCatalogFiles } from './local-catalogs';

/**
 * The page's handle on one import: in a Web Worker when the platform gives one (the page stays
 * responsive and shows progress, and 取消 can stop the work at any moment by ending the worker),
 * else in the page itself, yielding to the browser between steps. Every failure reaches the page
 * as Chinese text (never an exception's English message).
 */
export interface ImportClient {
  open(
    bytes: Uint8Array,
    fileName: string,
    base: Draft,
    onProgress: (fraction: number) => void,
  ): Promise<Result<PreviewSummary, string[]>>;
  analyze(choices: Record<string, SheetChoice>): Promise<Result<PreviewSummary, string[]>>;
  /**
   * The new draft as draft-file text. 由支出生成收入 is not part of it: the opened draft does it as
   * an undo step of its own (derive-income.ts).
   */
  apply(mode: ImportMode, allowRejectedRows: boolean): Promise<Result<string, string[]>>;
  /** Stops the work under way (its promise resolves with CANCELLED); the next request starts afresh. */
  cancel(): void;
  dispose(): void;
}

/** The error of a request stopped by cancel(). */
export const CANCELLED = '__cancelled__';
const WORKER_FAILED = '__worker_failed__';

type Outcome = Result<PreviewSummary | string, string[]>;
type Ask = (request: DistributiveOmit<JobRequest, 'id'>, onProgress?: (f: number) => void) => Promise<Outcome>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same steps in the page (no worker). */
function inPage(catalogsFor: (year: number) => CatalogPair): Ask {
  let job: ImportJob | null = null;
  let fileName = '';
  return async (request, onProgress) => {
    await nextFrame();
    try {
      if (request.type === 'open') {
        fileName = request.fileName;
        job = null;
        const opened = await ImportJob.open(
          request.bytes,
          request.fileName,
          request.base,
          catalogsFor(request.base.year),
          onProgress,
        );
        if (!opened.ok) return err([opened.error]);
        job = opened.value;
        await nextFrame();
        return ok(job.analyze());
      }
      if (!job) return err(['没有正在导入的文件，请重新选择文件。']);
      if (request.type === 'analyze') return ok(job.analyze(request.choices));
      return job.apply(request.mode, request.allowRejectedRows);
    } catch (e) {
      console.error('import:', e);
      return err([unreadableFileMessage(fileName)]);
    }
  };
}

interface RemoteWorker {
  ask: Ask;
  stop(): void;
}

/**
 * A worker running the job. `onUnavailable`: it failed before its script said it was ready (the
 * platform does not allow it: the page does the work instead). A failure after that is the job's
 * (the file's): said as unreadableFileMessage, and the worker is replaced for the next file.
 */
function inWorker(worker: Worker, onUnavailable: () => void, onDead: () => void, fileName: () => string): RemoteWorker {
  let seq = 0;
  let ready = false;
  const pending = new Map<number, { resolve(o: Outcome): void; onProgress?: (f: number) => void }>();
  const settleAll = (o: Outcome) => {
    for (const p of pending.values()) p.resolve(o);
    pending.clear();
  };
  worker.onmessage = (e: MessageEvent<JobReply>) => {
    const m = e.data;
    if (m.type === 'ready') {
      ready = true;
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.onProgress?.(m.fraction);
      return;
    }
    pending.delete(m.id);
    if (m.type === 'preview') p.resolve(ok(m.preview));
    else if (m.type === 'applied') p.resolve(ok(m.text));
    else p.resolve(err(m.errors));
  };
  worker.onerror = (e) => {
    e.preventDefault();
    if (!ready) {
      onUnavailable();
      settleAll(err([WORKER_FAILED]));
      return;
    }
    onDead();
    worker.terminate();
    settleAll(err([unreadableFileMessage(fileName())]));
  };
  return {
    ask: (request, onProgress) =>
      new Promise<Outcome>((resolve) => {
        seq += 1;
        pending.set(seq, { resolve, onProgress });
        worker.postMessage({ ...request, id: seq } as JobRequest);
      }),
    stop() {
      worker.terminate();
      settleAll(err([CANCELLED]));
    },
  };
}

export function createImportClient(catalogsFor: (year: number) => CatalogPair): ImportClient {
  const local = inPage(catalogsFor);
  let broken = false;
  let remote: RemoteWorker | null = null;
  let last: {
    bytes: Uint8Array;
    fileName: string;
    base: Draft;
    catalogFiles: { name: string; text: string }[];
  } | null = null;
  let lastChoices: Record<string, SheetChoice> = {};
  /** Bumped by cancel(): answers to older requests are dropped. */
  let generation = 0;

  const worker = (): RemoteWorker | null => {
    if (broken) return null;
    if (remote) return remote;
    try {
      const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: '数据导入' });
      const r = inWorker(
        w,
        () => {
          broken = true;
        },
        () => {
          if (remote === r) remote = null;
        },
        () => last?.fileName ?? '',
      );
      remote = r;
      return r;
    } catch {
      broken = true;
      return null;
    }
  };

  /** Asks the worker; when it cannot run (blocked by the platform), the page does the work, replaying the file. */
  const ask: Ask = async (request, onProgress) => {
    const asked = generation;
    const w = worker();
    if (w) {
      const r = await w.ask(request, onProgress);
      if (asked !== generation) return err([CANCELLED]);
      if (r.ok || r.error[0] !== WORKER_FAILED) return r;
      if (request.type !== 'open' && last) {
        const reopened = await local({ type: 'open', ...last });
        if (!reopened.ok) return reopened;
        await local({ type: 'analyze', choices: lastChoices });
      }
    }
    const r = await local(request, onProgress);
    return asked !== generation ? err([CANCELLED]) : r;
  };

  worker(); // started at once: its script loads while the officer picks a file
  return {
    async open(bytes, fileName, base, onProgress) {
      last = { bytes, fileName, base, catalogFiles: [] };
      lastChoices = {};
      // The worker gets a copy: the page keeps its bytes to replay them if the worker fails.
      return ask(
        { type: 'open', bytes: bytes.slice(), fileName, base, catalogFiles: localCatalogFiles() },
        onProgress,
      ) as Promise<Result<PreviewSummary, string[]>>;
    },
    async analyze(choices) {
      lastChoices = choices;
      return ask({ type: 'analyze', choices }) as Promise<Result<PreviewSummary, string[]>>;
    },
    async apply(mode, allowRejectedRows) {
      return ask({ type: 'apply', mode, allowRejectedRows }) as Promise<Result<string, string[]>>;
    },
    cancel() {
      generation += 1;
      remote?.stop();
      remote = null;
      last = null;
    },
    dispose() {
      generation += 1;
      remote?.stop();
      remote = null;
    },
  };
}
