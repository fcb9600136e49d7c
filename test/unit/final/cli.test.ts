import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/main';
import { FIXTURES, fixtureText } from '../fixture-resources';
import { huangpiPublished } from './helpers';

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

const fixture = join(FIXTURES, 'huangpi-2024.final.json');

describe('cli on a 决算 draft (stage "final")', () => {
  it('check: the status line and the six findings; --json lists them with line paths', () => {
    const text = run(['check', fixture]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe(
      '本年收入合计 282.91，本年支出合计 282.91，年末结转和结余 0.00；错误 0 项，提示 6 项',
    );
    const json = run(['check', fixture, '--json']);
    const findings = JSON.parse(json.stdout).findings as { rule: string; target: Record<string, string> }[];
    expect(findings.map((f) => f.rule)).toEqual([
      'R-LINK-SOCIAL',
      'R-LINK-SOCIAL',
      'R-LINK-SOCIAL',
      'R-LINK-SOCIAL',
      'R-ROUND',
      'R-ROUND',
    ]);
    expect(findings[0].target).toEqual({ line: 'expenses[4]', field: 'function', path: 'expenses[4].function' });
  });

  it('tables --json under the default final-national layout gives the published cells', () => {
    const r = run(['tables', fixture, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      layout: string;
      tables: Record<string, { rows: { key: string; values: Record<string, string> }[] }>;
    };
    expect(out.layout).toBe('final-national');
    for (const [id, rows] of Object.entries(huangpiPublished().tables))
      for (const [key, cells] of Object.entries(rows))
        expect(out.tables[id].rows.find((r) => r.key === key)!.values).toMatchObject(cells);
  });

  it('tables as text prints the 注 lines as the layout writes them', () => {
    const r = run(['tables', fixture]);
    expect(r.stdout).toContain('公开06表 2024年度一般公共预算财政拨款基本支出决算明细表（单位：万元）');
    expect(r.stdout).toContain('  注：1.本表反映部门本年度的总收支和年末结转结余情况。\n      2.本套报表');
    expect(r.stdout).not.toContain('注：注：');
  });

  // `export` of a 决算 draft is tested in export-xlsx.test.ts.
  it('a budget layout for a 决算 draft and a broken file', () => {
    expect(run(['check', fixture, '--layout', 'national']).stderr).toContain('未知的决算版式“national”');
    const doc = JSON.parse(fixtureText('huangpi-2024.final.json'));
    doc.expenses[0].unit = 'nope';
    const bad = run(['check', 'x.json'], { 'x.json': JSON.stringify(doc) });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('expenses[0].unit：引用了不存在的单位“nope”');
  });

  it('a budget draft with the 决算 layout is refused; budget drafts are read as before', () => {
    const budget = join(FIXTURES, 'zhoushan-2022.budget.json');
    expect(run(['check', budget, '--layout', 'final-national']).stderr).toContain('未知的版式“final-national”');
    expect(run(['check', budget]).stdout).toMatch(/^收入总计 2725\.60，支出总计 2725\.60/);
  });
});
