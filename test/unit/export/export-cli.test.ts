import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src-main/cli/main';
import { FIXTURES, fixtureText } from '../fixture-resources';

const fixture = join(FIXTURES, 'zhoushan-2022.budget.json');

async function run(args: string[], files: Record<string, string> = {}, failWrite = false) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: (p) => (p in files ? files[p] : readFileSync(p, 'utf8')),
    writeFile: (p, data) => {
      if (failWrite) throw new Error(`EACCES: permission denied, open '${p}'`);
      written.set(p, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
  });
  return { code, stdout, stderr, written };
}

describe('cli export', () => {
  it('writes the workbook of the chosen layout and exits 0', async () => {
    const r = await run(['export', fixture, '--xlsx', 'out.xlsx', '--layout', 'zhejiang', '--balance-rounding']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已导出 14 张表'); // zhejiang: T01–T12 with T10A and T13
    expect(r.stdout).toContain('舍位平衡');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.written.get('out.xlsx')!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)[1]).toBe('2022年部门收支预算总表');
  });

  it('uses the national layout by default', async () => {
    const r = await run(['export', fixture, '--xlsx', 'n.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.written.get('n.xlsx')!) as unknown as ArrayBuffer);
    expect(wb.worksheets[1].name).toBe('表一 部门收支总表');
  });

  it('1 for a rejected draft or an output that cannot be written, with a Chinese message', async () => {
    const doc = JSON.parse(fixtureText('zhoushan-2022.budget.json'));
    doc.expenses[0].amount = '13,6';
    const bad = await run(['export', 'bad.json', '--xlsx', 'o.xlsx'], { 'bad.json': JSON.stringify(doc) });
    expect(bad.code).toBe(1);
    expect(bad.written.size).toBe(0);
    const locked = await run(['export', fixture, '--xlsx', '/locked/o.xlsx'], {}, true);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('无法写入文件“/locked/o.xlsx”');
    const real = await runCli(['export', fixture, '--xlsx', '/nonexistent-dir/o.xlsx'], {
      stdout: () => {},
      stderr: () => {},
      readFile: (p) => readFileSync(p, 'utf8'),
    });
    expect(real).toBe(1);
  });

  it('2 for usage errors', async () => {
    expect((await run(['export', fixture])).code).toBe(2);
    expect((await run(['export', fixture, '--xlsx'])).code).toBe(2);
    expect((await run(['export', '--xlsx', 'o.xlsx'])).code).toBe(2);
    expect((await run(['tables', fixture, '--xlsx', 'o.xlsx'])).code).toBe(2);
    expect((await run(['check', fixture, '--balance-rounding'])).code).toBe(2);
    expect((await run(['export', fixture, '--xlsx', 'o.xlsx', '--layout', 'nope'])).code).toBe(2);
  });
});
