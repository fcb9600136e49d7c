import { normalizeFullWidth } from '../domain/money/parse-input';
import { err, ok, type Result } from '../domain/result';
import type { ExpenseKind, Source } from '../domain/draft/vocabulary';
import { parseSource } from './values';

/**
 * The vocabulary of the 预算管理一体化系统's 支出预算 exports, turned into the draft's fields:
 *
 * - 项目类别 (with 支出项目类别) decides the 支出类型: in the system every line belongs to a
 *   project of one of three classes — 人员类项目 → 人员经费; 运转类项目 → 公用经费 for its
 *   公用经费 part, 项目支出 for 其他运转类; 特定目标类项目 → 项目支出. Only 项目支出 lines keep
 *   their project (人员类 and 公用经费 projects are the system's bookkeeping, not 项目支出).
 * - 资金性质 (一般公共预算资金, 政府性基金预算资金, 国有资本经营预算资金, 财政专户管理资金,
 *   单位资金) and 资金来源 (本级财政拨款, 上年结转, 事业收入…) together decide the source and
 *   whether it is carried over from last year.
 *
 * Data tables, then the two readers; each returns the value or the Chinese reason.
 */
const key = (s: string) =>
  normalizeFullWidth(s)
    .replace(/\s+/g, '')
    .replace(/[()（）]/g, '')
    .toLowerCase();

type CategoryClass = 'personnel' | 'running' | 'runningPublic' | 'runningOther' | 'specific';

const CATEGORIES: [string[], CategoryClass][] = [
  [['人员类项目', '人员类', '人员类项目支出', '人员经费类'], 'personnel'],
  [['运转类项目', '运转类'], 'running'],
  [
    [
      '公用经费',
      '公用经费项目',
      '公用经费类',
      '运转类公用经费',
      '运转类项目公用经费',
      '运转类-公用经费',
      '运转类项目-公用经费项目',
      '日常公用经费',
    ],
    'runningPublic',
  ],
  [
    ['其他运转类', '其他运转类项目', '运转类-其他运转类', '运转类项目-其他运转类项目', '运转类其他运转类项目'],
    'runningOther',
  ],
  [['特定目标类项目', '特定目标类', '特定目标项目', '特定目标类项目支出'], 'specific'],
];
const CATEGORY_BY_NAME = new Map<string, CategoryClass>();
for (const [names, c] of CATEGORIES) for (const n of names) CATEGORY_BY_NAME.set(key(n), c);

/** 支出项目类别 under 运转类项目: its 公用经费 part, or the other 运转类 projects. */
const RUNNING_SUB: [string[], 'public' | 'project'][] = [
  [['公用经费', '公用经费项目', '日常公用经费', '基本支出', '运转类公用经费'], 'public'],
  [['其他运转类', '其他运转类项目', '项目支出', '其他运转类支出'], 'project'],
];
const RUNNING_SUB_BY_NAME = new Map<string, 'public' | 'project'>();
for (const [names, k] of RUNNING_SUB) for (const n of names) RUNNING_SUB_BY_NAME.set(key(n), k);

const CATEGORY_HINT = '应为人员类项目、运转类项目（公用经费或其他运转类）或特定目标类项目';

/** Whether a 项目类别 cell uses the system's classes (and so decides the 支出类型). */
export function isSystemCategory(text: string): boolean {
  return CATEGORY_BY_NAME.has(key(text));
}

/**
 * 项目类别 (+ 支出项目类别) → 支出类型. The error names the field at fault: `category` or
 * `subCategory`.
 */
export function kindFromCategory(
  category: string,
  sub: string,
): Result<ExpenseKind, { field: 'category' | 'subCategory'; message: string }> {
  if (category.trim() === '') return err({ field: 'category', message: `项目类别不能为空（${CATEGORY_HINT}）` });
  const c = CATEGORY_BY_NAME.get(key(category));
  if (!c) return err({ field: 'category', message: `无法识别项目类别“${category.trim()}”（${CATEGORY_HINT}）` });
  switch (c) {
    case 'personnel':
      return ok('personnel');
    case 'runningPublic':
      return ok('public');
    case 'runningOther':
    case 'specific':
      return ok('project');
    case 'running': {
      if (sub.trim() === '') return ok('public');
      const s =
        RUNNING_SUB_BY_NAME.get(key(sub)) ??
        (CATEGORY_BY_NAME.get(key(sub)) === 'runningOther' ? 'project' : undefined);
      if (s) return ok(s);
      return err({
        field: 'subCategory',
        message: `运转类项目的支出项目类别“${sub.trim()}”无法识别（应为公用经费或其他运转类）`,
      });
    }
  }
}

type Nature = 'gpb' | 'gf' | 'soc' | 'special' | 'unit';

const NATURES: [string[], Nature][] = [
  [['一般公共预算资金', '一般公共预算', '一般公共预算拨款', '公共预算资金', '一般公共预算拨款收入'], 'gpb'],
  [['政府性基金预算资金', '政府性基金', '政府性基金预算', '政府性基金预算拨款'], 'gf'],
  [['国有资本经营预算资金', '国有资本经营预算', '国有资本经营预算拨款'], 'soc'],
  [['财政专户管理资金', '财政专户', '财政专户管理资金收入', '财政专户资金'], 'special'],
  [['单位资金', '单位自有资金', '自有资金', '单位自筹资金', '其他资金'], 'unit'],
];
const NATURE_BY_NAME = new Map<string, Nature>();
for (const [names, n] of NATURES) for (const x of names) NATURE_BY_NAME.set(key(x), n);

/** 资金来源 words saying this year's money from the treasury (any fiscal 资金性质). */
const FISCAL_CURRENT = new Set(
  [
    '本级财政拨款',
    '财政拨款',
    '本级财力',
    '当年拨款',
    '本年拨款',
    '当年预算',
    '本年预算',
    '上级转移支付',
    '上级补助',
    '转移支付',
    '上级专项转移支付',
    '一般性转移支付',
    '新增预算',
    '年初预算',
  ].map(key),
);
/** 资金来源 words saying last year's money carried over. */
const CARRIED = new Set(
  [
    '上年结转',
    '上年结余',
    '上年结转结余',
    '结转',
    '结余',
    '结转结余',
    '上年结转资金',
    '上年财政拨款结转',
    '上年结转结余资金',
    '单位资金结转结余',
    '上年单位资金结转结余',
  ].map(key),
);
/** 资金来源 of 单位资金: the unit's own income of this year. */
const UNIT_SOURCES: [string[], Source][] = [
  [['事业收入', '事业收入（不含财政专户管理资金）', '事业收入资金'], 'business'],
  [['事业单位经营收入', '经营收入'], 'operating'],
  [['上级补助收入', '上级补助'], 'superior'],
  [['附属单位上缴收入', '附属单位上缴'], 'subsidiary'],
  [['其他收入', '其他自有资金', '其他'], 'other'],
];
const UNIT_SOURCE_BY_NAME = new Map<string, Source>();
for (const [names, s] of UNIT_SOURCES) for (const n of names) UNIT_SOURCE_BY_NAME.set(key(n), s);

const NATURE_HINT = '应为一般公共预算资金、政府性基金预算资金、国有资本经营预算资金、财政专户管理资金或单位资金';
const NATURE_NAMES: Record<Nature, string> = {
  gpb: '一般公共预算资金',
  gf: '政府性基金预算资金',
  soc: '国有资本经营预算资金',
  special: '财政专户管理资金',
  unit: '单位资金',
};

/**
 * 资金性质 + 资金来源 → source and carry-over. Without a 资金性质 the 资金来源 is read as the
 * template's (parseSource); without a 资金来源 column the 资金性质 alone is (older files put the
 * source's name in a 资金性质 column). The error names the field at fault.
 */
export function sourceFromNature(
  nature: string,
  source: string,
  hasSourceColumn: boolean,
): Result<{ source: Source; carryover?: boolean }, { field: 'fundNature' | 'source'; message: string }> {
  const n = nature.trim();
  const s = source.trim();
  if (n === '') {
    const r = parseSource(s);
    return r.ok ? r : err({ field: 'source', message: r.error });
  }
  const fromNature = NATURE_BY_NAME.get(key(n));
  if (!hasSourceColumn || (!fromNature && s === '')) {
    const r = parseSource(n);
    return r.ok ? r : err({ field: 'fundNature', message: `无法识别资金性质“${n}”（${NATURE_HINT}）` });
  }
  if (!fromNature) return err({ field: 'fundNature', message: `无法识别资金性质“${n}”（${NATURE_HINT}）` });
  const k = key(s);
  if (CARRIED.has(k)) return ok({ source: fromNature, carryover: true });
  if (fromNature === 'unit') {
    const own = UNIT_SOURCE_BY_NAME.get(k);
    if (own) return ok({ source: own, carryover: false });
    if (s === '')
      return err({
        field: 'source',
        message:
          '资金性质为单位资金时，资金来源应写明事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入或上年结转',
      });
    return err({
      field: 'source',
      message: `单位资金的资金来源“${s}”无法识别（应为事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入或上年结转）`,
    });
  }
  if (s === '' || FISCAL_CURRENT.has(k)) return ok({ source: fromNature, carryover: false });
  // The template's own names (一般公共预算拨款收入…), when they agree with the 资金性质.
  const named = parseSource(s);
  if (named.ok && named.value.source === fromNature) return ok(named.value);
  return err({
    field: 'source',
    message: `资金性质为${NATURE_NAMES[fromNature]}时，资金来源“${s}”无法识别（应为本级财政拨款、上级转移支付或上年结转等）`,
  });
}
