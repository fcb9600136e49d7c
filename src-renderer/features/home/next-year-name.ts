import type { DraftSummary } from '../../data/draft-repository';
import { defaultDraftName } from '../../data/records';

/**
 * The proposed name of next year's draft: last year's name with its year replaced
 * (“2022年…部门预算” → “2023年…部门预算”), or the usual “2023年<部门>部门预算”.
 */
export function nextYearName(source: Pick<DraftSummary, 'name' | 'year' | 'departmentName'>, year: number): string {
  const old = String(source.year);
  if (source.name.includes(old)) return source.name.replace(old, String(year));
  return defaultDraftName({ year, department: { code: '', name: source.departmentName } });
}

/** The draft most likely meant as last year's: the latest year, then the latest change. */
export function likelySource(drafts: readonly DraftSummary[]): DraftSummary | undefined {
  return [...drafts].sort((a, b) => b.year - a.year || b.updatedAt - a.updatedAt)[0];
}
