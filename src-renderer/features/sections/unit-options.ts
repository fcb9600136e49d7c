import type { BudgetUnit } from '../../../src-core/domain/draft/types';
import type { RecordOption } from './RecordTable';

/** The units of the draft as select choices (“167001 舟山市人民政府办公室”). */
export function unitOptions(units: readonly BudgetUnit[]): RecordOption[] {
  return units.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }));
}

/** A unit code as shown in a table: its name, or the code when unknown. */
export function unitName(units: readonly BudgetUnit[], code: string): string {
  return units.find((u) => u.code === code)?.name ?? code;
}
