import { describe, expect, it } from 'vitest';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { hasTargets, ReportFigures } from '../../../src-core/domain/report/figures';
import { syntheticDraft } from '../../bench/synthetic';
import { engineFor, testResources } from '../fixture-resources';

/** The same figures summed plainly, project by project. */
function expected(engine: BudgetEngine) {
  const projects = engine.head.projects;
  const withTargets = projects.filter(hasTargets);
  return {
    count: withTargets.length,
    parents: new Set(withTargets.map((p) => (p.parent ?? '').trim()).filter((p) => p !== '')).size,
    all: withTargets.length === projects.length,
    gpb: withTargets.reduce((sum, p) => sum + engine.ruleContext.aux('projects', `project:${p.code}`, 'gpb'), 0),
  };
}

describe('ReportFigures.projectTargets (绩效目标设置情况) stays current as the draft changes', () => {
  const catalogs = testResources().catalogs.forYear(2025);
  const engine = engineFor(syntheticDraft(catalogs, { units: 5, lines: 400, seed: 3 }), 'zhejiang');
  const targets = () => new ReportFigures(engine).projectTargets();

  it('adds up the projects with a goal or indicators', () => {
    expect(targets()).toEqual(expected(engine));
    expect(targets().count).toBeGreaterThan(1);
    expect(targets().gpb).toBeGreaterThan(0);
  });

  it('after a project line’s amount changes', () => {
    const id = engine.lineIds('expense').find((lineId) => {
      const line = engine.line('expense', lineId)!;
      return line.project !== null && line.source === 'gpb';
    })!;
    const line = engine.line('expense', id)!;
    const before = targets().gpb;
    engine.setLine('expense', id, { ...line, amount: (Number(line.amount) + 100).toFixed(2) });
    expect(targets().gpb).toBe(before + 10000);
    expect(targets()).toEqual(expected(engine));
  });

  it('after a project loses its targets, and after a line names a project that had no line yet', () => {
    const [first, ...others] = engine.head.projects;
    engine.setPart('projects', [{ ...first, goal: '', indicators: [] }, ...others]);
    expect(targets()).toEqual(expected(engine));
    expect(targets().all).toBe(false);

    engine.setPart('projects', [...engine.head.projects, { ...others[0], code: 'NEW-P001', parent: '新一级项目' }]);
    const withoutLine = targets();
    expect(withoutLine).toEqual(expected(engine));
    const template = engine.line('expense', engine.lineIds('expense')[0])!;
    engine.addLine('expense', { ...template, source: 'gpb', carryover: false, project: 'NEW-P001', amount: '50.00' });
    expect(targets()).toEqual(expected(engine));
    expect(targets().gpb).toBe(withoutLine.gpb + 5000);
  });
});
