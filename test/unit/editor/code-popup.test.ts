import { describe, expect, it } from 'vitest';
import { movePopup, openCodePopup, pickedCode } from '../../../src-core/editor/code-popup';
import { createCodeSearch } from '../../../src-core/editor/code-search';
import { testResources } from '../fixture-resources';

const catalogs = testResources().catalogs.forYear(2022);
const economic = createCodeSearch(catalogs.economic);
const fn = createCodeSearch(catalogs.function);

describe('the code list under a code cell', () => {
  it('“公务接待” highlights 30217 公务接待费 first, so Enter picks it', () => {
    const p = openCodePopup(economic, '公务接待')!;
    expect(p.active).toBe(0);
    expect(pickedCode(p)).toBe('30217');
    expect(p.hits[0].entry.name).toBe('公务接待费');
  });

  it('a complete code in the catalog is its own first hit (Enter keeps it)', () => {
    expect(pickedCode(openCodePopup(economic, '30108')!)).toBe('30108');
    expect(pickedCode(openCodePopup(fn, '2010301')!)).toBe('2010301');
    expect(pickedCode(openCodePopup(fn, '2010301 行政运行')!)).toBe('2010301');
  });

  it('nothing typed or nothing found: no list, the text is committed as typed', () => {
    expect(openCodePopup(economic, '')).toBeNull();
    expect(openCodePopup(economic, '  ')).toBeNull();
    expect(openCodePopup(economic, '30298')).toBeNull();
    expect(openCodePopup(economic, '没有这个科目')).toBeNull();
  });

  it('↑/↓ move the highlight and stop at the ends; a click picks any hit', () => {
    const p = openCodePopup(economic, '301')!;
    expect(p.hits.length).toBeGreaterThan(3);
    expect(p.hits.every((h) => h.entry.code.startsWith('301') && h.entry.code.length === 5)).toBe(true);
    expect(movePopup(p, -1)).toBe(p);
    const down2 = movePopup(movePopup(p, 1), 1);
    expect(down2.active).toBe(2);
    expect(pickedCode(down2)).toBe(p.hits[2].entry.code);
    expect(movePopup(p, 1000).active).toBe(p.hits.length - 1);
    expect(pickedCode(p, 1)).toBe(p.hits[1].entry.code);
    expect(pickedCode(p, 999)).toBeNull();
  });

  it('lists at most 50 and says how many matched', () => {
    const p = openCodePopup(fn, '2')!;
    expect(p.hits.length).toBe(50);
    expect(p.total).toBeGreaterThan(50);
  });
});
