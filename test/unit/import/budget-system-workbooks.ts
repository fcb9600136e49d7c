import * as XLSX from '@e965/xlsx';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { xlsx } from './helpers';

/**
 * Workbooks shaped like the 支出预算 exports of a 预算管理一体化系统 (issue 13), with data made up
 * for these tests (示例县数字化服务局, two units): the long shape (one row per line, 项目类别 and
 * 资金性质 + 资金来源, codes written “code name”), the wide shape (one amount column per fund) and
 * a legacy .xls of the long shape. Both shapes say the same ten expense lines (EXPECTED_LINES).
 */
export const LONG_HEADER = [
  '预算单位',
  '项目类别',
  '支出项目类别',
  '项目编码',
  '项目名称',
  '支出功能分类',
  '政府预算经济分类',
  '部门预算经济分类',
  '是否政府采购',
  '资金性质',
  '资金来源',
  '预算金额',
];

const HQ = '301001 示例县数字化服务局';
const CENTER = '[301002]示例县数据资源中心';
const P_SALARY = '50010024T000000000101';
const P_OPS = '50010024R000000000201';
const P_PLATFORM = '50010024X000000000301';
const P_CENSUS = '50010024X000000000302';

/** The long shape's data rows (amounts as an officer's export shows them: text with thousands separators, or numbers). */
export const LONG_ROWS: unknown[][] = [
  [
    HQ,
    '人员类项目',
    '',
    P_SALARY,
    '在职人员工资',
    '2010301 行政运行',
    '50101 工资奖金津补贴',
    '30101 基本工资',
    '否',
    '一般公共预算资金',
    '本级财政拨款',
    '1,200,000.00',
  ],
  [
    HQ,
    '人员类项目',
    '',
    P_SALARY,
    '在职人员工资',
    '2010301 行政运行',
    '50101 工资奖金津补贴',
    '30102-津贴补贴',
    '否',
    '一般公共预算资金',
    '本级财政拨款',
    800000,
  ],
  [
    HQ,
    '人员类项目',
    '',
    P_SALARY,
    '在职人员工资',
    '2080505 机关事业单位基本养老保险缴费支出',
    '50102 社会保障缴费',
    '[30108]机关事业单位基本养老保险缴费',
    '否',
    '一般公共预算资金',
    '本级财政拨款',
    300000,
  ],
  [
    HQ,
    '运转类项目',
    '公用经费',
    P_OPS,
    '日常公用经费',
    '2010301 行政运行',
    '50201 办公经费',
    '30201 办公费',
    '否',
    '一般公共预算资金',
    '本级财政拨款',
    150000,
  ],
  [
    HQ,
    '运转类项目',
    '其他运转类',
    '50010024R000000000202',
    '数据平台运维',
    '2010302 一般行政管理事务',
    '50205 委托业务费',
    '30227 委托业务费',
    '是',
    '一般公共预算资金',
    '本级财政拨款',
    450000,
  ],
  [
    HQ,
    '特定目标类项目',
    '',
    P_PLATFORM,
    '政务数据共享平台建设',
    '2010302 一般行政管理事务',
    '50306 设备购置',
    '31002 办公设备购置',
    '是',
    '一般公共预算资金',
    '上年结转',
    200000,
  ],
  [
    CENTER,
    '人员类项目',
    '',
    '50010024T000000000111',
    '在职人员工资',
    '2010350 事业运行',
    '50501 工资福利支出',
    '30101 基本工资',
    '否',
    '一般公共预算资金',
    '本级财政拨款',
    600000,
  ],
  [
    CENTER,
    '运转类项目',
    '公用经费',
    '50010024R000000000211',
    '日常公用经费',
    '2010350 事业运行',
    '50502 商品和服务支出',
    '30205 水费',
    '否',
    '单位资金',
    '事业收入',
    20000,
  ],
  [
    CENTER,
    '特定目标类项目',
    '',
    P_CENSUS,
    '数据资源普查',
    '2010302 一般行政管理事务',
    '50502 商品和服务支出',
    '30226 劳务费',
    '否',
    '单位资金',
    '上年结转',
    '35,000.50',
  ],
  [
    CENTER,
    '特定目标类项目',
    '',
    P_CENSUS,
    '数据资源普查',
    '2010302 一般行政管理事务',
    '50502 商品和服务支出',
    '30227 委托业务费',
    '否',
    '财政专户管理资金',
    '本级财政拨款',
    80000,
  ],
];

/** The lines both shapes say (draft in 元). */
export const EXPECTED_LINES = [
  {
    unit: '301001',
    function: '2010301',
    economic: '30101',
    kind: 'personnel',
    source: 'gpb',
    carryover: false,
    amount: '1200000.00',
    project: null,
  },
  {
    unit: '301001',
    function: '2010301',
    economic: '30102',
    kind: 'personnel',
    source: 'gpb',
    carryover: false,
    amount: '800000',
    project: null,
  },
  {
    unit: '301001',
    function: '2080505',
    economic: '30108',
    kind: 'personnel',
    source: 'gpb',
    carryover: false,
    amount: '300000',
    project: null,
  },
  {
    unit: '301001',
    function: '2010301',
    economic: '30201',
    kind: 'public',
    source: 'gpb',
    carryover: false,
    amount: '150000',
    project: null,
  },
  {
    unit: '301001',
    function: '2010302',
    economic: '30227',
    kind: 'project',
    source: 'gpb',
    carryover: false,
    amount: '450000',
    project: '50010024R000000000202',
  },
  {
    unit: '301001',
    function: '2010302',
    economic: '31002',
    kind: 'project',
    source: 'gpb',
    carryover: true,
    amount: '200000',
    project: P_PLATFORM,
  },
  {
    unit: '301002',
    function: '2010350',
    economic: '30101',
    kind: 'personnel',
    source: 'gpb',
    carryover: false,
    amount: '600000',
    project: null,
  },
  {
    unit: '301002',
    function: '2010350',
    economic: '30205',
    kind: 'public',
    source: 'business',
    carryover: false,
    amount: '20000',
    project: null,
  },
  {
    unit: '301002',
    function: '2010302',
    economic: '30226',
    kind: 'project',
    source: 'unit',
    carryover: true,
    amount: '35000.50',
    project: P_CENSUS,
  },
  {
    unit: '301002',
    function: '2010302',
    economic: '30227',
    kind: 'project',
    source: 'special',
    carryover: false,
    amount: '80000',
    project: P_CENSUS,
  },
] as const;

export const EXPECTED_TOTAL = '3835000.50';

/** Title and unit lines above the header, as the system prints them. */
const TITLE = (unit: '元' | '万元') => [
  ['2025年部门支出预算明细表'],
  ['部门：示例县数字化服务局', '', '', '', '', '', '', '', '', '', '', `单位：${unit}`],
];

export function longShapeRows(): unknown[][] {
  return [...TITLE('元'), LONG_HEADER, ...LONG_ROWS];
}

export const WIDE_HEADER = [
  '预算单位',
  '项目类别',
  '支出项目类别',
  '项目编码',
  '项目名称',
  '支出功能分类',
  '部门预算经济分类',
  '预算金额',
  '公共预算拨款',
  '政府性基金拨款',
  '财政专户管理资金',
  '事业收入',
  '事业单位经营收入',
  '其他自有资金',
  '上年结转',
];

/**
 * The wide shape of the same budget in 万元 (“单位：万元” above the header): one amount column per
 * fund. Row 8 spends 事业收入 2 万元 (the long shape's 20,000 元); the 上年结转 column is
 * 一般公共预算 money (the warning says it is read so) — the census project's 单位资金 carry-over is
 * therefore given under 其他自有资金 in this shape, see WIDE_EXPECTED.
 */
export function wideShapeRows(): unknown[][] {
  const r = (
    unit: string,
    cat: string,
    sub: string,
    code: string,
    name: string,
    fn: string,
    eco: string,
    total: number | string,
    funds: Partial<Record<'gpb' | 'gf' | 'special' | 'business' | 'operating' | 'other' | 'carry', number | string>>,
  ) => [
    unit,
    cat,
    sub,
    code,
    name,
    fn,
    eco,
    total,
    funds.gpb ?? '',
    funds.gf ?? '',
    funds.special ?? '',
    funds.business ?? '',
    funds.operating ?? '',
    funds.other ?? '',
    funds.carry ?? '',
  ];
  return [
    ...TITLE('万元'),
    WIDE_HEADER,
    r(HQ, '人员类项目', '', P_SALARY, '在职人员工资', '2010301 行政运行', '30101 基本工资', 120, { gpb: 120 }),
    r(HQ, '人员类项目', '', P_SALARY, '在职人员工资', '2010301 行政运行', '30102 津贴补贴', 80, { gpb: 80 }),
    r(
      HQ,
      '人员类项目',
      '',
      P_SALARY,
      '在职人员工资',
      '2080505 机关事业单位基本养老保险缴费支出',
      '30108 机关事业单位基本养老保险缴费',
      30,
      { gpb: 30 },
    ),
    r(HQ, '运转类项目', '公用经费', P_OPS, '日常公用经费', '2010301 行政运行', '30201 办公费', 15, { gpb: 15 }),
    r(
      HQ,
      '运转类项目',
      '其他运转类',
      '50010024R000000000202',
      '数据平台运维',
      '2010302 一般行政管理事务',
      '30227 委托业务费',
      45,
      { gpb: 45 },
    ),
    r(
      HQ,
      '特定目标类项目',
      '',
      P_PLATFORM,
      '政务数据共享平台建设',
      '2010302 一般行政管理事务',
      '31002 办公设备购置',
      20,
      { carry: 20 },
    ),
    r(CENTER, '人员类项目', '', '50010024T000000000111', '在职人员工资', '2010350 事业运行', '30101 基本工资', 60, {
      gpb: 60,
    }),
    r(CENTER, '运转类项目', '公用经费', '50010024R000000000211', '日常公用经费', '2010350 事业运行', '30205 水费', 2, {
      business: 2,
    }),
    r(CENTER, '特定目标类项目', '', P_CENSUS, '数据资源普查', '2010302 一般行政管理事务', '30226 劳务费', '3.500050', {
      other: '3.500050',
    }),
    r(CENTER, '特定目标类项目', '', P_CENSUS, '数据资源普查', '2010302 一般行政管理事务', '30227 委托业务费', 8, {
      special: 8,
    }),
    // One row, two funds: two lines.
    r(
      CENTER,
      '运转类项目',
      '公用经费',
      '50010024R000000000211',
      '日常公用经费',
      '2010350 事业运行',
      '30201 办公费',
      1.5,
      { gpb: 1, operating: 0.5 },
    ),
  ];
}

/** What the wide shape says, in a draft in 元 (万元 × 10,000, written to the 分). */
export const WIDE_EXPECTED = [
  ...EXPECTED_LINES.slice(0, 8),
  { ...EXPECTED_LINES[8], source: 'other', carryover: false },
  EXPECTED_LINES[9],
  {
    unit: '301002',
    function: '2010350',
    economic: '30201',
    kind: 'public',
    source: 'gpb',
    carryover: false,
    amount: '10000',
    project: null,
  },
  {
    unit: '301002',
    function: '2010350',
    economic: '30201',
    kind: 'public',
    source: 'operating',
    carryover: false,
    amount: '5000',
    project: null,
  },
].map((l) => ({ ...l, amount: new Decimal(l.amount).toFixed(2) }));

export async function longShapeXlsx(): Promise<Uint8Array> {
  return xlsx([{ name: '支出预算', rows: longShapeRows(), merges: ['A1:L1'] }]);
}

export async function wideShapeXlsx(): Promise<Uint8Array> {
  return xlsx([{ name: '部门支出预算表', rows: wideShapeRows(), merges: ['A1:O1'] }]);
}

/** A legacy Excel 97-2003 workbook (BIFF8), written by SheetJS. */
export function xlsBytes(sheets: { name: string; rows: unknown[][]; merges?: string[] }[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
}

export function longShapeXls(): Uint8Array {
  return xlsBytes([{ name: '支出预算', rows: longShapeRows(), merges: ['A1:L1'] }]);
}
