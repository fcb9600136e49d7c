import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src-main/cli/main';
import { FIXTURES, fixtureText } from '../fixture-resources';

function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: (p) => (p in files ? files[p] : readFileSync(p, 'utf8')),
  });
  return { code, stdout, stderr };
}

const fixture = join(FIXTURES, 'zhoushan-2022.budget.json');

describe('cli check', () => {
  it('prints findings as JSON and exits 0', () => {
    const r = run(['check', fixture, '--layout', 'zhejiang', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      findings: { rule: string; severity: string; message: string; target: Record<string, string> }[];
    };
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const round = out.findings.find((f) => f.rule === 'R-ROUND')!;
    expect(round.target).toEqual({ table: 'T06', row: 'econ:303', column: 'total' });
    for (const f of out.findings)
      expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(['message', 'rule', 'severity', 'target']));
  });

  it('gives line targets their JSON path', () => {
    const doc = JSON.parse(fixtureText('zhoushan-2022.budget.json'));
    doc.expenses[4].economic = '38888';
    const r = run(['check', 'x.json', '--json'], { 'x.json': JSON.stringify(doc) });
    const f = (JSON.parse(r.stdout).findings as { rule: string; target: Record<string, string> }[]).find(
      (x) => x.rule === 'R-CODE-ECON',
    )!;
    expect(f.target).toEqual({ line: 'expenses[4]', field: 'economic', path: 'expenses[4].economic' });
  });

  it('prints a readable summary without --json', () => {
    const r = run(['check', fixture]);
    expect(r.stdout).toContain('收入总计 2725.60，支出总计 2725.60，差额 0.00；错误 0 项');
  });
});

describe('cli tables', () => {
  it('prints every table of the layout as JSON keyed by id', () => {
    const r = run(['tables', fixture, '--layout', 'zhejiang', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.tables)).toEqual([
      'T01',
      'T02',
      'T03',
      'T04',
      'T05',
      'T06',
      'T07',
      'T08',
      'T09',
      'T10',
      'T10A',
      'T13',
      'T11',
      'T12',
    ]);
    const t01 = out.tables.T01;
    expect(Object.keys(t01)).toEqual(expect.arrayContaining(['id', 'title', 'unit', 'columns', 'rows', 'notes']));
    expect(t01.rows.find((r: { key: string }) => r.key === 'in:total').values.amount).toBe('2725.60');
  });
});

describe('cli exit codes', () => {
  it('1 for a rejected file, with every problem in Chinese on stderr', () => {
    const doc = JSON.parse(fixtureText('zhoushan-2022.budget.json'));
    doc.expenses[0].amount = '13,6';
    doc.expenses[1].unit = 'nope';
    const r = run(['check', 'bad.json'], { 'bad.json': JSON.stringify(doc) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('共 2 处问题');
    expect(r.stderr).toContain('expenses[0].amount');
    expect(r.stderr).toContain('expenses[1].unit');
    expect(r.stdout).toBe('');
  });

  it('1 for a file that is not JSON or cannot be read', () => {
    expect(run(['check', 'a.json'], { 'a.json': 'not json' }).code).toBe(1);
    expect(run(['check', '/nonexistent/draft.json']).code).toBe(1);
  });

  it('2 for usage errors', () => {
    expect(run([]).code).toBe(2);
    expect(run(['bogus', fixture]).code).toBe(2);
    expect(run(['check']).code).toBe(2);
    expect(run(['check', fixture, '--frobnicate']).code).toBe(2);
    expect(run(['check', fixture, '--layout']).code).toBe(2);
    const unknown = run(['tables', fixture, '--layout', 'mars', '--json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知的版式');
  });
});

describe('cli report', () => {
  it('writes the HTML report and exits 0; asks for an output otherwise (2)', async () => {
    const written: Record<string, string | Uint8Array> = {};
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (s: string) => (stdout += s),
      stderr: (s: string) => (stderr += s),
      readFile: (p: string) => readFileSync(p, 'utf8'),
      writeFile: (p: string, d: string | Uint8Array) => {
        written[p] = d;
      },
    };
    expect(await runCli(['report', fixture, '--layout', 'zhejiang', '--html', 'out.html'], io)).toBe(0);
    expect(String(written['out.html'])).toContain('收入预算2725.6万元，比上年执行数增加130.54万元，增长5.03%');
    expect(stdout).toContain('已生成 HTML');
    expect(await runCli(['report', fixture], io)).toBe(2);
    expect(await runCli(['check', fixture, '--html', 'x.html'], io)).toBe(2);
    expect(stderr).toContain('只用于 report');
  });
});

describe('cli import', () => {
  it('is routed to the import command (usage error without --out)', async () => {
    let stderr = '';
    const code = await runCli(['import', 'x.csv'], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      readFile: () => '',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--out');
  });
});
