import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/main';
import { RESOURCES_DIR } from '../../../src-main/cli/node-resources';
import { FIXTURES } from '../fixture-resources';

const fixture = join(FIXTURES, 'zhoushan-2022.budget.json');
const chongqing = JSON.parse(readFileSync(join(RESOURCES_DIR, 'layouts', 'chongqing.json'), 'utf8')) as Record<
  string,
  unknown
>;

async function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string | Uint8Array> = {};
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: (p) => (p in files ? files[p] : readFileSync(p, 'utf8')),
    writeFile: (p, d) => {
      written[p] = d;
    },
  });
  return { code, stdout, stderr, written };
}

describe('--layout <id or file>', () => {
  it('a shipped layout by id: chongqing prints its ten tables in its order', async () => {
    const r = await run(['tables', fixture, '--layout', 'chongqing', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { layout: string; tables: Record<string, { number: string; title: string }> };
    expect(out.layout).toBe('chongqing');
    expect(Object.values(out.tables).map((t) => `${t.number} ${t.title}`)).toEqual([
      '表一 舟山市人民政府办公室财政拨款收支总表',
      '表二 舟山市人民政府办公室一般公共预算财政拨款支出预算表',
      '表三 舟山市人民政府办公室一般公共预算财政拨款基本支出预算表',
      '表四 舟山市人民政府办公室一般公共预算“三公”经费支出表',
      '表五 舟山市人民政府办公室政府性基金预算支出表',
      '表六 舟山市人民政府办公室收支总表',
      '表七 舟山市人民政府办公室收入总表',
      '表八 舟山市人民政府办公室支出总表',
      '表九 舟山市人民政府办公室政府采购明细表',
      '表十 舟山市人民政府办公室项目绩效目标表',
    ]);
  });

  it('a layout file: checked, then used by check, tables, export and report', async () => {
    const file = { 'dianjiang.json': JSON.stringify({ ...chongqing, id: 'dianjiang', name: '垫江县格式' }) };
    const tables = await run(['tables', fixture, '--layout', 'dianjiang.json', '--json'], file);
    expect(tables.code).toBe(0);
    expect(JSON.parse(tables.stdout).layout).toBe('dianjiang');
    const check = await run(['check', fixture, '--layout', 'dianjiang.json'], file);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('收入总计 2725.60，支出总计 2725.60');
    const exported = await run(['export', fixture, '--layout', 'dianjiang.json', '--xlsx', 'out.xlsx'], file);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('已导出 10 张表');
    expect(exported.written['out.xlsx']).toBeInstanceOf(Uint8Array);
    const report = await run(['report', fixture, '--layout', 'dianjiang.json', '--html', 'out.html'], file);
    expect(report.code).toBe(0);
    expect(String(report.written['out.html'])).toContain('舟山市人民政府办公室财政拨款收支总表');
  });

  it('a broken layout file: every problem with its path, exit 1, nothing written', async () => {
    const broken = { ...chongqing, id: 'dianjiang', tables: [{ table: 'T04', title: 'x', hideRows: ['in:nope'] }] };
    const r = await run(['export', fixture, '--layout', 'bad.json', '--xlsx', 'out.xlsx'], {
      'bad.json': JSON.stringify(broken),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('版式文件“bad.json”有误，共 1 处问题：');
    expect(r.stderr).toContain('tables[0].hideRows[0]：表 T04 没有行“in:nope”');
    expect(r.written).toEqual({});
  });

  it('a file taking a shipped id, a missing file, an unknown id', async () => {
    const same = await run(['tables', fixture, '--layout', 'copy.json'], { 'copy.json': JSON.stringify(chongqing) });
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('与内置版式重复');
    const missing = await run(['tables', fixture, '--layout', '/nonexistent/layout.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('无法读取版式文件“/nonexistent/layout.json”');
    const unknown = await run(['tables', fixture, '--layout', 'mars']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '未知的版式“mars”（可用：chongqing、national、shanghai、xinjiang、zhejiang；也可以给出版式文件的路径',
    );
  });
});
