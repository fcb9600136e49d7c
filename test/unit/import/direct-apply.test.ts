import { describe, expect, it } from 'vitest';
import { loadDraftJson } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import type { Draft } from '../../../src-core/domain/draft/types';
import { applyImport } from '../../../src-core/import/plan-import';
import type { ImportPreview } from '../../../src-core/import/import-workbook';
import { draftToTemplate } from '../../../src-core/import/template';
import { zhoushanDraft } from '../fixture-resources';
import { bareBase, line, preview, TEMPLATE_HEADER, xlsx } from './helpers';

/** What the import stored before issue 15: the new draft written as text and read back. */
function roundTrip(d: Draft): Draft {
  const loaded = loadDraftJson(JSON.parse(saveDraftText(d)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value.draft;
}

describe('applying validated rows directly (no save + load of the whole draft)', () => {
  it('gives the draft the text round trip gives, in replace and append mode', async () => {
    const fixture = zhoushanDraft();
    const p = await preview(await draftToTemplate(fixture), 'z.xlsx', { base: bareBase() });
    for (const [base, mode] of [
      [bareBase(), 'replace'],
      [fixture, 'append'],
      [fixture, 'replace'],
    ] as const) {
      const r = applyImport(base, p, { mode, confirmed: true });
      if (!r.ok) throw new Error(r.error.join('\n'));
      expect(r.value).toEqual(roundTrip(r.value));
      expect(saveDraftText(r.value)).toBe(saveDraftText(roundTrip(r.value)));
    }
  });

  it('still refuses a result that breaks the draft format, naming the place, and changes nothing', async () => {
    const base = zhoushanDraft();
    const p = await preview(await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, line()] }]), 'a.xlsx', { base });
    // A broken invariant (the rows were validated, so only a bug could cause it): a line of a unit no one knows.
    const broken: ImportPreview = {
      ...p,
      expenses: [{ row: 2, line: { ...p.expenses[0].line, unit: '999999', amount: '12345678901234567' } }],
    };
    const r = applyImport(base, broken, { mode: 'append', confirmed: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toBe('导入结果不是有效的草稿，未作改动：');
    expect(r.error[1]).toContain(`expenses[${base.expenses.length}].unit：引用了不存在的单位“999999”`);
    expect(r.error[1]).toContain('金额过大');
    expect(base.expenses).toHaveLength(43);
  });
});
