import { describe, expect, it } from 'vitest';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { lineCells, lineKeys, paperForm, sameLine } from '../../../src-renderer/features/tables/paper-grid';
import { engineFor, zhoushanDraft } from '../fixture-resources';

describe('the 公开表 preview draws again only the lines whose text changed (paper-grid)', () => {
  it('finds every line of a table unchanged when nothing changed, though the rows are new objects', () => {
    const engine = engineFor(zhoushanDraft());
    const a = paperForm(engine.table('T05')!);
    const b = paperForm(engine.table('T05')!);
    expect(a.lines.length).toBeGreaterThan(10);
    expect(a.lines[0][0]).not.toBe(b.lines[0][0]);
    expect(b.shape).toBe(a.shape);
    expect(a.lines.every((line, i) => sameLine(b.sides, line, b.lines[i]))).toBe(true);
  });

  it('after an amount edit, marks changed exactly the lines whose printed cells differ', () => {
    const engine = engineFor(zhoushanDraft());
    const before = paperForm(engine.table('T05')!);
    const id = engine.lineIds('expense')[0];
    const line = engine.line('expense', id)!;
    engine.setLine('expense', id, { ...line, amount: '123456789.00' } as ExpenseLine);
    const after = paperForm(engine.table('T05')!);
    expect(after.lines.length).toBe(before.lines.length);
    const changed = after.lines.filter((l, i) => !sameLine(after.sides, before.lines[i], l));
    const printed = (l: (typeof after.lines)[number]) => JSON.stringify(lineCells(after.sides, l));
    const differ = after.lines.filter((l, i) => printed(l) !== printed(before.lines[i]));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(after.lines.length);
    expect(changed).toEqual(differ);
    // The totals line, the 类/款/项 of the line's function code change; other lines do not.
    expect(changed.map((l) => l[0]?.code)).toContain(line.function);
  });

  it('lays the two sides of 收支总表 on one line, with keys unique in the table', () => {
    const engine = engineFor(zhoushanDraft());
    const form = paperForm(engine.table('T01')!);
    expect(form.sides).toHaveLength(2);
    const cells = lineCells(form.sides, form.lines[0]);
    expect(cells.reduce((n, c) => n + c.colSpan, 0)).toBe(form.width);
    const keys = lineKeys(form.lines);
    expect(new Set(keys).size).toBe(form.lines.length);
    expect(keys[0]).toContain('|');
  });

  it('makes keys unique when the same rows come twice', () => {
    const engine = engineFor(zhoushanDraft());
    const form = paperForm(engine.table('T05')!);
    const keys = lineKeys([form.lines[0], form.lines[0], form.lines[1]]);
    expect(keys[1]).toBe(`${keys[0]}#2`);
    expect(new Set(keys).size).toBe(3);
  });
});
