import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { displayAmount } from '../../../src-core/domain/money/cents';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf, sectionText, trimmed } from './helpers';

/**
 * Every amount and percentage the 情况说明 prints in (二)(三)(五)(六)(九)(十) is checked against the
 * engine's derived tables and metrics, independently of how the generator computed it:
 * - every “X万元” is a printed table cell (or metric) of that section's tables, a prior-year figure,
 *   or the difference of a comparison verified here;
 * - every comparison “X万元，比…增加D万元，增长P%” has X − D equal to a prior figure of the draft
 *   and P = D / prior, rounded;
 * - every list “X万元，占Y%” adds up to exactly 100% with each Y within 0.01% of X / ΣX;
 * - every “%” of the section is accounted for by one of the two.
 */
const engine = engineFor(zhoushanDraft(), 'zhejiang');
const draft = engine.draft;
const doc = reportOf(engine);
const table = (id: string) => engine.table(id)!;
const row = (t: string, key: string) => {
  const r = table(t).rows.find((x) => x.key === key);
  if (!r) throw new Error(`${t} has no row ${key}`);
  return r;
};
const cellsOf = (t: string, keys: (k: string) => boolean) =>
  table(t)
    .rows.filter((r) => keys(r.key))
    .flatMap((r) => Object.values(r.values).map(trimmed));

/** Prior figures of the draft in 万元 (as the text prints them). */
const priors = new Set<string>();
for (const basis of ['actual', 'budget'] as const) {
  for (const v of Object.values(draft.prior[basis] ?? {})) priors.add(trimmed(new Decimal(v).div(10000).toFixed(2)));
}
const b = draft.prior.budget ?? {};
priors.add(
  trimmed(
    new Decimal(b.vehiclePurchase ?? 0)
      .plus(b.vehicleOperation ?? 0)
      .div(10000)
      .toFixed(2),
  ),
);

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const LABEL = String.raw`(?:上年执行数|上年预算数|上年预算|\d{4}年(?:预算数|执行数))`;
const COMPARISON = new RegExp(
  String.raw`${NUM}万元(?:（[^）]*）)?，(?:比${LABEL}(增加|减少)${NUM}万元(?:，(增长|下降)${NUM}%)?|与${LABEL}持平)`,
  'g',
);
const SHARE = new RegExp(String.raw`${NUM}万元，占${NUM}%`, 'g');

function check(id: string, allowed: Iterable<string>): { amounts: number; percents: number } {
  const text = sectionText(doc, id).replace(/单位价值\d+万元以上/g, ''); // category names, not figures
  const ok = new Set([...allowed, ...priors]);
  let percents = 0;
  for (const m of text.matchAll(COMPARISON)) {
    const now = new Decimal(m[1]);
    if (m[2] === undefined) {
      expect(priors, `${id}: “${m[0]}” equals a prior figure`).toContain(trimmed(now.toFixed(2)));
      continue;
    }
    const diff = new Decimal(m[3]);
    const prior = m[2] === '增加' ? now.minus(diff) : now.plus(diff);
    expect(priors, `${id}: “${m[0]}”: ${now} ∓ ${diff} is last year's figure`).toContain(trimmed(prior.toFixed(2)));
    if (m[5] !== undefined) {
      expect(m[5], `${id}: “${m[0]}” rate`).toBe(
        trimmed(diff.times(100).div(prior).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)),
      );
      percents++;
    } else expect(prior.isZero(), `${id}: “${m[0]}” omits the rate only when last year was 0`).toBe(true);
    ok.add(m[3]);
  }
  for (const line of text.split('\n')) {
    const list = [...line.matchAll(SHARE)];
    if (list.length === 0) continue;
    percents += list.length;
    const amounts = list.map((m) => new Decimal(m[1]));
    const total = amounts.reduce((a, x) => a.plus(x), new Decimal(0));
    const shares = list.map((m) => new Decimal(m[2]));
    expect(
      shares.reduce((a, x) => a.plus(x), new Decimal(0)).toNumber(),
      `${id}: shares of “${line.slice(0, 30)}…” add up to 100`,
    ).toBe(100);
    amounts.forEach((a, i) => {
      expect(shares[i].minus(a.times(100).div(total)).abs().toNumber(), `${id}: ${list[i][0]}`).toBeLessThanOrEqual(
        0.011,
      );
    });
  }
  const amounts = [...text.matchAll(/(\d+(?:\.\d+)?)万元/g)].map((m) => m[1]);
  for (const a of amounts) expect(ok, `${id}: ${a}万元 comes from the engine`).toContain(a);
  expect((text.match(/%/g) ?? []).length, `${id}: every % is checked`).toBe(percents);
  return { amounts: amounts.length, percents };
}

describe('舟山 2022: the figures of the 情况说明 are the engine’s', () => {
  it('(二) 收入预算: T01 收入 rows', () => {
    expect(sectionText(doc, 'income')).toContain(`收入预算${trimmed(row('T01', 'in:total').values.amount)}万元`);
    const r = check(
      'income',
      cellsOf('T01', (k) => k.startsWith('in:')),
    );
    expect(r.percents).toBe(2); // the growth rate and the one source with money (zero sources are not listed)
  });

  it('(三) 支出预算: T01 支出总计, T03 类 rows and 按用途 columns, 结转下年', () => {
    expect(sectionText(doc, 'expense')).toContain(`支出预算${trimmed(row('T01', 'out:total').values.amount)}万元`);
    const r = check('expense', [
      ...cellsOf('T01', (k) => k === 'out:total' || k === 'out:carryForward'),
      ...cellsOf('T03', (k) => k === 'total' || /^fn:\d{3}$/.test(k)),
    ]);
    expect(r.percents).toBe(4); // the growth rate and the three uses with money
  });

  it('(五) 一般公共预算当年拨款: T05 total, 类 and 项 rows', () => {
    const text = sectionText(doc, 'gpb');
    expect(text).toContain(`一般公共预算当年拨款${trimmed(row('T05', 'total').values.total)}万元`);
    for (const r of table('T05').rows.filter((x) => /^fn:\d{7}$/.test(x.key)))
      expect(text).toContain(`（项）${trimmed(r.values.total)}万元`);
    const r = check(
      'gpb',
      cellsOf('T05', (k) => k === 'total' || k.startsWith('fn:')),
    );
    expect(r.percents).toBe(5);
  });

  it('(六) 一般公共预算基本支出: T06 合计 row', () => {
    const t = row('T06', 'total').values;
    const text = sectionText(doc, 'basic');
    expect(text).toContain(`基本支出${trimmed(t.total)}万元`);
    expect(text).toContain(`人员经费${trimmed(t.personnel)}万元`);
    expect(text).toContain(`公用经费${trimmed(t.public)}万元`);
    check(
      'basic',
      cellsOf('T06', (k) => k === 'total'),
    );
  });

  it('(九) “三公”经费: T07 合计 row', () => {
    const t = row('T07', 'total').values;
    const text = sectionText(doc, 'three');
    expect(text).toContain(`“三公”经费预算数为${trimmed(t.total)}万元`);
    expect(text).toContain(`公务接待费预算${trimmed(t.reception)}万元`);
    expect(text).toContain(`公务用车运行维护费支出${trimmed(t.vehicleOperation)}万元`);
    check(
      'three',
      cellsOf('T07', (k) => k === 'total'),
    );
  });

  it('(十) 其他重要事项: 机关运行经费 metric, T12 采购, T10 项目 amounts', () => {
    const office = trimmed(displayAmount(engine.metric('officeOperation'), 'wanyuan'));
    expect(sectionText(doc, 'other')).toContain(`机关运行经费财政拨款预算${office}万元`);
    const r = check('other', [
      office,
      ...cellsOf('T12', (k) => k === 'total'),
      ...cellsOf('T10', (k) => k === 'total'),
    ]);
    expect(r.percents).toBe(1);
  });
});
