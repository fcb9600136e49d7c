import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, zhoushanDraft } from '../fixture-resources';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { blankTemplate, draftToTemplate } from '../../../src-core/import/template';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { classifySheet, proposeMapping } from '../../../src-core/import/mapping';
import { applyImport } from '../../../src-core/import/plan-import';
import { bareBase, preview } from './helpers';

describe('template round trip (舟山 2022)', () => {
  it('exports the fixture to the template, imports it, and gets the fixture back', async () => {
    const fixture = zhoushanDraft();
    const bytes = await draftToTemplate(fixture);
    mkdirSync(join(FIXTURES, 'import'), { recursive: true });
    writeFileSync(join(FIXTURES, 'import', 'zhoushan-2022.template.xlsx'), bytes);

    const p = await preview(bytes, 'zhoushan-2022.template.xlsx', { base: bareBase() });
    expect(p.problems).toEqual([]);
    expect(p.sheets.map((s) => s.kind).sort()).toEqual(['expenses', 'income', 'projects', 'units']);
    expect(p.expenses).toHaveLength(fixture.expenses.length);
    expect(p.expenses[0].line.amount).toBe('2874600.00');
    const applied = applyImport({ ...bareBase(), procurement: fixture.procurement }, p, {
      mode: 'replace',
      confirmed: true,
    });
    if (!applied.ok) throw new Error(applied.error.join('\n'));
    expect(saveDraftText(applied.value)).toBe(saveDraftText(fixture));
  });

  it('the blank template has every sheet, recognised header by header', async () => {
    const wb = await readWorkbook(await blankTemplate(), 'template.xlsx');
    if (!wb.ok) throw new Error(wb.error);
    expect(wb.value.sheets.map((s) => s.name)).toEqual(['支出明细', '单位', '收入', '项目', '填写说明']);
    // 填写说明 (template-guide.ts) is never taken for data.
    expect(classifySheet(wb.value.sheets[4])).toBeNull();
    for (const s of wb.value.sheets.slice(0, 4)) {
      const kind = classifySheet(s);
      expect(kind).not.toBeNull();
      const m = proposeMapping(s, kind!)!;
      expect(m.unmapped, s.name).toEqual([]);
      expect(m.missing, s.name).toEqual([]);
    }
    expect(wb.value.sheets[0].rows[0].cells).toEqual([
      '单位编码',
      '单位名称',
      '功能科目编码',
      '经济科目编码',
      '支出类型',
      '资金来源',
      '是否上年结转',
      '项目编码',
      '项目名称',
      '金额（元）',
      '备注',
    ]);
  });
});
