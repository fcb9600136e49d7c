import { describe, expect, it } from 'vitest';
import { loadFinalDraftText } from '../../../src-core/domain/draft/load';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import { finalDraftToTemplate } from '../../../src-core/import/final-template';
import { runImportCommand } from '../../../src-main/cli/import-command';
import { fakeIo, xlsx } from '../import/helpers';
import { huangpiDraft } from './helpers';

const text = (s: string) => new TextEncoder().encode(s);

describe('CLI import of 决算 lines', () => {
  it('--draft x.final.json: the 黄陂 lines from the 决算 template go into the draft, written back to it', async () => {
    const d = huangpiDraft();
    const empty = { ...d, expenses: [], income: [], balances: [] };
    const { io, out, errs, written } = fakeIo({
      'hp.xlsx': await finalDraftToTemplate(d),
      'hp.final.json': text(saveFinalDraftText(empty)),
    });
    expect(await runImportCommand(['hp.xlsx', '--draft', 'hp.final.json'], io)).toBe(0);
    expect(errs).toEqual([]);
    expect(out.join('')).toMatch(
      /^已导入 26 条支出决算明细（合计 282\.9111），1 条收入决算（合计 282\.9111），1 条结转结余/,
    );
    const loaded = loadFinalDraftText(written.get('hp.final.json') as string);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    expect(saveFinalDraftText(loaded.value.draft)).toBe(saveFinalDraftText(d));
  });

  it('a new *.final.json from --year/--department; a broken row refuses the file and nothing is written', async () => {
    const header = ['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '决算数'];
    const bytes = await xlsx([
      {
        name: '支出决算明细',
        rows: [header, ['001', '2010301', '30101', '人员经费', '一般公共预算财政拨款收入', '12,5']],
      },
    ]);
    const { io, errs, written } = fakeIo({ 'x.xlsx': bytes });
    const args = ['x.xlsx', '--out', 'new.final.json', '--year', '2024', '--department', '某局', '--unit-code', '001'];
    expect(await runImportCommand(args, io)).toBe(1);
    expect(written.size).toBe(0);
    expect(errs.join('')).toMatch(/^有 1 处问题，未导入任何数据：\n工作表“支出决算明细”第 2 行 F 列（决算数）：/);
    expect(errs.join('')).toContain('未写入任何文件。');
  });

  it('--income-from-expenses is for 预算 drafts only', async () => {
    const { io, errs } = fakeIo({ 'x.xlsx': new Uint8Array() });
    const args = [
      'x.xlsx',
      '--out',
      'n.final.json',
      '--year',
      '2024',
      '--department',
      '某局',
      '--income-from-expenses',
    ];
    expect(await runImportCommand(args, io)).toBe(2);
    expect(errs.join('')).toContain('--income-from-expenses 只用于部门预算草稿');
  });
});
