import { describe, expect, it } from 'vitest';
import type { DraftHead } from '../../../src-renderer/data/records';
import type { DraftReader } from '../../../src-renderer/features/sections/draft-reader';
import { locateTarget } from '../../../src-renderer/features/sections/locate-target';

/** Two units; only 167001 has expense lines. */
function reader(): DraftReader {
  const expenses: Record<string, { unit: string }> = { a: { unit: '167001' }, b: { unit: '167001' } };
  return {
    head: {
      units: [
        { code: '167001', name: '舟山市人民政府办公室', type: 'admin' },
        { code: '167002', name: '舟山市大数据中心', type: 'institution' },
      ],
      projects: [],
    } as unknown as DraftHead,
    lineIds: (stream) => (stream === 'expense' ? Object.keys(expenses) : []),
    line: ((_stream: string, id: string) => expenses[id]) as DraftReader['line'],
  };
}

describe('定位 of a finding about a 预算单位', () => {
  it('a unit with expense lines leads to the grid showing only its lines', () => {
    expect(locateTarget(reader(), { unit: '167001' })).toEqual({
      section: 'expenses',
      label: '定位到该单位的支出',
      focus: { kind: 'unit', key: '167001' },
    });
  });

  it('a unit without expense lines leads to its row in the unit list; an unknown unit nowhere', () => {
    expect(locateTarget(reader(), { unit: '167002' })).toMatchObject({ section: 'basic', label: '定位到预算单位' });
    expect(locateTarget(reader(), { unit: '999' })).toBeNull();
  });
});
