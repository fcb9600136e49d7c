import { describe, expect, it } from 'vitest';
import { formLayout, printedAmount } from '../../../src-core/export/paper/form-layout';
import { engineFor, zhoushanDraft } from '../fixture-resources';

describe('the paper form of a table (shared by Excel, report and preview)', () => {
  const zhejiang = new Map(
    engineFor(zhoushanDraft(), 'zhejiang')
      .tables()
      .map((t) => [t.id, t]),
  );
  const national = new Map(
    engineFor(zhoushanDraft(), 'national')
      .tables()
      .map((t) => [t.id, t]),
  );

  it('T01: 收入 | 支出 side by side, closing totals aligned on the last lines', () => {
    const form = formLayout(zhejiang.get('T01')!);
    expect(form.sides.map((s) => s.section)).toEqual(['in', 'out']);
    expect(form.header.cells.filter((h) => h.kind === 'section').map((h) => [h.text, h.col, h.colSpan])).toEqual([
      ['收　　入', 0, 2],
      ['支　　出', 2, 2],
    ]);
    const last = form.lines.at(-1)!;
    expect(last.map((r) => r?.key)).toEqual(['in:total', 'out:total']);
    const subtotalLine = form.lines.find((l) => l[0]?.key === 'in:subtotal')!;
    expect(subtotalLine[1]?.key).toBe('out:subtotal');
  });

  it('T03 (national): 基本支出 merged over its printed columns, labels spanning both header rows', () => {
    const form = formLayout(national.get('T03')!);
    expect(form.header.depth).toBe(2);
    const basic = form.header.cells.find((h) => h.kind === 'group' && h.text === '基本支出')!;
    expect(basic.colSpan).toBe(3);
    expect(form.header.cells.filter((h) => h.kind === 'label').every((h) => h.rowSpan === 2)).toBe(true);
  });

  it('栏次: ** under descriptive columns, 1… under amounts', () => {
    const form = formLayout(zhejiang.get('T05')!);
    expect(form.columnNumbers!.map((n) => n.text)).toEqual(['**', '**', '1', '2', '3', '4', '5']);
  });

  it('prints zero as blank', () => {
    expect(printedAmount('0.00')).toBe('');
    expect(printedAmount('-0.00')).toBe('');
    expect(printedAmount('12.30')).toBe('12.30');
  });
});
