import type { StandardTerm } from '../../src-core/domain/report/glossary';
import termsFile from '../../resources/glossary/standard-terms.json';

/** The standard 名词解释 terms (resources/glossary/standard-terms.json), bundled by Vite as JSON. */
export const builtinStandardTerms: readonly StandardTerm[] = (termsFile.terms as readonly Partial<StandardTerm>[])
  .filter(
    (t): t is StandardTerm =>
      typeof t.term === 'string' && typeof t.definition === 'string' && typeof t.source === 'string',
  )
  .map((t) => ({ term: t.term, definition: t.definition, source: t.source }));
