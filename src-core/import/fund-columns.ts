import type { Source } from '../domain/draft/vocabulary';
import { normalizeHeader } from './fields';

/**
 * The wide shape of a 支出预算 export: one amount column per fund (公共预算拨款 | 政府性基金拨款 |
 * 事业收入 | … | 上年结转) beside 预算金额, instead of a 资金来源 column. Each header names the
 * source and whether it is 本年收入 or 上年结转 money; a row gives one line per non-empty fund
 * cell. Data: header names (normalised, see normalizeHeader) → fund.
 */
export interface Fund {
  source: Source;
  carryover: boolean;
  /**
   * A carry-over column that does not say whose money it is (a plain “上年结转”): read as
   * 一般公共预算 carried over, which a warning says once per sheet.
   */
  assumed?: true;
}

const FUNDS: [string[], Fund][] = [
  [
    [
      '公共预算拨款',
      '一般公共预算拨款',
      '一般公共预算',
      '一般公共预算资金',
      '一般公共预算拨款收入',
      '财政拨款',
      '本级财政拨款',
    ],
    { source: 'gpb', carryover: false },
  ],
  [
    ['政府性基金拨款', '政府性基金预算拨款', '政府性基金', '政府性基金预算资金', '政府性基金预算拨款收入'],
    { source: 'gf', carryover: false },
  ],
  [
    ['国有资本经营预算拨款', '国有资本经营预算', '国有资本经营预算资金', '国有资本经营预算拨款收入'],
    { source: 'soc', carryover: false },
  ],
  [['财政专户管理资金', '财政专户管理资金收入', '财政专户', '财政专户资金'], { source: 'special', carryover: false }],
  [['事业收入', '事业收入（不含财政专户管理资金）'], { source: 'business', carryover: false }],
  [['事业单位经营收入', '经营收入'], { source: 'operating', carryover: false }],
  [['上级补助收入'], { source: 'superior', carryover: false }],
  [['附属单位上缴收入'], { source: 'subsidiary', carryover: false }],
  [['其他收入', '其他自有资金', '其他资金'], { source: 'other', carryover: false }],
  [['上年结转', '上年结转结余', '上年结转资金'], { source: 'gpb', carryover: true, assumed: true }],
  [
    [
      '财政拨款结转',
      '财政拨款结转结余',
      '一般公共预算结转',
      '上年结转（一般公共预算）',
      '一般公共预算上年结转',
      '上年财政拨款结转',
    ],
    { source: 'gpb', carryover: true },
  ],
  [['政府性基金结转', '上年结转（政府性基金）', '政府性基金上年结转'], { source: 'gf', carryover: true }],
  [['国有资本经营预算结转', '上年结转（国有资本经营预算）'], { source: 'soc', carryover: true }],
  [['财政专户结转', '上年结转（财政专户管理资金）', '财政专户管理资金结转'], { source: 'special', carryover: true }],
  [
    ['单位资金结转', '单位资金结转结余', '上年结转（单位资金）', '单位资金上年结转'],
    { source: 'unit', carryover: true },
  ],
];

const BY_HEADER = new Map<string, Fund>();
for (const [names, fund] of FUNDS) for (const n of names) BY_HEADER.set(normalizeHeader(n).name, fund);

/** The fund a header names (“其中：事业收入” as 事业收入), or null. */
export function fundOfHeader(header: string): Fund | null {
  const name = normalizeHeader(header).name.replace(/^(其中|含)[:：]?/, '');
  return BY_HEADER.get(name) ?? null;
}

/** The plain carry-over headers (上年结转): an amount column in the wide shape, a 是/否 column otherwise. */
export const isPlainCarryHeader = (header: string) => fundOfHeader(header)?.assumed === true;
