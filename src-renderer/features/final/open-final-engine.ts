import type { FinalDraft } from '../../../src-core/domain/draft/types';
import { FinalEngine } from '../../../src-core/domain/final/final-engine';
import {
  FINAL_LINE_STREAMS,
  FINAL_STREAM_ARRAYS,
  type FinalLineStream,
} from '../../../src-core/domain/final/final-facts';
import { DEFAULT_FINAL_LAYOUT, type FinalLayout } from '../../../src-core/domain/final/layout';
import type { Resources } from '../../../src-core/domain/resources';
import { err, ok, type Result } from '../../../src-core/domain/result';
import { newId } from '../../data/ids';

/**
 * The engine of a 决算 draft opened in the editor, under the default 决算 layout. Its lines get
 * their stored ids (`stored`, from FinalRepository.load) or random ones — never their JSON paths:
 * the checks then name a line by its content, never by a path such as `expenses[4]` that means
 * nothing on screen and changes as lines are removed.
 */
export function openFinalEngine(
  draft: FinalDraft,
  resources: Resources,
  layouts: ReadonlyMap<string, FinalLayout>,
  stored?: Readonly<Record<FinalLineStream, readonly string[]>>,
): Result<FinalEngine, string> {
  const layout = layouts.get(DEFAULT_FINAL_LAYOUT);
  if (!layout) return err(`缺少决算版式“${DEFAULT_FINAL_LAYOUT}”`);
  const lineIds: Partial<Record<FinalLineStream, string[]>> = {};
  for (const stream of FINAL_LINE_STREAMS)
    lineIds[stream] = stored ? [...stored[stream]] : draft[FINAL_STREAM_ARRAYS[stream]].map(() => newId());
  return ok(new FinalEngine(draft, { catalogs: resources.catalogs.forYear(draft.year), layout, lineIds }));
}
