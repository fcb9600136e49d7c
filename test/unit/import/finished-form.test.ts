import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../src-core/export/xlsx/workbook-writer';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';
import { bareBase, preview } from './helpers';
import { applyImport } from '../../../src-core/import/plan-import';

describe('a workbook of the published tables (成表)', () => {
  it('cannot become a draft: said once, naming the tables and what to export instead', async () => {
    for (const layoutId of ['national', 'zhejiang']) {
      const engine = engineFor(zhoushanDraft(), layoutId);
      const bytes = await writeXlsx(
        { draft: engine.draft, layout: testResources().layouts.get(layoutId)!, tables: engine.tables() },
        {},
      );
      const p = await preview(bytes, '部门预算公开表.xlsx', { base: bareBase() });
      expect(p.problems, layoutId).toHaveLength(1);
      expect(p.problems[0].sheet).toBe('');
      expect(p.problems[0].message).toMatch(
        /^这是部门预算公开表（“[^”]+”、.* 等 1\d 个工作表）的工作簿：表中是汇总后的数/,
      );
      expect(p.problems[0].message).toContain('请从预算管理一体化系统导出支出预算明细');
      expect(applyImport(bareBase(), p, { mode: 'replace', confirmed: true, allowRejectedRows: true }).ok).toBe(false);
    }
  });
});
