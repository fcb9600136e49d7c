import type { BudgetEngine, Status } from '../../domain/engine/budget-engine';
import type { Finding } from '../../domain/rules/types';
import type { DerivedTable } from '../../domain/tables/derived';
import type { AmountUnit } from '../../domain/money/units';

/** What the screen shows of an engine: read once per change, not once per render. */
export interface WorkspaceView {
  status: Status;
  unit: AmountUnit;
  departmentName: string;
  tables: DerivedTable[];
  findings: Finding[];
}

export function workspaceView(engine: BudgetEngine): WorkspaceView {
  const draft = engine.draft;
  return {
    status: engine.status(),
    unit: draft.publishUnit,
    departmentName: draft.department.name,
    tables: engine.tables(),
    findings: engine.findings(),
  };
}
