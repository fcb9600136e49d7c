import type { DraftHead } from '../../data/records';
import type { Stream } from '../../../src-core/domain/tables/spec';
import type { LinesByStream } from '../session/line-edits';

/** What the section editors read of the open draft (DraftSession provides it). */
export interface DraftReader {
  readonly head: DraftHead;
  /** Increases with every change of the draft (DraftSession's), for what is worth keeping until the next. */
  readonly version?: number;
  lineIds(stream: Stream): readonly string[];
  line<S extends Stream>(stream: S, id: string): LinesByStream[S];
}

/** Every stream, in the order the draft file lists them. */
export const ALL_STREAMS: readonly Stream[] = ['income', 'expense', 'carryForward', 'procurement'];

/** Chinese names of the streams, for messages (“被 3 条支出明细使用”). */
export const STREAM_NAMES: Record<Stream, string> = {
  income: '收入',
  expense: '支出明细',
  carryForward: '年终结转结余',
  procurement: '政府采购',
};

/** The id of the line after `id` in its stream (where undo puts a removed line back). */
export function nextLineId(reader: DraftReader, stream: Stream, id: string): string | undefined {
  const ids = reader.lineIds(stream);
  const i = ids.indexOf(id);
  return i >= 0 ? ids[i + 1] : undefined;
}

/** “3 条支出明细、1 条政府采购” — counts per stream, the non-zero ones. */
export function describeCounts(counts: Partial<Record<Stream | 'projects', number>>): string {
  const names: Record<Stream | 'projects', string> = { ...STREAM_NAMES, projects: '项目' };
  const parts = (Object.keys(names) as (Stream | 'projects')[])
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${counts[k]} ${k === 'projects' ? '个' : '条'}${names[k]}`);
  return parts.join('、');
}
