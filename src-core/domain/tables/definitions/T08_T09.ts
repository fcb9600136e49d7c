import type { TableSpec } from '../spec';
import { CODE_NAME, fnRows, totalRow } from './common';

const fundTable = (id: string, title: string, source: string): TableSpec => ({
  id,
  variant: 'default',
  title,
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense', source: [source], carryover: false },
      columns: [
        { key: 'total', title: '合计', sumOf: ['basic', 'project'] },
        { key: 'basic', title: '基本支出', filter: { kind: ['personnel', 'public'] } },
        { key: 'project', title: '项目支出', filter: { kind: ['project'] } },
      ],
      rows: [totalRow(), fnRows()],
    },
  ],
});

/** T08 政府性基金预算支出表. */
export const T08 = fundTable('T08', '政府性基金预算支出表', 'gf');
/** T09 国有资本经营预算支出表. */
export const T09 = fundTable('T09', '国有资本经营预算支出表', 'soc');
