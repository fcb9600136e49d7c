import { describe, expect, it } from 'vitest';
import type { FinalDraft, FinalExpenseLine, FinalLinesByStream } from '../../../src-core/domain/draft/types';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';
import { dropHeaderRow } from '../../../src-core/editor/clipboard/paste-header';
import { planPaste } from '../../../src-core/editor/clipboard/paste-plan';
import { finalColumnSet, finalGridColumns } from '../../../src-renderer/features/final/final-grid';
import { invertFinalEdits, type FinalEdit } from '../../../src-renderer/features/final/final-edits';
import {
  finalImportEdits,
  type FinalLinesReader,
} from '../../../src-renderer/features/final-import/final-import-edits';
import { cellChangesToEdits } from '../../../src-renderer/features/grid/grid-edits';
import { testResources } from '../fixture-resources';

const units = [{ code: '167001', name: '舟山市人民政府办公室', type: 'admin' as const }];
const columns = finalGridColumns({ units, projects: [] });

const line = (amount: string, note = ''): FinalExpenseLine => ({
  unit: '167001',
  function: '2010301',
  economic: '30101',
  kind: 'personnel',
  source: 'business',
  amount,
  project: null,
  note,
});

describe('the 决算数 grid columns', () => {
  it('are the 预算 columns without 上年结转, with the 决算 sources and 决算数', () => {
    expect(columns.map((c) => c.key)).toEqual([
      'unit',
      'function',
      'economic',
      'kind',
      'source',
      'project',
      'amount',
      'note',
    ]);
    expect(columns.find((c) => c.key === 'amount')!.label).toBe('决算数');
    expect(columns.find((c) => c.key === 'source')!.values!.map((v) => v.key)).toEqual([
      'gpb',
      'gf',
      'soc',
      'superior',
      'business',
      'operating',
      'subsidiary',
      'other',
    ]);
  });

  it('recognise a pasted header row of the 决算 template', () => {
    const block = [
      ['功能科目编码', '经济科目编码', '支出类型', '资金来源', '项目编码', '决算数', '备注'],
      ['2010301', '30201', '公用经费', '事业收入', '', '2000', '粘贴'],
    ];
    const { block: rest, header } = dropHeaderRow(block, columns.slice(1));
    expect(header).not.toBeNull();
    expect(rest).toEqual([block[1]]);
  });

  it('turn a pasted row into a 决算 line with no 上年结转, and refuse a 预算-only source', () => {
    const { function: fn, economic } = testResources().catalogs.forYear(2022);
    const catalogs = { function: fn, economic };
    const read = (source: string) =>
      planPaste({
        columns,
        anchor: { row: 0, col: 1 },
        block: [['2010301', '30201', '公用经费', source, '', '2000', '粘贴']],
        rowCount: 0,
        unit: 'yuan',
        catalogs,
      });
    const good = read('事业收入');
    if (!good.ok) throw new Error('refused');
    const edits = cellChangesToEdits(
      { ids: [], line: () => line('0'), draft: { units }, blank: finalColumnSet('yuan').blank },
      good.changes,
      good.rowsToAdd,
    );
    expect(edits).toHaveLength(1);
    const added = edits[0].type === 'add' ? edits[0].line : null;
    expect(added).toMatchObject({
      unit: '167001',
      economic: '30201',
      kind: 'public',
      source: 'business',
      amount: '2000',
    });
    expect(added).not.toHaveProperty('carryover');
    const bad = read('单位资金');
    expect(bad.ok).toBe(false);
  });
});

/** A draft's lines as the engine keeps them: ids in order. */
function reader(expenses: Record<string, FinalExpenseLine>): FinalLinesReader {
  const streams: Partial<Record<FinalLineStream, Record<string, unknown>>> = { expense: expenses };
  return {
    head: { units, projects: [] },
    lineIds: (stream) => Object.keys(streams[stream] ?? {}),
    line: <S extends FinalLineStream>(stream: S, id: string) =>
      streams[stream]?.[id] as FinalLinesByStream[S] | undefined,
  };
}

function applyOrder(order: string[], edits: readonly FinalEdit[]): string[] {
  const out = [...order];
  for (const e of edits) {
    if (e.type === 'remove') out.splice(out.indexOf(e.id), 1);
    else if (e.type === 'add') out.splice(e.beforeId ? out.indexOf(e.beforeId) : out.length, 0, e.id);
  }
  return out;
}

describe('an imported 决算 as edits (one undo step)', () => {
  const next = (expenses: FinalExpenseLine[]) =>
    ({ units, projects: [], expenses, income: [], balances: [] }) as unknown as FinalDraft;

  it('replaces the changed stream only, and its inverse puts every line back in order', () => {
    const current = reader({ a: line('1'), b: line('2'), c: line('3') });
    const edits = finalImportEdits(current, next([line('5', '工资'), line('2500.50', '办公费')]));
    expect(edits.filter((e) => e.type === 'remove').map((e) => e.type === 'remove' && e.id)).toEqual(['a', 'b', 'c']);
    const added = edits.filter((e) => e.type === 'add');
    expect(added.map((e) => e.type === 'add' && (e.line as FinalExpenseLine).note)).toEqual(['工资', '办公费']);
    expect(edits.some((e) => e.type === 'part' || ('stream' in e && e.stream !== 'expense'))).toBe(false);
    const after = applyOrder(['a', 'b', 'c'], edits);
    expect(after).toHaveLength(2);
    expect(applyOrder(after, invertFinalEdits(edits))).toEqual(['a', 'b', 'c']);
  });

  it('is empty when the file holds what the draft holds, and replaces units that changed', () => {
    const current = reader({ a: line('1') });
    expect(finalImportEdits(current, next([line('1')]))).toEqual([]);
    const renamed = { ...next([line('1')]), units: [{ ...units[0], name: '新名称' }] } as FinalDraft;
    expect(finalImportEdits(current, renamed)).toEqual([
      { type: 'part', key: 'units', before: units, after: renamed.units },
    ]);
  });
});
