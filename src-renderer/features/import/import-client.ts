import type { CatalogPair } from '../../domain/catalog/catalog';
import type { Draft } from '../../domain/draft/types';
import { err, ok, type Result } from '../../domain/result';
import { ImportJob, type PreviewSummary } from '../../import/import-job';
import type { SheetChoice } from '../../import/import-workbook';
import type { ImportMode } from '../../import/plan-import';
import type { JobReply, JobRequest } from './job-protocol';
import { localCatalogFiles } from './local-catalogs';

/**
 * The page's handle on one import: in a Web Worker when the platform gives one (the page stays
 * responsive and shows progress), else in the page itself, yielding to the browser between steps.
 */
export interface ImportClient {
  open(bytes: Uint8Array, fileName: string, base: Draft, onProgress: (fraction: number) => void): Promise<Result<PreviewSummary, string[]>>;
  analyze(choices: Record<string, SheetChoice>): Promise<Result<PreviewSummary, string[]>>;
  /** The new draft as draft-file text. */
  apply(mode: ImportMode, allowRejectedRows: boolean): Promise<Result<string, string[]>>;
  dispose(): void;
}

type Outcome = Result<PreviewSummary | string, string[]>;
type Ask = (request: DistributiveOmit<JobRequest, 'id'>, onProgress?: (f: number) => void) => Promise<Outcome>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same steps in the page (no worker). */
function inPage(catalogsFor: (year: number) => CatalogPair): Ask {
  let job: ImportJob | null = null;
  return async (request, onProgress) => {
    await nextFrame();
    if (request.type === 'open') {
      const opened = await ImportJob.open(request.bytes, request.fileName, request.base, catalogsFor(request.base.year), onProgress);
      if (!opened.ok) return err([opened.error]);
      job = opened.value;
      await nextFrame();
      return ok(job.analyze());
    }
    if (!job) return err(['没有正在导入的文件']);
    if (request.type === 'analyze') return ok(job.analyze(request.choices));
    return job.apply(request.mode, request.allowRejectedRows);
  };
}

function inWorker(worker: Worker, onBroken: () => void): Ask {
  let seq = 0;
  const pending = new Map<number, { resolve(o: Outcome): void; onProgress?: (f: number) => void }>();
  worker.onmessage = (e: MessageEvent<JobReply>) => {
    const m = e.data;
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
    onBroken();
    for (const p of pending.values()) p.resolve(err(['__worker_failed__']));
    pending.clear();
  };
  return (request, onProgress) => new Promise<Outcome>((resolve) => {
    seq += 1;
    pending.set(seq, { resolve, onProgress });
    worker.postMessage({ ...request, id: seq } as JobRequest);
  });
}

export function createImportClient(catalogsFor: (year: number) => CatalogPair): ImportClient {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: '数据导入' });
  } catch {
    worker = null;
  }
  const local = inPage(catalogsFor);
  let broken = !worker;
  const remote = worker ? inWorker(worker, () => { broken = true; }) : local;
  let last: { bytes: Uint8Array; fileName: string; base: Draft; catalogFiles: { name: string; text: string }[] } | null = null;
  let lastChoices: Record<string, SheetChoice> = {};

  /** Asks the worker; when it cannot run (blocked by the platform), the page does the work, replaying the file. */
  const ask: Ask = async (request, onProgress) => {
    if (!broken) {
      const r = await remote(request, onProgress);
      if (r.ok || r.error[0] !== '__worker_failed__') return r;
      if (request.type !== 'open' && last) {
        const reopened = await local({ type: 'open', ...last });
        if (!reopened.ok) return reopened;
        await local({ type: 'analyze', choices: lastChoices });
      }
    }
    return local(request, onProgress);
  };

  return {
    async open(bytes, fileName, base, onProgress) {
      last = { bytes, fileName, base, catalogFiles: [] };
      lastChoices = {};
      // The worker gets a copy: the page keeps its bytes to replay them if the worker fails.
      return ask({ type: 'open', bytes: bytes.slice(), fileName, base, catalogFiles: localCatalogFiles() }, onProgress) as Promise<Result<PreviewSummary, string[]>>;
    },
    async analyze(choices) {
      lastChoices = choices;
      return ask({ type: 'analyze', choices }) as Promise<Result<PreviewSummary, string[]>>;
    },
    async apply(mode, allowRejectedRows) {
      return ask({ type: 'apply', mode, allowRejectedRows }) as Promise<Result<string, string[]>>;
    },
    dispose() {
      worker?.terminate();
    },
  };
}
