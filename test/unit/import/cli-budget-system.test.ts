import { describe, expect, it } from 'vitest';
import { runImportCommand } from '../../../src-main/cli/import-command';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { engineFor } from '../fixture-resources';
import { fakeIo } from './helpers';
import {
  EXPECTED_LINES,
  longShapeRows,
  longShapeXls,
  longShapeXlsx,
  WIDE_EXPECTED,
  wideShapeXlsx,
  xlsBytes,
} from './budget-system-workbooks';

const NEW = ['--year', '2025', '--department', '示例县数字化服务局', '--department-code', '301'];

async function cli(name: string, bytes: Uint8Array, extra: string[] = []) {
  const t = fakeIo({ [name]: bytes });
  const code = await runImportCommand(['import', name, '--out', 'd.budget.json', ...NEW, ...extra], t.io);
  return { code, ...t };
}

function draftOf(text: string | Uint8Array | undefined) {
  const d = loadDraftText(text as string);
  if (!d.ok) throw new Error(JSON.stringify(d.error));
  return d.value.draft;
}

describe('cli import of 预算管理一体化系统 exports, without edits', () => {
  it('the long shape (.xlsx and .xls) and the wide shape give the lines the files say', async () => {
    for (const [name, bytes, expected] of [
      ['支出预算.xlsx', await longShapeXlsx(), EXPECTED_LINES],
      ['支出预算.xls', longShapeXls(), EXPECTED_LINES],
      ['部门支出预算表.xlsx', await wideShapeXlsx(), WIDE_EXPECTED],
    ] as const) {
      const r = await cli(name, bytes);
      expect(r.code, `${name}: ${r.errs.join('')}`).toBe(0);
      expect(r.errs.join('')).toMatch(
        /\[提示\] 工作表“[^”]+”第 4 行：单位“301001 示例县数字化服务局”不在草稿中，已新建/,
      );
      const d = draftOf(r.written.get('d.budget.json'));
      expect(d.expenses).toEqual(expected.map((l) => ({ ...l, note: '' })));
      expect(d.units.map((u) => u.code)).toEqual(['301001', '301002']);
      expect(engineFor(d, 'national').status().expense).not.toBe('0.00');
    }
  });

  it('--income-from-expenses fills the income from the expense lines: the draft balances', async () => {
    const r = await cli('支出预算.xlsx', await longShapeXlsx(), ['--income-from-expenses']);
    expect(r.code).toBe(0);
    expect(r.out.join('')).toMatch(/6 条收入（按单位×资金来源由支出生成）/);
    const status = engineFor(draftOf(r.written.get('d.budget.json')), 'national').status();
    expect(status.balanced).toBe(true);
  });

  it('a bad row refuses the file (exit 1) with the same Chinese line as the dialog, nothing written', async () => {
    const rows = longShapeRows();
    rows[5][1] = '奖励类项目';
    const r = await cli('坏.xls', xlsBytes([{ name: '支出预算', rows }]));
    expect(r.code).toBe(1);
    expect(r.errs.join('')).toContain(
      '工作表“支出预算”第 6 行 B 列（项目类别）：无法识别项目类别“奖励类项目”（应为人员类项目、运转类项目（公用经费或其他运转类）或特定目标类项目）',
    );
    expect(r.written.size).toBe(0);
  });
});
