import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { formLayout, LABEL_COLUMN_NUMBER } from '../../../src-core/export/paper/form-layout';
import {
  FORM_LABELS,
  isProjectForms,
  PROJECT_FORM_WIDTH,
  projectForms,
} from '../../../src-core/export/paper/project-form';
import { layoutSheet } from '../../../src-core/export/xlsx/sheet-layout';
import { engineFor, zhoushanDraft } from '../fixture-resources';

/** T13 prints 绩效目标 after the amount (`afterAmounts` in its definition), in every paper form. */
describe('T13: a descriptive column after the amounts', () => {
  const t13 = engineFor(zhoushanDraft(), 'zhejiang').table('T13')!;

  it('the paper form puts 绩效目标 after 财政拨款金额, with its 栏次 “**”', () => {
    const form = formLayout(t13);
    const [side] = form.sides;
    expect(side.labels.map((l) => l.title)).toEqual(['单位代码', '单位名称', '二级项目名称']);
    expect(side.trailing.map((l) => l.title)).toEqual(['绩效目标']);
    expect(side.trailingKinds).toEqual(['prose']);
    const header = [...form.header.cells].sort((a, b) => a.col - b.col).map((h) => h.text);
    expect(header).toEqual(['单位代码', '单位名称', '二级项目名称', '财政拨款金额', '绩效目标']);
    expect(form.columnNumbers?.map((n) => n.text)).toEqual([
      LABEL_COLUMN_NUMBER,
      LABEL_COLUMN_NUMBER,
      LABEL_COLUMN_NUMBER,
      '1',
      LABEL_COLUMN_NUMBER,
    ]);
    // The table's JSON keeps its label columns as defined: the order is the paper form's business.
    expect(t13.labelColumns.map((l) => l.key)).toEqual(['unitCode', 'unitName', 'projectName', 'goal']);
  });

  it('the Excel sheet writes the amount in column 4 and the goal as prose in column 5', () => {
    const sheet = layoutSheet(t13, '舟山市人民政府办公室');
    expect(sheet.columnKinds).toEqual(['text', 'text', 'text', 'amount', 'prose']);
    expect(sheet.labelIndex.get('main|goal')).toBe(4);
    expect(sheet.columnIndex.get('main|fiscal')).toBe(3);
    const r = sheet.rowIndex.get('main|project:167001-05')!;
    const cells = sheet.cells[r];
    expect(cells.slice(0, 3).map((c) => c?.text)).toEqual(['167001', '舟山市人民政府办公室', '舟山公报经费']);
    expect(cells[3]).toMatchObject({ kind: 'amount', amount: '15.00' });
    expect(cells[4]?.kind).toBe('prose');
    expect(cells[4]?.text).toMatch(/^发挥政务信息在政府工作中的重要作用/);
    // The 合计 spans the three label columns left of the amount; its goal cell stays blank.
    const total = sheet.cells[sheet.rowIndex.get('main|total')!];
    expect(total[0]).toMatchObject({ kind: 'total', text: '合计' });
    expect(sheet.merges).toContainEqual({
      top: sheet.rowIndex.get('main|total')!,
      left: 0,
      bottom: sheet.rowIndex.get('main|total')!,
      right: 2,
    });
    expect(total[4]?.text).toBe('');
  });

  it('a table without such a column keeps every label left of the amounts', () => {
    const t10 = engineFor(zhoushanDraft(), 'zhejiang').table('T10')!;
    const [side] = formLayout(t10).sides;
    expect(side.trailing).toEqual([]);
    expect(side.labels.map((l) => l.key)).toEqual(t10.labelColumns.map((l) => l.key));
  });
});

/** The 舟山 draft as a Chongqing department's, with indicators on the first project. */
function chongqingDraft(): Draft {
  const draft = zhoushanDraft();
  return {
    ...draft,
    projects: draft.projects.map((p, i) =>
      i === 0
        ? {
            ...p,
            executionWeight: 10,
            indicators: [
              {
                level1: '产出指标',
                level2: '数量指标',
                level3: '培训次数',
                op: '≥',
                value: '4',
                unit: '次',
                weight: 90,
              },
            ],
          }
        : p,
    ),
  };
}

describe('the paper model of a project form (Chongqing 表十), shared by Excel, print and screen', () => {
  const draft = chongqingDraft();
  const t11 = engineFor(draft, 'chongqing').table('T11')!;
  const forms = projectForms(t11, '舟山市人民政府办公室');

  it('one form per project, in draft order, each line seven columns wide', () => {
    expect(isProjectForms(t11)).toBe(true);
    expect(forms.map((f) => f.lines[0].cells[1].text)).toEqual(draft.projects.map((p) => p.name));
    for (const f of forms)
      for (const line of f.lines) expect(line.cells.reduce((a, c) => a + c.colSpan, 0)).toBe(PROJECT_FORM_WIDTH);
  });

  it('fills the fields the draft has and leaves the others blank', () => {
    const [first, second] = forms;
    const texts = (i: number, f = first) => f.lines[i].cells.map((c) => c.text);
    expect(texts(1)).toEqual([FORM_LABELS.leader, '', FORM_LABELS.department, '舟山市人民政府办公室']);
    expect(texts(3)).toEqual(['项目金额', '204.00', '其中：一般公共预算', '204.00']);
    expect(texts(6)).toEqual([FORM_LABELS.executionWeight, '10']);
    expect(texts(7)).toEqual(['产出指标', '数量指标', '培训次数', '≥', '4', '次', '90']);
    expect(texts(6, second)).toEqual([FORM_LABELS.executionWeight, '']);
    expect(second.lines).toHaveLength(7); // no indicators: the form ends at 预算执行率权重
    // The lines that show a table row name it (the sheet finds its cells by them).
    expect(first.lines[0].row?.key).toBe(first.key);
    expect(first.lines[7].row?.key).toBe(`${first.key}/ind:0`);
  });

  it('no internal key is in any printed text', () => {
    const all = forms.flatMap((f) => f.lines.flatMap((l) => l.cells.map((c) => c.text)));
    for (const key of ['project:', '/ind:', 'executionWeight', 'level1', 'goal', 'unitName'])
      expect(all.some((t) => t.includes(key))).toBe(false);
  });
});
