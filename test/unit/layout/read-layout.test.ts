import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src-core/domain/draft/problems';
import { parseLayoutText } from '../../../src-core/domain/layout/read-layout';
import { RULES } from '../../../src-core/domain/rules/registry';
import { RESOURCES_DIR } from '../../../src-main/cli/node-resources';

const RULE_IDS = RULES.map((r) => r.id);

/** A small sound layout; each case below breaks one thing in it. */
function sound(): Record<string, unknown> {
  return {
    id: 'test-city',
    name: '测试市部门预算公开格式',
    title: '{department}{year}年部门预算',
    tables: [
      { table: 'T01', variant: 'tree', number: '公开01表', title: '{year}年部门收支总表' },
      { table: 'T02', variant: 'byUnit', number: '公开02表', title: '{year}年部门收入总表', columnNumbers: true },
      {
        table: 'T04',
        number: '公开03表',
        title: '{year}年财政拨款收支总表',
        hideRows: ['in:carryover', 'in:co.*'],
        rowNames: { 'in:current': '一、财政拨款' },
        columnTitles: { total: '预算数' },
      },
      { table: 'T07', number: '公开04表', title: '“三公”经费支出表', hideColumns: ['prior.total'] },
    ],
    rules: { severity: { 'R-ZERO': 'error' }, disabled: ['R-PROC'] },
    priorBasis: { incomeTotal: 'actual', 'fn:20103': 'budget' },
  };
}

function read(value: unknown) {
  return parseLayoutText(typeof value === 'string' ? value : JSON.stringify(value), { ruleIds: RULE_IDS });
}

/** The problems of a broken layout, as “path：message” lines. */
function problems(value: unknown): string[] {
  const r = read(value);
  expect(r.ok, 'the layout is rejected').toBe(false);
  return r.ok ? [] : formatProblems(r.error).split('\n');
}

function broken(change: (layout: Record<string, unknown> & { tables: Record<string, unknown>[] }) => void) {
  const layout = sound() as Record<string, unknown> & { tables: Record<string, unknown>[] };
  change(layout);
  return problems(layout);
}

describe('layout files: a sound file is read as it is', () => {
  it('accepts the sample layout and returns it unchanged', () => {
    const r = read(sound());
    expect(r.ok ? r.value : r.error).toEqual(sound());
  });

  it('accepts a byte-order mark and a $schema key', () => {
    expect(read(`\uFEFF${JSON.stringify({ $schema: './layout.schema.json', ...sound() })}`).ok).toBe(true);
  });

  it('accepts every shipped layout file', () => {
    for (const id of ['national', 'zhejiang', 'chongqing', 'xinjiang', 'shanghai']) {
      const r = read(readFileSync(join(RESOURCES_DIR, 'layouts', `${id}.json`), 'utf8'));
      expect(r.ok ? [] : formatProblems(r.error), id).toEqual([]);
    }
  });
});

describe('layout files: each kind of broken file is rejected with its path and a Chinese message', () => {
  it('1. text that is not JSON', () => {
    expect(problems('{"id": "x", "name": ')).toEqual([expect.stringMatching(/^（文件）：不是有效的 JSON 文件/)]);
  });

  it('2. JSON that is not an object', () => {
    expect(problems('[1, 2]')).toEqual(['（文件）：版式文件的内容应为一个 JSON 对象，实际为数组']);
  });

  it('3. a required key missing: id, name, tables, a table’s title', () => {
    expect(
      broken((l) => {
        delete l.id;
        delete l.name;
        delete l.tables[2].title;
      }),
    ).toEqual([
      'id：缺少必填项“版式标识”（id）',
      'name：缺少必填项“版式名称”（name）',
      'tables[2].title：缺少必填项“标题”（title）',
    ]);
    expect(problems({ id: 'x', name: 'x' })).toEqual(['tables：缺少必填项“表”（tables）']);
  });

  it('4. an id that cannot be typed on the command line', () => {
    expect(broken((l) => (l.id = 'Chong Qing'))).toEqual([
      'id：“版式标识”只能由小写英文字母、数字和“-”组成，至多 40 个字符（如 chongqing-dianjiang），实际为“Chong Qing”',
    ]);
  });

  it('5. an unknown key, with the key it was probably meant to be', () => {
    expect(
      broken((l) => {
        l.tables[1].hideRow = ['dept'];
        l.colour = 'red';
      }),
    ).toEqual(['colour：未知的键“colour”', 'tables[1].hideRow：未知的键“hideRow”（是否应为“hideRows”？）']);
  });

  it('6. a value of the wrong type', () => {
    expect(
      broken((l) => {
        l.tables[0].columnNumbers = 'yes';
        l.tables[2].hideRows = 'in:carryover';
        l.tables[3].title = 7;
        l.name = '  ';
      }),
    ).toEqual([
      'name：“版式名称”不能为空',
      'tables[0].columnNumbers：“栏次行”应为 true 或 false，实际为文字“yes”',
      'tables[2].hideRows：“不打印的行”应为数组（用 [ ] 括起），实际为文字“in:carryover”',
      'tables[3].title：“标题”应为文字，实际为数值 7',
    ]);
  });

  it('7. an empty table list', () => {
    expect(broken((l) => (l.tables = []))).toEqual(['tables：“表”不能为空数组']);
  });

  it('8. a table that does not exist', () => {
    expect(broken((l) => (l.tables[3].table = 'T99'))).toEqual([
      'tables[3].table：没有表“T99”（可用：T01、T02、T03、T04、T05、T06、T07、T08、T09、T10、T10A、T11、T12、T13、T14）',
    ]);
  });

  it('9. a variant that does not exist, or none where the table has several', () => {
    expect(
      broken((l) => {
        l.tables[1].variant = 'sideways';
        delete l.tables[0].variant;
      }),
    ).toEqual([
      'tables[0].variant：表 T01 有几种格式，须用 variant 指明一种（可用：classes、tree）',
      'tables[1].variant：表 T02 没有“sideways”格式（可用：byUnit、byFunction）',
    ]);
  });

  it('10. a column that the table does not have (hidden, retitled or ordered)', () => {
    const lines = broken((l) => {
      l.tables[3].hideColumns = ['prior.total', 'nope'];
      l.tables[2].columnTitles = { totl: '预算数' };
      l.tables[3].columnOrder = ['reception', 'abroad', 'reception'];
    });
    expect(lines).toHaveLength(3);
    // The file's structure first, then what it refers to.
    expect(lines[0]).toBe('tables[3].columnOrder[2]：“reception”重复（已在第 1 项）');
    expect(lines[1]).toBe('tables[2].columnTitles.totl：表 T04 没有列“totl”（可用：amount、total、gpb、gf、soc）');
    expect(lines[2]).toMatch(/^tables\[3\]\.hideColumns\[1\]：表 T07 没有列“nope”（可用：total、abroad、/);
  });

  it('11. a row that the table does not have (hidden or renamed), and a prefix matching no row', () => {
    const lines = broken((l) => {
      l.tables[2].hideRows = ['in:carryover', 'in:cary', 'inn:*'];
      l.tables[2].rowNames = { 'out:fn:201': '一般公共服务' };
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^tables\[2\]\.hideRows\[1\]：表 T04 没有行“in:cary”（固定行：in:current、/);
    expect(lines[0]).toContain('按编码生成的行以 out:fn: 开头');
    expect(lines[1]).toMatch(/^tables\[2\]\.hideRows\[2\]：“inn:\*”不匹配表 T04 的任何行/);
    expect(lines[2]).toMatch(/^tables\[2\]\.rowNames\["out:fn:201"\]：表 T04 没有可改名的行“out:fn:201”/);
  });

  it('11b. rows and columns printed only when they hold an amount are checked the same way', () => {
    expect(
      broken((l) => {
        l.tables[2].hideRowsIfZero = ['in:co.*', 'in:carry'];
        l.tables[2].hideColumnsIfZero = ['gpb', 'co.gpb'];
      }),
    ).toEqual([
      'tables[2].hideColumnsIfZero[1]：表 T04 没有列“co.gpb”（可用：amount、total、gpb、gf、soc）',
      expect.stringMatching(/^tables\[2\]\.hideRowsIfZero\[1\]：表 T04 没有行“in:carry”/),
    ]);
  });

  it('12. the same table listed twice', () => {
    expect(broken((l) => l.tables.push({ table: 'T04', title: '再一次' }))).toEqual([
      'tables[4].table：表 T04 已在 tables[2] 列出，同一张表只能列一次',
    ]);
  });

  it('13. a placeholder that does not exist', () => {
    expect(broken((l) => (l.tables[0].title = '{yaer}年部门收支总表'))).toEqual([
      'tables[0].title：“标题”中有未知的占位符“{yaer}”（可用：{year}、{department}、{shortName}）',
    ]);
  });

  it('14. a rule that does not exist, or a severity that is not error/warning', () => {
    expect(
      broken((l) => (l.rules = { severity: { 'R-NOPE': 'error', 'R-ZERO': 'fatal' }, disabled: ['R-X'] })),
    ).toEqual([
      'rules.severity["R-ZERO"]：“规则级别”取值无效：文字“fatal”（可选："error"、"warning"）',
      expect.stringMatching(/^rules\.severity\["R-NOPE"\]：没有审核规则“R-NOPE”/),
      expect.stringMatching(/^rules\.disabled\[0\]：没有审核规则“R-X”/),
    ]);
  });

  it('15. a comparison key that does not exist', () => {
    expect(broken((l) => (l.priorBasis = { income: 'actual', 'fn:2010': 'budget', gpb: 'last' }))).toEqual([
      'priorBasis.gpb：“上年比较口径”取值无效：文字“last”（可选："actual"、"budget"）',
      expect.stringMatching(/^priorBasis\.income：“income”不是上年比较项（可用：incomeTotal、/),
      expect.stringMatching(/^priorBasis\["fn:2010"\]：“fn:2010”不是上年比较项/),
    ]);
  });

  it('16. an option used on a table it does not apply to', () => {
    expect(
      broken((l) => {
        l.tables[1].listClasses = ['201', '2010'];
        l.tables[1].unitBlocksOnlyIfMultiUnit = true;
        l.tables[3].functionLevels = [3];
        l.tables[3].splitCode = true;
      }),
    ).toEqual([
      'tables[1].listClasses：listClasses 只用于表 T01 的 classes 格式，表 T02（byUnit）不适用',
      'tables[1].listClasses[1]：“2010”不是 3 位的类级功能科目编码',
      'tables[1].unitBlocksOnlyIfMultiUnit：unitBlocksOnlyIfMultiUnit 只用于表 T03 的 unitBlocks 格式，表 T02（byUnit）不适用',
      'tables[3].functionLevels：表 T07 没有按功能科目列出的行，不能设置 functionLevels',
      'tables[3].splitCode：表 T07 没有“科目编码”列，不能设置 splitCode',
    ]);
  });

  it('17. function levels, units and scopes outside their lists', () => {
    expect(
      broken((l) => {
        l.tables[0].functionLevels = [3, 4];
        l.tables[0].unit = '千元';
        l.officeOperationScope = 'everyone';
      }),
    ).toEqual([
      'tables[0].functionLevels[1]：“功能科目级次”取值无效：数值 4（可选：3、5、7）',
      'tables[0].unit：“金额单位”取值无效：文字“千元”（可选："yuan"、"wanyuan"）',
      'officeOperationScope：“机关运行经费口径”取值无效：文字“everyone”（可选："adminCivil"、"all"）',
    ]);
  });

  it('18. a hostile file: __proto__ keys, absurd nesting, a huge file', () => {
    expect(problems('{"id": "x", "__proto__": {"polluted": true}}')).toEqual([
      '__proto__：含有不允许的键名“__proto__”，文件未被读取',
    ]);
    expect(problems(`{"id": ${'['.repeat(20)}${']'.repeat(20)}}`)[0]).toMatch(/嵌套层数过多/);
    expect(problems(JSON.stringify({ ...sound(), description: 'x'.repeat(300_000) }))[0]).toMatch(
      /^（文件）：文件过大/,
    );
  });

  it('reports every problem of a file at once', () => {
    const lines = broken((l) => {
      delete l.name;
      l.tables[0].table = 'T99';
      l.tables[2].hideColumns = ['nope'];
    });
    expect(lines).toHaveLength(3);
  });
});
