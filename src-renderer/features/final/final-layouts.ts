import { buildFinalLayouts, type FinalLayout } from '../../../src-core/domain/final/layout';
import type { Result } from '../../../src-core/domain/result';

/** The 决算 layouts shipped in resources/final-layouts/, bundled as text by Vite. */
const files = import.meta.glob<string>('../../../resources/final-layouts/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let built: Result<ReadonlyMap<string, FinalLayout>, string> | null = null;

/** The shipped 决算 layouts by id (read and validated once). */
export function builtinFinalLayouts(): Result<ReadonlyMap<string, FinalLayout>, string> {
  built ??= buildFinalLayouts(
    Object.entries(files).map(([path, text]) => ({ name: path.replace(/^.*\/resources\//, ''), text })),
  );
  return built;
}
