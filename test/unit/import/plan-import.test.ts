import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../src-core/import/plan-import';
import { line, preview, smallBase, TEMPLATE_HEADER, xlsx } from './helpers';
import { zhoushanDraft } from '../fixture-resources';

describe('applying an import', () => {
  it('replace and append; nothing before confirmation; rejected rows only when allowed', async () => {
    const base = zhoushanDraft();
    const p = await preview(
      await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, line({ amount: 7 }), line({ amount: 'x' })] }]),
      'a.xlsx',
      { base },
    );
    expect(applyImport(base, p, { mode: 'replace', confirmed: false })).toEqual({
      ok: false,
      error: ['导入尚未确认：请先查看预览并确认。'],
    });
    expect(applyImport(base, p, { mode: 'replace', confirmed: true }).ok).toBe(false);
    const replaced = applyImport(base, p, { mode: 'replace', confirmed: true, allowRejectedRows: true });
    const appended = applyImport(base, p, { mode: 'append', confirmed: true, allowRejectedRows: true });
    if (!replaced.ok || !appended.ok) throw new Error('should apply');
    expect(replaced.value.expenses.map((e) => e.amount)).toEqual(['7']);
    expect(appended.value.expenses).toHaveLength(base.expenses.length + 1);
    expect(replaced.value.income).toEqual(base.income); // no 收入 sheet: income kept
    expect(base.expenses).toHaveLength(43); // the base is never changed
  });

  it('units and projects from the file are merged by code, keeping the draft’s other fields', async () => {
    const base = smallBase();
    base.projects[0] = {
      ...base.projects[0],
      indicators: [
        { level1: '产出指标', level2: '数量指标', level3: '培训', op: '≥', value: '4', unit: '次', weight: 20 },
      ],
    };
    const p = await preview(
      await xlsx([
        { name: '支出明细', rows: [TEMPLATE_HEADER, line()] },
        {
          name: '单位',
          rows: [
            ['单位编码', '单位名称', '单位类型'],
            ['167001', '新名称', '行政单位'],
            ['167002', '下属中心', '事业单位'],
          ],
        },
        {
          name: '项目',
          rows: [
            ['项目编码', '单位编码', '项目名称'],
            ['167001-01', '167001', '改名后的项目'],
          ],
        },
      ]),
      'a.xlsx',
      { base },
    );
    const r = applyImport(base, p, { mode: 'append', confirmed: true });
    if (!r.ok) throw new Error(r.error.join('\n'));
    expect(r.value.units).toEqual([
      { code: '167001', name: '新名称', type: 'admin' },
      { code: '167002', name: '下属中心', type: 'institution' },
    ]);
    expect(r.value.projects[0]).toMatchObject({
      name: '改名后的项目',
      goal: base.projects[0].goal,
      indicators: base.projects[0].indicators,
    });
  });
});
