import { describe, expect, it } from 'vitest';
import { describePath } from '../../../src-renderer/data/rebase-changes';
import { mergeThreeWay, sameData } from '../../../src-renderer/data/three-way-merge';

describe('three-way merge of what two windows made of the same value', () => {
  it('takes the side that changed, and either when both made the same change', () => {
    expect(mergeThreeWay(1, 1, 2)).toEqual({ ok: true, value: 2 });
    expect(mergeThreeWay(1, 3, 1)).toEqual({ ok: true, value: 3 });
    expect(mergeThreeWay(1, 4, 4)).toEqual({ ok: true, value: 4 });
  });

  it('merges different keys of an object, added and removed keys included', () => {
    const base = { a: '1', b: '2', c: '3' };
    const ours = { a: 'x', b: '2', c: '3', d: 'new' };
    const theirs = { a: '1', b: 'y' };
    expect(mergeThreeWay(base, ours, theirs)).toEqual({ ok: true, value: { a: 'x', b: 'y', d: 'new' } });
  });

  it('reports the path of a value both changed differently, or settles it for the preferred side', () => {
    const base = { text: { functions: 'a', contact: 'c' } };
    const ours = { text: { functions: 'ours', contact: 'c' } };
    const theirs = { text: { functions: 'theirs', contact: 'c2' } };
    expect(mergeThreeWay(base, ours, theirs)).toEqual({
      ok: false,
      path: 'text.functions',
      ours: 'ours',
      theirs: 'theirs',
    });
    expect(mergeThreeWay(base, ours, theirs, 'ours')).toEqual({
      ok: true,
      value: { text: { functions: 'ours', contact: 'c2' } },
    });
    expect(mergeThreeWay(base, ours, theirs, 'theirs')).toEqual({
      ok: true,
      value: { text: { functions: 'theirs', contact: 'c2' } },
    });
  });

  it('merges lists of coded records (units, projects) record by record', () => {
    const p = (code: string, name: string) => ({ code, name });
    const base = [p('P1', 'a'), p('P2', 'b'), p('P3', 'c')];
    const ours = [p('P1', 'a1'), p('P2', 'b'), p('P3', 'c'), p('P4', 'new')];
    const theirs = [p('P2', 'b2'), p('P3', 'c'), p('P1', 'a')];
    expect(mergeThreeWay(base, ours, theirs)).toEqual({
      ok: true,
      value: [p('P2', 'b2'), p('P3', 'c'), p('P1', 'a1'), p('P4', 'new')],
    });
    // One side removed a record the other changed: a conflict, never a silent loss.
    const removedTheirs = [p('P2', 'b'), p('P3', 'c')];
    expect(mergeThreeWay(base, ours, removedTheirs)).toMatchObject({ ok: false, path: '[code=P1]', theirs: undefined });
  });

  it('keeps a key named __proto__ as data and pollutes nothing', () => {
    const base = JSON.parse('{"x":1}');
    const ours = JSON.parse('{"x":1,"__proto__":{"polluted":true}}');
    const theirs = JSON.parse('{"x":2}');
    const r = mergeThreeWay(base, ours, theirs);
    expect(r.ok).toBe(true);
    const value = (r as { value: Record<string, unknown> }).value;
    expect(Object.keys(value)).toEqual(['x', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('compares data deeply, ignoring key order and absent keys', () => {
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData([1, 2], [2, 1])).toBe(false);
  });

  it('names a conflicting place in Chinese, never by its internal key', () => {
    expect(describePath('functions')).toBe('主要职能');
    expect(describePath('reasons.basic')).toBe('增减原因的一项内容');
    expect(describePath('[code=P01].goal')).toBe('编码为 P01 的一项的绩效目标');
    expect(describePath('someUnknownKey')).toBe('一项内容');
  });
});
