import { describe, expect, it } from 'vitest';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import { validateLayout } from '../../../src-core/domain/engine/resolve-layout';
import { engineFor, zhoushanDraft } from '../fixture-resources';

/** T10A (项目支出预算表 by 一级项目) and T13 (财政拨款重点项目支出预算表) under the zhejiang layout. */

const row = (t: DerivedTable, key: string) => t.rows.find((r) => r.key === key);
const PARENT = 'parent:舟山市人民政府办公室一级项目';

describe('T10A and T13 of 舟山 2022', () => {
  const engine = engineFor(zhoushanDraft(), 'zhejiang');

  it('T10A prints one row per 一级项目 with its unit, under the title the seed prints', () => {
    const t = engine.table('T10A')!;
    expect(t.title).toBe('2022年部门项目支出预算表');
    expect(t.rows.map((r) => r.key)).toEqual(['total', PARENT]);
    expect(row(t, PARENT)!.text).toMatchObject({
      unitName: '舟山市人民政府办公室',
      projectName: '舟山市人民政府办公室一级项目',
    });
    expect(row(t, 'total')!.parts).toEqual([PARENT]);
  });

  it('T13 prints 单位代码, 单位名称, 二级项目名称 and each project’s 绩效目标 from the draft', () => {
    const t = engine.table('T13')!;
    expect(t.title).toBe('2022年部门预算财政拨款重点项目支出预算表');
    expect(t.labelColumns.map((l) => l.title)).toEqual(['单位代码', '单位名称', '二级项目名称', '绩效目标']);
    expect(t.columns.map((c) => c.title)).toEqual(['财政拨款金额']);
    const p = row(t, 'project:167001-05')!;
    expect(p.text).toMatchObject({ unitCode: '167001', unitName: '舟山市人民政府办公室', projectName: '舟山公报经费' });
    expect(p.text!.goal).toMatch(/^发挥政务信息在政府工作中的重要作用/);
    // T10 does not print the goal, and its JSON does not carry it.
    expect(row(engine.table('T10')!, 'project:167001-05')!.text!.goal).toBeUndefined();
  });
});

describe('rows by 一级项目 follow the projects as they change', () => {
  it('a project moved to another 一级项目, or left without one, gets its row; sums stay whole', () => {
    const engine = engineFor(zhoushanDraft(), 'zhejiang');
    const projects = engine.head.projects.map((p) =>
      p.code === '167001-05' ? { ...p, parent: '公报一级项目' } : p.code === '167001-04' ? { ...p, parent: '' } : p,
    );
    engine.setPart('projects', projects);
    const t = engine.table('T10A')!;
    expect(t.rows.map((r) => [r.key, r.values.total])).toEqual([
      ['total', '434.00'],
      ['parent:公报一级项目', '15.00'],
      // Without a 一级项目 the project stands as its own.
      ['parent:外网终端安全防护及运行维护费', '83.00'],
      [PARENT, '336.00'],
    ]);
    // The same as a fresh derivation of the edited draft.
    const fresh = engineFor({ ...zhoushanDraft(), projects }, 'zhejiang').table('T10A')!;
    expect(t.rows.map((r) => [r.key, r.exact])).toEqual(fresh.rows.map((r) => [r.key, r.exact]));
  });

  it('a line added, changed or removed updates T10A and T13 at once', () => {
    const engine = engineFor(zhoushanDraft(), 'zhejiang');
    const line = engine.draft.expenses.find((e) => e.project === '167001-02')!;
    const id = engine.addLine('expense', { ...line, source: 'gf', amount: '12345.67' });
    expect(row(engine.table('T10A')!, PARENT)!.values.gf).toBe('1.23');
    expect(row(engine.table('T13')!, 'project:167001-02')!.exact.fiscal).toBe('106.234567');
    engine.setLine('expense', id, { ...line, source: 'business', amount: '12345.67' });
    expect(row(engine.table('T13')!, 'project:167001-02')!.values.fiscal).toBe('105.00');
    expect(row(engine.table('T10A')!, PARENT)!.values.unitFunds).toBe('1.23');
    engine.removeLine('expense', id);
    expect(row(engine.table('T10A')!, PARENT)!.values.total).toBe('434.00');
  });
});

describe('Zhejiang documents in 元 print 单位编码 columns', () => {
  const yuan = engineFor({ ...zhoushanDraft(), publishUnit: 'yuan' }, 'zhejiang');
  const wanyuan = engineFor(zhoushanDraft(), 'zhejiang');
  const labels = (t: DerivedTable) => t.labelColumns.map((l) => l.title);

  it('before 单位名称 in the tables of units and projects, with each row’s code', () => {
    expect(labels(yuan.table('T10')!)).toEqual(['单位编码', '单位名称', '项目名称']);
    expect(labels(yuan.table('T10A')!)).toEqual(['单位编码', '单位名称', '项目名称']);
    expect(labels(yuan.table('T07')!)).toEqual(['单位编码', '单位名称']);
    expect(labels(yuan.table('T12')!)).toEqual(['单位编码', '单位名称']);
    expect(labels(yuan.table('T02')!)).toEqual(['单位编码', '单位名称']);
    expect(row(yuan.table('T07')!, 'unit:167001')!.text).toEqual({ unitCode: '167001' });
    // T02's department row carries the department's code.
    expect(row(yuan.table('T02')!, 'dept')!.text).toEqual({ unitCode: zhoushanDraft().department.code });
    expect(row(yuan.table('T10')!, 'project:167001-01')!.text!.unitCode).toBe('167001');
    expect(row(yuan.table('T10A')!, PARENT)!.text!.unitCode).toBe('167001');
    // T13 has its own 单位代码 column: not a second one.
    expect(labels(yuan.table('T13')!)).toEqual(['单位代码', '单位名称', '二级项目名称', '绩效目标']);
  });

  it('not in 万元 (as the 舟山 seed prints it)', () => {
    expect(labels(wanyuan.table('T10')!)).toEqual(['单位名称', '项目名称']);
    expect(labels(wanyuan.table('T07')!)).toEqual(['单位名称']);
    expect(row(wanyuan.table('T07')!, 'unit:167001')!.text).toBeUndefined();
  });
});

describe('the layout file checks unitCodeIfYuan', () => {
  it('refuses it on a table whose rows are not units or projects, naming where', () => {
    const layout = {
      id: 'unit-code-test',
      name: '测试',
      tables: [
        { table: 'T10A', variant: 'merged', title: '项目', unitCodeIfYuan: true },
        { table: 'T05', title: '一般公共预算支出表', unitCodeIfYuan: true },
        { table: 'T12', title: '采购', unitCodeIfYuan: 'yes' },
      ],
    };
    const problems = validateLayout(layout);
    expect(problems.sort()).toEqual([
      'tables[1].unitCodeIfYuan：表 T05 的行不是单位或项目，不能设置 unitCodeIfYuan（可用于 T02 byUnit、T07、T10、T10A、T12）',
      'tables[2].unitCodeIfYuan：“以元为单位时列单位编码”应为 true 或 false，实际为文字“yes”',
    ]);
  });
});
