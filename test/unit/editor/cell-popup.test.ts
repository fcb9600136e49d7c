import { describe, expect, it } from 'vitest';
import {
  movePopup,
  openChoicePopup,
  openCodePopup,
  pickedValue,
  popupKeyAction,
} from '../../../src-core/editor/cell-popup';
import { searchChoices } from '../../../src-core/editor/choice-search';
import { createCodeSearch } from '../../../src-core/editor/code-search';
import { testResources } from '../fixture-resources';
import { EXPENSE_COLUMNS, col } from './sample-grid';

const catalogs = testResources().catalogs.forYear(2022);
const economic = createCodeSearch(catalogs.economic);
const fn = createCodeSearch(catalogs.function);
const kinds = EXPENSE_COLUMNS[col('kind')].values!;

describe('the code list under a code cell', () => {
  it('“公务接待” highlights 30217 公务接待费 first, so Enter picks it; the 类 is its context', () => {
    const p = openCodePopup(economic, '公务接待')!;
    expect(p.kind).toBe('code');
    expect(p.active).toBe(0);
    expect(pickedValue(p)).toBe('30217');
    expect(p.options[0]).toEqual({ value: '30217', code: '30217', label: '公务接待费', detail: '商品和服务支出' });
  });

  it('a complete code in the catalog is its own first hit (Enter keeps it)', () => {
    expect(pickedValue(openCodePopup(economic, '30108')!)).toBe('30108');
    expect(pickedValue(openCodePopup(fn, '2010301')!)).toBe('2010301');
    expect(pickedValue(openCodePopup(fn, '2010301 行政运行')!)).toBe('2010301');
  });

  it('nothing typed: no list; nothing found: a list that says so, and Enter keeps the text as typed', () => {
    expect(openCodePopup(economic, '')).toBeNull();
    expect(openCodePopup(economic, '  ')).toBeNull();
    for (const q of ['30298', '没有这个科目']) {
      const p = openCodePopup(economic, q)!;
      expect(p.options).toEqual([]);
      expect(p.active).toBe(-1);
      expect(pickedValue(p)).toBeNull();
      expect(movePopup(p, 1)).toBe(p);
    }
  });

  it('passes the preference on to the search: equal names in the order the caller prefers', () => {
    const byKind = (e: { code: string }) => (catalogs.economic.get(e.code.slice(0, 3))?.basicKind === 'public' ? 1 : 0);
    const codes = (q: string, prefer?: typeof byKind) =>
      openCodePopup(createCodeSearch(testResources().catalogs.forYear(2025).economic), q, prefer)!.options.map(
        (o) => o.value,
      );
    expect(codes('办公设备购置')).toEqual(['30902', '31002']);
    expect(codes('办公设备购置', byKind)).toEqual(['31002', '30902']);
  });

  it('↑/↓ move the highlight and stop at the ends; a click picks any hit', () => {
    const p = openCodePopup(economic, '301')!;
    expect(p.options.length).toBeGreaterThan(3);
    expect(p.options.every((o) => o.value.startsWith('301') && o.value.length === 5)).toBe(true);
    expect(movePopup(p, -1)).toBe(p);
    const down2 = movePopup(movePopup(p, 1), 1);
    expect(down2.active).toBe(2);
    expect(pickedValue(down2)).toBe(p.options[2].value);
    expect(movePopup(p, 1000).active).toBe(p.options.length - 1);
    expect(pickedValue(p, 1)).toBe(p.options[1].value);
    expect(pickedValue(p, 999)).toBeNull();
  });

  it('lists at most 50 and says how many matched', () => {
    const p = openCodePopup(fn, '2')!;
    expect(p.options.length).toBe(50);
    expect(p.total).toBeGreaterThan(50);
  });
});

describe('the value list under a list cell', () => {
  it('“公用” highlights 公用经费, so Enter stores its key', () => {
    const p = openChoicePopup(searchChoices(kinds, '公用'), '公用', 'personnel');
    expect(p.kind).toBe('choice');
    expect(p.options.map((o) => o.label)).toEqual(['公用经费']);
    expect(pickedValue(p)).toBe('public');
  });

  it('browsed (nothing typed) it lists every value, the cell’s own highlighted; a blank cell highlights none', () => {
    const p = openChoicePopup(searchChoices(kinds, ''), '', 'project');
    expect(p.options.map((o) => o.value)).toEqual(kinds.map((k) => k.key));
    expect(pickedValue(p)).toBe('project');
    const blank = openChoicePopup(searchChoices(kinds, ''), '', '');
    expect(blank.active).toBe(-1);
    expect(pickedValue(blank)).toBeNull();
    expect(movePopup(blank, 1).active).toBe(0);
    expect(movePopup(blank, -1).active).toBe(kinds.length - 1);
  });

  it('nothing matching: an empty list (无匹配), nothing picked', () => {
    const p = openChoicePopup(searchChoices(kinds, '工资'), '工资', 'personnel');
    expect(p.options).toEqual([]);
    expect(pickedValue(p)).toBeNull();
  });

  it('shows the code or the detail the caller gives for a value', () => {
    const units = [
      { key: '167001', label: '舟山市人民政府办公室', aliases: ['167001'] },
      { key: '167002', label: '舟山市大数据发展中心', aliases: ['167002'] },
    ];
    const p = openChoicePopup(searchChoices(units, '大数据中心'), '大数据中心', '167001', (key) => ({ code: key }));
    expect(p.options).toEqual([{ value: '167002', code: '167002', label: '舟山市大数据发展中心', detail: '' }]);
  });
});

describe('the keys an open list takes', () => {
  const key = (k: string, mods: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean } = {}) => ({
    key: k,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  const p = openChoicePopup(searchChoices(kinds, '经费'), '经费', 'personnel');

  it('↑/↓/PageDown move the highlight; Enter and Tab pick it and move as after typing', () => {
    expect(p.options.map((o) => o.label)).toEqual(['人员经费', '公用经费']);
    expect(popupKeyAction(p, key('ArrowDown'), 'enter')).toEqual({ type: 'highlight', active: 1 });
    expect(popupKeyAction(p, key('PageDown'), 'edit')).toEqual({ type: 'highlight', active: 1 });
    expect(popupKeyAction(p, key('Enter'), 'enter')).toEqual({ type: 'pick', motion: 'down', value: 'personnel' });
    expect(popupKeyAction(p, key('Enter', { shiftKey: true }), 'edit')).toMatchObject({ motion: 'up' });
    expect(popupKeyAction(p, key('Tab', { shiftKey: true }), 'enter')).toMatchObject({ motion: 'prev' });
  });

  it('←/→ pick only while typing over a cell; modified keys and other keys are the editor’s', () => {
    expect(popupKeyAction(p, key('ArrowRight'), 'enter')).toEqual({
      type: 'pick',
      motion: 'right',
      value: 'personnel',
    });
    expect(popupKeyAction(p, key('ArrowRight'), 'edit')).toBeNull();
    expect(popupKeyAction(p, key('Enter', { ctrlKey: true }), 'enter')).toBeNull();
    expect(popupKeyAction(p, key('ArrowDown', { altKey: true }), 'enter')).toBeNull();
    expect(popupKeyAction(p, key('a'), 'enter')).toBeNull();
  });

  it('with nothing matching, arrows are left to the grid and Enter commits the text as typed', () => {
    const none = openChoicePopup(searchChoices(kinds, '工资'), '工资');
    expect(popupKeyAction(none, key('ArrowDown'), 'enter')).toBeNull();
    expect(popupKeyAction(none, key('ArrowLeft'), 'enter')).toBeNull();
    expect(popupKeyAction(none, key('Enter'), 'enter')).toEqual({ type: 'pick', motion: 'down', value: null });
  });
});
