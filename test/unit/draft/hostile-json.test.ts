import { afterEach, describe, expect, it } from 'vitest';
import { checkJsonValue, MAX_JSON_DEPTH, scanJsonText } from '../../../src-core/domain/draft/json-guard';
import { loadDraftJson, loadDraftText } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { fixtureText } from '../fixture-resources';

const text = fixtureText('zhoushan-2022.budget.json');
const raw = () => JSON.parse(text) as Record<string, any>;

/** The fixture's text with `"key": value` (raw JSON) spliced in right after the opening `{` of the object found by `anchor`. */
function splice(anchor: string, member: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor not found: ${anchor}`);
  const brace = text.indexOf('{', at + anchor.length - 1);
  return `${text.slice(0, brace + 1)}${member},${text.slice(brace + 1)}`;
}

function rejected(r: ReturnType<typeof loadDraftText>) {
  if (r.ok) throw new Error('expected rejection');
  return r.error;
}

/** The fixture with one more key at the top of the document. */
const withTop = (member: string) => text.replace('{', `{${member},`);

function nested(depth: number, leaf = '1'): string {
  return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}

const untouchedPrototype = () => {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(probe.constructor).toBe(Object);
  expect(probe.toString).toBe(Object.prototype.toString);
};

describe('absurdly nested JSON', () => {
  it('is refused before parsing, with a Chinese message naming where, and never throws', () => {
    // 5,000 levels: JSON.parse accepts it, JSON.stringify on save overflows the stack.
    const doc = withTop(`"vendor": ${nested(5_000)}`);
    expect(() => JSON.stringify(JSON.parse(doc))).toThrow(RangeError);
    const p = rejected(loadDraftText(doc));
    expect(p).toHaveLength(1);
    expect(p[0].message).toContain(`嵌套层数过多（超过 ${MAX_JSON_DEPTH} 层）`);
    expect(p[0].path).toBe(`vendor${'[0]'.repeat(MAX_JSON_DEPTH - 1)}`); // the array that would be level 65
  });

  it('refuses a million levels in about no time (iterative scan, no recursion)', () => {
    const started = performance.now();
    const p = rejected(loadDraftText(nested(1_000_000)));
    expect(p[0].message).toContain('嵌套层数过多');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(rejected(loadDraftText('{"a":'.repeat(200_000)))[0].message).toContain('嵌套层数过多');
  });

  it('names object keys and array indices in the path', () => {
    const deep = `${'{"层":'.repeat(70)}1${'}'.repeat(70)}`;
    const doc = splice('"expenses": [', `"vendor": [0, ${deep}]`);
    const p = rejected(loadDraftText(doc));
    expect(p[0].path).toBe(`expenses[0].vendor[1]${'["层"]'.repeat(MAX_JSON_DEPTH - 4)}`);
  });

  it('accepts exactly the limit (and the draft saves), refuses one level more', () => {
    // The document is level 1, `vendor` level 2: 63 nested arrays reach level 64.
    const atLimit = loadDraftText(withTop(`"vendor": ${nested(MAX_JSON_DEPTH - 1)}`));
    expect(atLimit.ok).toBe(true);
    if (atLimit.ok) expect(loadDraftText(saveDraftText(atLimit.value.draft)).ok).toBe(true);
    expect(loadDraftText(withTop(`"vendor": ${nested(MAX_JSON_DEPTH)}`)).ok).toBe(false);
  });

  it('leaves real drafts far below the limit: the format itself needs 5 levels', () => {
    for (const name of ['zhoushan-2022.budget.json', 'zhoushan-2022-reviews.budget.json']) {
      const t = fixtureText(name);
      expect(scanJsonText(t)).toBeNull();
      expect(scanJsonText(t, 5)).toBeNull();
      expect(scanJsonText(t, 4)?.message).toContain('嵌套层数过多');
    }
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const tricky = JSON.stringify(`${'['.repeat(200)}\\"${'{'.repeat(200)}"\\`);
    const doc = splice('"expenses": [', `"note2": ${tricky}`);
    expect(scanJsonText(doc)).toBeNull();
    expect(loadDraftText(doc).ok).toBe(true);
  });

  it('checks parsed values the same way (loadDraftJson), cyclic ones included', () => {
    const r = raw();
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    r.assets = deep;
    const p = loadDraftJson(r);
    expect(!p.ok && p.error[0].message).toContain('嵌套层数过多');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    cyclic.again = cyclic;
    r.assets = cyclic;
    const c = loadDraftJson(r);
    expect(!c.ok && c.error[0]).toMatchObject({
      message: expect.stringContaining('嵌套层数过多'),
      path: expect.stringMatching(/^assets(\.self|\.again)+$/),
    });
  });
});

describe('__proto__ keys are refused with their path, never dropped or obeyed', () => {
  afterEach(untouchedPrototype);

  const cases: [string, string, string][] = [
    ['the document', '"format": "dept-budget-draft"', '__proto__'],
    ['an expense line', '"expenses": [', 'expenses[0].__proto__'],
    ['a record of texts', '"text": ', 'text.__proto__'],
    ['a free value (assets)', '"assets": ', 'assets.__proto__'],
  ];

  it.each(cases)('in %s', (_where, anchor, path) => {
    const doc = anchor.startsWith('"format"')
      ? withTop('"__proto__": {"polluted": "yes", "format": "x"}')
      : splice(anchor, '"__proto__": {"polluted": "yes"}');
    const p = rejected(loadDraftText(doc));
    expect(p).toEqual([{ path, message: expect.stringContaining('不允许的键名“__proto__”') }]);
  });

  it('also when written with escapes, and in parsed values given to loadDraftJson', () => {
    const escaped = splice('"expenses": [', '"\\u005f_proto\\u005f_": {"polluted": "yes"}');
    expect(rejected(loadDraftText(escaped))[0].path).toBe('expenses[0].__proto__');
    const r = JSON.parse(splice('"expenses": [', '"__proto__": {"polluted": "yes"}')) as unknown;
    const p = loadDraftJson(r);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error[0].path).toBe('expenses[0].__proto__');
  });

  it('the scanner tells keys from values: "__proto__" as a value is just text', () => {
    const doc = splice('"expenses": [', '"vendorNote": "__proto__"');
    const loaded = loadDraftText(doc);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.draft.expenses[0].extra).toEqual({ vendorNote: '__proto__' });
  });

  it('checkJsonValue finds a nested own __proto__', () => {
    expect(checkJsonValue(JSON.parse('{"a": [{"b": {"__proto__": 1}}]}'))).toEqual({
      path: 'a[0].b.__proto__',
      message: expect.any(String),
    });
    expect(checkJsonValue({ a: [{ b: {} }] })).toBeNull();
  });
});

describe('keys named like Object.prototype members are data and round-trip', () => {
  afterEach(untouchedPrototype);

  const NAMES = [
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'isPrototypeOf',
    '__defineGetter__',
  ];

  it('as unknown keys of the document and of a line, in records and in free values', () => {
    const r = raw();
    for (const [i, k] of NAMES.entries()) {
      r[k] = { n: i };
      r.expenses[0][k] = `line ${k}`;
      r.assets[k] = [k];
    }
    r.text.reasons = { constructor: '增加原因', toString: '减少原因' };
    r.prior.actual = { ...r.prior.actual, constructor: '1.00' };
    const loaded = loadDraftJson(r);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    expect(Object.keys(loaded.value.draft.extra ?? {})).toEqual(NAMES);
    expect(loaded.value.draft.expenses[0].extra).toEqual(Object.fromEntries(NAMES.map((k) => [k, `line ${k}`])));
    const saved = saveDraftText(loaded.value.draft);
    expect(JSON.parse(saved)).toEqual(r);
    const again = loadDraftText(saved);
    expect(again.ok && again.value.draft).toEqual(loaded.value.draft);
  });

  it('from text, too (load → save → load is lossless)', () => {
    const doc = splice('"expenses": [', '"constructor": {"prototype": {"toString": "x"}}');
    const loaded = loadDraftText(doc);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const saved = saveDraftText(loaded.value.draft);
    expect(JSON.parse(saved)).toEqual(JSON.parse(doc));
  });

  it('a source named like a member is reported once, as an unknown value', () => {
    const r = raw();
    r.income[0].source = 'constructor';
    const p = loadDraftJson(r);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toEqual([{ path: 'income[0].source', message: expect.stringContaining('取值无效') }]);
  });
});
