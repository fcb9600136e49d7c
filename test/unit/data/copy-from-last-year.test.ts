import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { scaleAmount } from '../../../src-renderer/data/copy-from-last-year';
import { priorFigures } from '../../../src-core/domain/engine/prior-figures';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import type { Draft, ExpenseLine } from '../../../src-core/domain/draft/types';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { canonical, FIXTURE_TEXT, freshRepo, problemOf, unwrap } from './helpers';

/** amount × (100 + p)/100 rounded half up to 分, in integer arithmetic (independent of Decimal). */
function scaledCents(amount: string, percent: bigint): string {
  const cents = BigInt(amount.replace('.', ''));
  const num = cents * (100n + percent);
  const q = (num * 2n + 100n) / 200n; // half up for non-negative amounts
  const s = q.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

const sum = (lines: readonly { amount: string }[]) =>
  lines.reduce((t, l) => t.plus(l.amount), new Decimal(0)).toFixed(2);

describe('copyFromLastYear', () => {
  it('+5%: every amount × 1.05 rounded half up to 分; prior from last year’s totals', async () => {
    const { repo } = freshRepo();
    const source = unwrap(await repo.importDraftFile(FIXTURE_TEXT)).id;
    const { id } = unwrap(await repo.copyFromLastYear(source, { year: 2023, percent: 5 }));
    const last = unwrap(loadDraftText(FIXTURE_TEXT)).draft;
    const copy = unwrap(await repo.loadDraft(id)).draft;

    expect(copy.year).toBe(2023);
    expect(copy.expenses.map((l) => l.amount)).toEqual(last.expenses.map((l) => scaledCents(l.amount, 5n)));
    expect(copy.income.map((l) => l.amount)).toEqual(last.income.map((l) => scaledCents(l.amount, 5n)));
    expect(copy.procurement.map((l) => l.amount)).toEqual(last.procurement.map((l) => scaledCents(l.amount, 5n)));
    // Everything but the amount is last year's line.
    expect(copy.expenses.map((l) => ({ ...l, amount: '' }))).toEqual(last.expenses.map((l) => ({ ...l, amount: '' })));
    expect(copy.units).toEqual(last.units);
    expect(copy.projects).toEqual(last.projects);
    expect(copy.reviews).toEqual([]);
    expect(copy.text.reasons).toBeUndefined();
    expect(copy.text.functions).toBe(last.text.functions);

    const gpb = last.expenses.filter((e) => e.source === 'gpb' && !e.carryover);
    const econ = (codes: string[]) => sum(gpb.filter((e) => codes.includes(e.economic)));
    const expected: Record<string, string> = {
      incomeTotal: '27255980.00',
      expenseTotal: sum([...last.expenses, ...last.carryForward]),
      fiscal: sum(last.income.filter((l) => ['gpb', 'gf', 'soc'].includes(l.source) && !l.carryover)),
      gpb: sum(gpb),
      basic: sum(last.expenses.filter((e) => e.kind === 'personnel' || e.kind === 'public')),
      personnel: sum(last.expenses.filter((e) => e.kind === 'personnel')),
      public: sum(last.expenses.filter((e) => e.kind === 'public')),
      project: sum(last.expenses.filter((e) => e.kind === 'project')),
      threeTotal: econ(['30212', '31013', '30913', '30231', '30217']),
      abroad: econ(['30212']),
      vehiclePurchase: econ(['31013', '30913']),
      vehicleOperation: econ(['30231']),
      reception: econ(['30217']),
      officeOperation: sum(
        gpb.filter(
          (e) => e.kind === 'public' && ['admin', 'civil'].includes(last.units.find((u) => u.code === e.unit)!.type),
        ),
      ),
      procurement: sum(last.procurement),
    };
    for (const len of [3, 5, 7]) {
      for (const code of new Set(gpb.map((e) => e.function.slice(0, len)))) {
        expected[`fn:${code}`] = sum(gpb.filter((e) => e.function.startsWith(code)));
      }
    }
    expect(copy.prior).toEqual({ year: 2022, budget: expected });
    expect(copy.prior.budget).toMatchObject({
      incomeTotal: '27255980.00',
      expenseTotal: '27255980.00',
      gpb: '27255980.00',
      basic: '22915980.00',
      project: '4340000.00',
      threeTotal: '200000.00',
      reception: '110000.00',
      vehicleOperation: '90000.00',
      officeOperation: '2507400.00',
    });
    expect((await repo.listDrafts()).find((d) => d.id === id)).toMatchObject({
      name: '2023年舟山市人民政府办公室部门预算',
      year: 2023,
    });
  });

  it('is a one-time copy: later edits on either side stay where they were made', async () => {
    const { repo } = freshRepo();
    const source = unwrap(await repo.importDraftFile(FIXTURE_TEXT)).id;
    const { id } = unwrap(await repo.copyFromLastYear(source, { year: 2023, percent: '-3.5' }));
    const copy = unwrap(await repo.loadDraft(id));
    const edited: ExpenseLine = { ...copy.draft.expenses[0], amount: '100.00' };
    unwrap(
      await repo.applyChanges(id, copy.revision, [{ type: 'setLine', id: copy.lineIds.expense[0], line: edited }]),
    );
    const src = unwrap(await repo.loadDraft(source));
    unwrap(
      await repo.applyChanges(source, src.revision, [
        { type: 'setLine', id: src.lineIds.expense[0], line: { ...src.draft.expenses[0], amount: '1.00' } },
      ]),
    );
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[0].amount).toBe('100.00');
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[1].amount).toBe(
      new Decimal(src.draft.expenses[1].amount).times('0.965').toFixed(2),
    );
    expect(canonical(unwrap(await repo.exportDraftFile(source)))).not.toBe(canonical(FIXTURE_TEXT));
  });

  it('refuses bad options and unknown sources without writing', async () => {
    const { repo } = freshRepo();
    const source = unwrap(await repo.importDraftFile(FIXTURE_TEXT)).id;
    expect(problemOf(await repo.copyFromLastYear(source, { year: 2023, percent: '5%' })).kind).toBe('invalid');
    expect(problemOf(await repo.copyFromLastYear(source, { year: 23.5, percent: 5 })).kind).toBe('invalid');
    expect(problemOf(await repo.copyFromLastYear('missing', { year: 2023, percent: 5 })).kind).toBe('not-found');
    expect(await repo.listDrafts()).toHaveLength(1);
  });

  it('rounds half up to 分 in both amount units', () => {
    expect(scaleAmount('0.10', new Decimal('1.05'), 'yuan')).toBe('0.11'); // 0.105
    expect(scaleAmount('0.30', new Decimal('1.05'), 'yuan')).toBe('0.32'); // 0.315
    expect(scaleAmount('100', new Decimal('1.05'), 'yuan')).toBe('105.00');
    expect(scaleAmount('1.000010', new Decimal('1.05'), 'wanyuan')).toBe('1.050011'); // 1.0500105
    expect(scaleAmount('2.5', new Decimal('1.05'), 'wanyuan')).toBe('2.625');
    expect(scaleAmount('0.00', new Decimal('0'), 'yuan')).toBe('0.00');
    expect(scaleAmount('12,3', new Decimal('1.05'), 'yuan')).toBe('12,3');
  });

  it('prior figures count 机关运行经费 for every unit when the layout says so', () => {
    const d: Draft = unwrap(loadDraftText(FIXTURE_TEXT)).draft;
    const institution = { ...d, units: d.units.map((u) => ({ ...u, type: 'institution' as const })) };
    expect(priorFigures(institution).officeOperation).toBe('0.00');
    expect(priorFigures(institution, 'all').officeOperation).toBe('2507400.00');
  });
});
