/// <reference lib="webworker" />
import { builtinResources } from '../../builtin/resources';
import { ImportJob } from '../../../src-core/import/import-job';
import { unreadableFileMessage } from '../../../src-core/import/messages';
import type { JobReply, JobRequest } from './job-protocol';

/**
 * The import off the page's thread: reading a 50,000-line workbook and validating every row takes
 * about a second or two, during which the page keeps answering (progress is posted as it goes).
 * An .xls loads SheetJS here (its own chunk), never in the page.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let job: ImportJob | null = null;
let resources: ReturnType<typeof builtinResources> | null = null;
let resourcesKey = '';
/** The file being imported, for the message of an unexpected failure. */
let fileName = '';

const reply = (m: JobReply) => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<JobRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'open') {
      fileName = m.fileName;
      // The page's imported catalogs (localStorage is not available here).
      const key = JSON.stringify(m.catalogFiles);
      if (!resources || key !== resourcesKey) {
        resources = builtinResources(m.catalogFiles);
        resourcesKey = key;
      }
      if (!resources.ok) {
        reply({ id: m.id, type: 'failed', errors: [`内置科目表无法读取：${resources.error}`] });
        return;
      }
      const catalogs = resources.value.catalogs.forYear(m.base.year);
      const opened = await ImportJob.open(m.bytes, m.fileName, m.base, catalogs, (fraction) =>
        reply({ id: m.id, type: 'progress', fraction }),
      );
      if (!opened.ok) {
        job = null;
        reply({ id: m.id, type: 'failed', errors: [opened.error] });
        return;
      }
      job = opened.value;
      reply({ id: m.id, type: 'preview', preview: job.analyze() });
    } else if (m.type === 'analyze') {
      if (!job) throw new Error('没有正在导入的文件');
      reply({ id: m.id, type: 'preview', preview: job.analyze(m.choices) });
    } else if (m.type === 'apply') {
      if (!job) throw new Error('没有正在导入的文件');
      const r = job.apply(m.mode, m.allowRejectedRows);
      reply(r.ok ? { id: m.id, type: 'applied', text: r.value } : { id: m.id, type: 'failed', errors: r.error });
    }
  } catch (error) {
    // Never the exception's (English) text: the same Chinese message as the CLI's.
    console.error('import worker:', error);
    job = null;
    reply({ id: m.id, type: 'failed', errors: [unreadableFileMessage(fileName)] });
  }
};

reply({ id: 0, type: 'ready' });
