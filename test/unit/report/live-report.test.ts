import { describe, expect, it } from 'vitest';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { generateReport } from '../../../src-core/domain/report/generate';
import { keepUnchanged } from '../../../src-core/domain/report/keep-unchanged';
import { LiveReport } from '../../../src-core/domain/report/live-report';
import { findSection, type Part, type ReportDocument } from '../../../src-core/domain/report/model';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { standardTerms } from './helpers';

const part = (doc: ReportDocument, id: Part['id']) => doc.parts.find((p) => p.id === id)!;

describe('keepUnchanged: structural sharing of plain data', () => {
  it('returns the previous value when nothing changed', () => {
    const previous = { a: [1, { b: 'x' }], c: null };
    expect(keepUnchanged(previous, { a: [1, { b: 'x' }], c: null })).toBe(previous);
  });

  it('keeps the unchanged branches and takes the changed ones', () => {
    const previous = { same: { list: ['甲', '乙'] }, changed: { value: 1, other: { x: 1 } } };
    const next = { same: { list: ['甲', '乙'] }, changed: { value: 2, other: { x: 1 } } };
    const kept = keepUnchanged(previous, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(previous);
    expect(kept.same).toBe(previous.same);
    expect(kept.changed).not.toBe(previous.changed);
    expect(kept.changed.other).toBe(previous.changed.other);
  });

  it('never changes the previous value (it is still on screen)', () => {
    const freeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) Object.values(value).forEach(freeze);
      return Object.freeze(value);
    };
    const previous = freeze({
      parts: [
        { id: 'a', blocks: ['甲', '乙'] },
        { id: 'b', blocks: ['丙'] },
      ],
    });
    const kept = keepUnchanged(previous, {
      parts: [
        { id: 'a', blocks: ['甲', '乙'] },
        { id: 'b', blocks: ['丁'] },
      ],
    });
    expect(kept.parts[0]).toBe(previous.parts[0]);
    expect(kept.parts[1]).toEqual({ id: 'b', blocks: ['丁'] });
    expect(previous.parts[1].blocks).toEqual(['丙']);
  });

  it('treats a key added or removed, or an array of another length, as a change', () => {
    const added = keepUnchanged<Record<string, number>>({ a: 1 }, { a: 1, b: 2 });
    expect(added).toEqual({ a: 1, b: 2 });
    const removed = keepUnchanged<Record<string, number>>({ a: 1, b: 2 }, { a: 1 });
    expect(removed).toEqual({ a: 1 });
    const item = { x: 1 };
    const longer = keepUnchanged([item], [{ x: 1 }, { x: 2 }]);
    expect(longer).toEqual([{ x: 1 }, { x: 2 }]);
    expect(longer[0]).toBe(item);
    expect(keepUnchanged([item, { x: 2 }], [{ x: 1 }])).toEqual([{ x: 1 }]);
  });
});

describe('LiveReport: the 情况说明 screen’s document', () => {
  it('is the generated report, and the same object again when nothing changed', () => {
    const engine = engineFor(zhoushanDraft(), 'zhejiang');
    const live = new LiveReport({ standardTerms: standardTerms() });
    const first = live.update(engine);
    expect(first).toEqual(generateReport(engine, { standardTerms: standardTerms() }));
    expect(live.update(engine)).toBe(first);
  });

  it('after a reason is written, only the paragraph holding it (and what contains it) is new', () => {
    const engine = engineFor(zhoushanDraft(), 'zhejiang');
    const live = new LiveReport({ standardTerms: standardTerms() });
    const before = live.update(engine);
    engine.setPart('text', { ...engine.head.text, reasons: { ...engine.head.text.reasons, incomeTotal: '新增人员' } });
    const after = live.update(engine);
    expect(after).toEqual(generateReport(engine, { standardTerms: standardTerms() }));

    const income = findSection(after, 'income')!;
    expect(income).not.toBe(findSection(before, 'income'));
    expect(income.blocks[0]).not.toBe(findSection(before, 'income')!.blocks[0]);
    expect(income.blocks.slice(1)).toEqual(findSection(before, 'income')!.blocks.slice(1));
    income.blocks
      .slice(1)
      .forEach((block, index) => expect(block).toBe(findSection(before, 'income')!.blocks[index + 1]));
    for (const id of ['overall', 'expense', 'fiscal', 'gpb', 'basic', 'gf', 'soc', 'three', 'other'])
      expect(findSection(after, id)).toBe(findSection(before, id));
    for (const id of ['overview', 'glossary', 'tables'] as const) expect(part(after, id)).toBe(part(before, id));
  });

  it('after an amount changes, what does not print it keeps its objects', () => {
    const engine = engineFor(zhoushanDraft(), 'zhejiang');
    const live = new LiveReport({ standardTerms: standardTerms() });
    const before = live.update(engine);
    const id = engine.lineIds('expense')[0];
    const line = engine.line('expense', id)!;
    const changed: ExpenseLine = { ...line, amount: (Number(line.amount) + 1000000).toFixed(2) };
    engine.setLine('expense', id, changed);
    const after = live.update(engine);
    expect(after).toEqual(generateReport(engine, { standardTerms: standardTerms() }));
    expect(findSection(after, 'expense')).not.toBe(findSection(before, 'expense'));
    for (const id of ['gf', 'soc']) expect(findSection(after, id)).toBe(findSection(before, id));
    for (const id of ['overview', 'glossary', 'tables'] as const) expect(part(after, id)).toBe(part(before, id));
  });
});
