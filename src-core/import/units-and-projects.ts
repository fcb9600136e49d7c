import type { BudgetUnit, Project } from '../domain/draft/types';
import type { AnySheetKind, MappingProposal } from './mapping';
import type { SheetData } from './read-workbook';
import type { ProblemList } from './rows';
import type { KnownUnits } from './validate-rows';
import { validateProjectRows, validateUnitRows } from './validate-sheets';

/**
 * The 单位 and 项目 sheets (of either import) validated first — lines refer to them: the units and
 * projects they give, and every unit and project known after them (the draft's and the file's).
 */
export function readUnitsAndProjects<K extends 'units' | 'projects'>(
  base: { units: readonly BudgetUnit[]; projects: readonly Project[] },
  unitSheet: { sheet: SheetData; mapping: MappingProposal<AnySheetKind> } | undefined,
  projectSheet: { sheet: SheetData; mapping: MappingProposal<AnySheetKind> } | undefined,
  out: { keep?: number; problems: ProblemList; record: (kind: K, rows: number, rejected: number) => void },
): { units: BudgetUnit[]; known: KnownUnits; projects: Project[]; projectUnits: Map<string, string> } {
  const unitCodes = new Map<string, string>(base.units.map((u) => [u.code, u.name]));
  let units: BudgetUnit[] = [];
  if (unitSheet) {
    const r = validateUnitRows(unitSheet.sheet, unitSheet.mapping, out.keep);
    units = r.items.map((i) => i.value);
    for (const x of units) unitCodes.set(x.code, x.name);
    out.problems.addAll(r.problems, r.problemCount);
    out.record('units' as K, r.rowCount, r.rejectedRows);
  }
  const known: KnownUnits = { codes: unitCodes, byName: new Map([...unitCodes].map(([code, name]) => [name, code])) };
  const projectUnits = new Map<string, string>(base.projects.map((p) => [p.code, p.unit]));
  let projects: Project[] = [];
  if (projectSheet) {
    const r = validateProjectRows(projectSheet.sheet, projectSheet.mapping, { units: known, keep: out.keep });
    projects = r.items.map((i) => i.value);
    for (const x of projects) projectUnits.set(x.code, x.unit);
    out.problems.addAll(r.problems, r.problemCount);
    out.record('projects' as K, r.rowCount, r.rejectedRows);
  }
  return { units, known, projects, projectUnits };
}
