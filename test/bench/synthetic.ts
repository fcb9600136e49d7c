import type { Draft, ExpenseLine, IncomeLine, Project } from '../../src-core/domain/draft/types';
import type { CatalogPair } from '../../src-core/domain/catalog/catalog';

import { rng } from '../support/rng';

export { rng };

const SOCIAL: [string, string][] = [
  ['2080505', '30108'],
  ['2080506', '30109'],
  ['2101101', '30110'],
  ['2101103', '30111'],
  ['2210201', '30113'],
];
const PERSONNEL = ['30101', '30102', '30103', '30107', '30112', '30199', '30301', '30302', '30305', '30307', '30399'];
const PUBLIC = [
  '30201',
  '30202',
  '30205',
  '30206',
  '30207',
  '30209',
  '30211',
  '30213',
  '30214',
  '30215',
  '30216',
  '30217',
  '30226',
  '30227',
  '30228',
  '30229',
  '30231',
  '30239',
  '30299',
  '31002',
  '31003',
];
const PROJECT_ECON = [
  '30202',
  '30213',
  '30215',
  '30216',
  '30226',
  '30227',
  '30299',
  '31002',
  '31003',
  '31007',
  '30305',
  '30399',
];

/**
 * A realistic synthetic department: `units` budget units (本级 admin, then civil and institution
 * units), about `lines` expense lines in the catalog's codes (basic spending on 行政运行/事业运行,
 * social-insurance items, projects with several lines each), balanced income per unit and source.
 */
export function syntheticDraft(catalogs: CatalogPair, opts: { units: number; lines: number; seed?: number }): Draft {
  const next = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const amount = (max: number) => (Math.floor(next() * max * 100) / 100).toFixed(2);
  const items = catalogs.function.level(3).map((e) => e.code);
  const classes = ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '220', '221', '224'];
  const byClass = new Map(classes.map((c) => [c, items.filter((i) => i.startsWith(c))]));
  const runItem = (cls: string, suffix: string) =>
    byClass.get(cls)!.find((i) => i.endsWith(suffix)) ?? byClass.get(cls)![0];

  const units = Array.from({ length: opts.units }, (_, i) => ({
    code: `900${String(i + 1).padStart(3, '0')}`,
    name: i === 0 ? '示范局本级' : `示范局下属单位${i}`,
    type: (i === 0 ? 'admin' : i % 3 === 0 ? 'civil' : 'institution') as 'admin' | 'civil' | 'institution',
  }));
  const expenses: ExpenseLine[] = [];
  const projects: Project[] = [];
  const perUnit = Math.max(1, Math.floor(opts.lines / opts.units));
  for (const u of units) {
    const cls = pick(classes);
    const run = u.type === 'institution' ? runItem(cls, '50') : runItem(cls, '01');
    const line = (
      fn: string,
      econ: string,
      kind: ExpenseLine['kind'],
      amt: string,
      project: string | null,
      source: ExpenseLine['source'] = 'gpb',
    ): ExpenseLine => ({
      unit: u.code,
      function: fn,
      economic: econ,
      kind,
      source,
      carryover: false,
      amount: amt,
      project,
      note: '',
    });
    const start = expenses.length;
    for (const [fn, econ] of SOCIAL) expenses.push(line(fn, econ, 'personnel', amount(500000), null));
    for (const econ of PERSONNEL) expenses.push(line(run, econ, 'personnel', amount(2000000), null));
    for (const econ of PUBLIC) expenses.push(line(run, econ, 'public', amount(200000), null));
    if (u.type === 'institution')
      for (const econ of PUBLIC.slice(0, 6)) expenses.push(line(run, econ, 'public', amount(100000), null, 'business'));
    // A unit's projects fall under a handful of 项 of its class (行政运行/事业运行 excluded), as in
    // real disclosures; social-insurance items carry only their own economic codes.
    const projectItems = byClass.get(cls)!.filter((i) => !/(01|50)$/.test(i) && !SOCIAL.some(([fn]) => fn === i));
    const unitItems = Array.from({ length: 3 + Math.floor(next() * 6) }, () =>
      pick(projectItems.length > 0 ? projectItems : byClass.get(cls)!),
    );
    let p = 0;
    while (expenses.length - start < perUnit) {
      p++;
      const code = `${u.code}-P${String(p).padStart(3, '0')}`;
      projects.push({
        code,
        unit: u.code,
        name: `专项工作经费${p}`,
        parent: `${u.name}一级项目`,
        category: '',
        period: '',
        basis: '',
        goal: '保障专项工作顺利开展',
        executionWeight: 10,
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            level3: '开展工作次数',
            op: '≥',
            value: '4',
            unit: '次',
            weight: 40,
          },
          {
            level1: '效益指标',
            level2: '社会效益指标',
            level3: '服务对象满意度',
            op: '≥',
            value: '90',
            unit: '%',
            weight: 50,
          },
        ],
      });
      const fns = unitItems;
      const n = Math.min(perUnit - (expenses.length - start), 4 + Math.floor(next() * 12));
      const used = new Set<string>();
      for (let k = 0; k < n; k++) {
        const fn = pick(fns);
        const econ = pick(PROJECT_ECON);
        if (used.has(fn + econ)) continue;
        used.add(fn + econ);
        expenses.push(line(fn, econ, 'project', amount(300000), code, next() < 0.1 ? 'other' : 'gpb'));
      }
    }
  }
  // Balanced income: per unit and source, the sum of the lines it pays (exact, in 分).
  const sums = new Map<string, bigint>();
  for (const e of expenses) {
    const k = `${e.unit}|${e.source}`;
    sums.set(k, (sums.get(k) ?? 0n) + BigInt(e.amount.replace('.', '')));
  }
  const income: IncomeLine[] = [...sums].map(([k, cents]) => {
    const [unit, source] = k.split('|');
    const s = cents.toString().padStart(3, '0');
    return {
      unit,
      source: source as IncomeLine['source'],
      carryover: false,
      amount: `${s.slice(0, -2)}.${s.slice(-2)}`,
    };
  });
  return {
    format: 'dept-budget-draft',
    formatVersion: 1,
    stage: 'budget',
    year: 2025,
    amountUnit: 'yuan',
    publishUnit: 'wanyuan',
    department: { code: '900', name: '示范局', shortName: '示范局' },
    units,
    income,
    expenses,
    carryForward: [],
    projects,
    procurement: [],
    assets: {},
    prior: {},
    text: { functions: '示范职能', composition: '示范构成' },
    catalogExtras: [],
    reviews: [],
  };
}

/** Draft sizes (expense lines) the editor bench opens; 200,000 is the largest that issue 15 sets a target for. */
export const UI_BENCH_SIZES = [5_000, 50_000, 200_000] as const;
