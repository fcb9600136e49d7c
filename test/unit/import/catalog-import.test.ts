import { describe, expect, it } from 'vitest';
import { applyCatalog, prepareCatalogImport } from '../../../src-core/import/catalog-import';
import { catalogs, csvBytes, xlsx } from './helpers';
import { zhoushanDraft } from '../fixture-resources';

describe('catalog import (支出功能分类 / 经济分类 from Excel or CSV)', () => {
  it('shows the diff against the built-in list and the draft codes that would become unknown', async () => {
    const current = catalogs();
    const old301 = current.economic.get('301')!;
    const old30101 = current.economic.get('30101')!;
    const bytes = await xlsx([
      {
        name: '经济分类',
        rows: [
          ['2026年部门预算支出经济分类科目'],
          ['科目编码', '科目名称', '说明'],
          ['301', old301.name, '新的说明'],
          ['30101', '基本工资（新）', old30101.description],
          ['30102', current.economic.name('30102'), ''],
          ['31999', '新增科目', '新增'],
        ],
      },
    ]);
    const r = await prepareCatalogImport(bytes, '经济分类.xlsx', 'economic', current, zhoushanDraft());
    if (!r.ok) throw new Error(r.error.join('\n'));
    const { diff, unknownInDraft, catalog } = r.value;
    expect(diff.added.map((e) => e.code)).toEqual(['31999']);
    expect(diff.renamed).toEqual([{ code: '30101', from: old30101.name, to: '基本工资（新）' }]);
    expect(diff.descriptionChanged.map((d) => d.code)).toEqual(['301']);
    expect(diff.removed.length).toBe(current.economic.size - 3);
    expect(catalog.get('301')!.basicKind).toBe(old301.basicKind);
    expect(catalog.get('30102')!.description).toBe(current.economic.get('30102')!.description);
    expect(unknownInDraft.map((u) => u.code)).toContain('30201');
    expect(unknownInDraft.find((u) => u.code === '30201')!.lines.length).toBeGreaterThan(0);
    expect(applyCatalog(current, catalog).economic).toBe(catalog);
    expect(applyCatalog(current, catalog).function).toBe(current.function);
  });

  it('reads a CSV and lists bad codes with their row', async () => {
    const r = await prepareCatalogImport(
      csvBytes('编码,名称\n201,一般公共服务支出\n2010,坏编码\n20101,人大事务\n'),
      'f.csv',
      'function',
      catalogs(),
    );
    expect(r).toEqual({ ok: false, error: ['工作表“f”第 3 行：科目编码“2010”无效（应为 3、5 或 7 位数字）'] });
    const none = await prepareCatalogImport(csvBytes('甲,乙\n1,2\n'), 'f.csv', 'function', catalogs());
    expect(none.ok ? '' : none.error[0]).toMatch(/找不到科目编码列/);
  });
});
