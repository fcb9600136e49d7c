import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { projectForms } from '../../../src-core/export/paper/project-form';
import { lineCells, paperForm } from '../../../src-renderer/features/tables/paper-grid';
import { updateProjectForms } from '../../../src-renderer/features/tables/project-form-update';
import { engineFor, zhoushanDraft } from '../fixture-resources';

const DEPT = '舟山市人民政府办公室';

function withIndicators(): Draft {
  const draft = zhoushanDraft();
  const ind = {
    level1: '产出指标',
    level2: '数量指标',
    level3: '培训次数',
    op: '≥',
    value: '4',
    unit: '次',
    weight: 90,
  };
  return { ...draft, projects: draft.projects.map((p) => ({ ...p, indicators: [ind] })) };
}

describe('Chongqing 表十 on screen: forms made from the last ones (project-form-update.ts)', () => {
  it('equals the forms made afresh, and keeps the form objects of projects an edit did not touch', () => {
    const engine = engineFor(withIndicators(), 'chongqing');
    const first = updateProjectForms(null, engine.table('T11')!, DEPT);
    expect(first.forms).toEqual(projectForms(engine.table('T11')!, DEPT));

    // An amount of the second project changes: only its form is made again.
    const project = engine.head.projects[1].code;
    const id = engine.lineIds('expense').find((i) => engine.line('expense', i)!.project === project)!;
    engine.setLine('expense', id, { ...engine.line('expense', id)!, amount: '4321.00' });
    const next = updateProjectForms(first, engine.table('T11')!, DEPT);
    expect(next.forms).toEqual(projectForms(engine.table('T11')!, DEPT));
    const kept = next.forms.map((f, i) => f === first.forms[i]);
    expect(kept).toEqual(next.forms.map((f) => f.key !== `project:${project}`));
    expect(kept.filter((k) => !k)).toHaveLength(1);
  });

  it('another department name makes every form again', () => {
    const engine = engineFor(withIndicators(), 'chongqing');
    const first = updateProjectForms(null, engine.table('T11')!, DEPT);
    const renamed = updateProjectForms(first, engine.table('T11')!, '另一个部门');
    expect(renamed.forms.some((f, i) => f === first.forms[i])).toBe(false);
    expect(renamed.forms[0].lines[1].cells[3].text).toBe('另一个部门');
  });
});

describe('T13 on screen: 绩效目标 after the amount', () => {
  it('header and body cells in the seed’s order', () => {
    const form = paperForm(engineFor(zhoushanDraft(), 'zhejiang').table('T13')!);
    expect(form.header[0].map((h) => h.text)).toEqual([
      '单位代码',
      '单位名称',
      '二级项目名称',
      '财政拨款金额',
      '绩效目标',
    ]);
    const line = form.lines.find((l) => l[0]?.key === 'project:167001-05')!;
    const cells = lineCells(form.sides, line);
    expect(cells.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'amount', 'prose']);
    expect(cells[3].text).toBe('15.00');
    expect(cells[4].text).toMatch(/^发挥政务信息在政府工作中的重要作用/);
  });
});
