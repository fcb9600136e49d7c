import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportJob } from '../../../src-core/import/import-job';
import {
  rememberMapping,
  savedMapping,
  toChoice,
  worthRemembering,
} from '../../../src-renderer/features/import/mapping-memory';
import { catalogs, smallBase, xlsx } from './helpers';

/** A Map-backed localStorage for Node. */
class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
}

const HEADER = ['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '钱数'];

async function open(rows: unknown[][], name: string) {
  const r = await ImportJob.open(await xlsx([{ name: '导出数据', rows }]), name, smallBase(), catalogs());
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('列对应 remembered by header signature (mapping-memory.ts)', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('a choice made for one file is found for the next file with the same headers, not for other headers', async () => {
    const first = await open([HEADER, ['167001', '2010301', '30201', '公用经费', '一般公共预算', 100]], '一月.xlsx');
    const view = first.analyze().sheets[0];
    expect(view.missing).toEqual(['金额']);
    const choice = { kind: 'expenses' as const, columns: { amount: 5 } };
    expect(worthRemembering(choice)).toBe(true);
    expect(worthRemembering({ kind: 'expenses' })).toBe(false);
    expect(rememberMapping(view.signature, choice, '一月.xlsx', '2026-01-31T08:00:00.000Z')).toBe(true);

    const next = await open([HEADER, ['167001', '2010301', '30205', '公用经费', '一般公共预算', 250]], '二月.xlsx');
    const sig = next.analyze().sheets[0].signature;
    expect(sig).toBe(view.signature);
    const saved = savedMapping(sig)!;
    expect(saved).toMatchObject({ fileName: '一月.xlsx', savedAt: '2026-01-31T08:00:00.000Z' });
    const applied = next.analyze({ 导出数据: toChoice(saved) });
    expect(applied.sheets[0].missing).toEqual([]);
    expect(applied.expenseTotal).toBe('250.00');

    const other = await open(
      [
        [...HEADER.slice(0, 5), '金额'],
        ['167001', '2010301', '30201', '公用经费', '一般公共预算', 1],
      ],
      'x.xlsx',
    );
    expect(savedMapping(other.analyze().sheets[0].signature)).toBeNull();
  });

  it('keeps at most 30, dropping the oldest', () => {
    for (let i = 0; i < 35; i++)
      rememberMapping(
        `sig${i}`,
        { kind: 'expenses', columns: { amount: i } },
        `f${i}.xlsx`,
        `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
      );
    expect(savedMapping('sig0')).toBeNull();
    expect(savedMapping('sig4')).toBeNull();
    expect(savedMapping('sig5')?.columns).toEqual({ amount: 5 });
    expect(savedMapping('sig34')?.columns).toEqual({ amount: 34 });
  });
});
