import type { TableSpec } from '../../tables/spec';
import { CODE_NAME, fnRows, totalRow } from '../../tables/definitions/common';
import { FISCAL } from './common';

/** F02 收入决算表 (公开02表): 本年收入 by the function it was received for, by source. */
export const F02: TableSpec = {
  id: 'F02',
  variant: 'default',
  title: '收入决算表',
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: 'income' },
      columns: [
        {
          key: 'total',
          title: '本年收入合计',
          sumOf: ['fiscal', 'superior', 'business', 'operating', 'subsidiary', 'other'],
        },
        { key: 'fiscal', title: '财政拨款收入', filter: { source: FISCAL } },
        { key: 'superior', title: '上级补助收入', filter: { source: ['superior'] } },
        { key: 'business', title: '事业收入', filter: { source: ['business'] } },
        { key: 'operating', title: '经营收入', filter: { source: ['operating'] } },
        { key: 'subsidiary', title: '附属单位上缴收入', filter: { source: ['subsidiary'] } },
        { key: 'other', title: '其他收入', filter: { source: ['other'] } },
      ],
      rows: [totalRow(), fnRows()],
    },
  ],
};

/** F03 支出决算表 (公开03表): 本年支出 by function, by kind (every source). */
export const F03: TableSpec = {
  id: 'F03',
  variant: 'default',
  title: '支出决算表',
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense' },
      columns: [
        {
          key: 'total',
          title: '本年支出合计',
          sumOf: ['basic', 'project', 'toSuperior', 'operating', 'toSubsidiary'],
        },
        { key: 'basic', title: '基本支出', filter: { kind: ['personnel', 'public'] } },
        { key: 'project', title: '项目支出', filter: { kind: ['project'] } },
        { key: 'toSuperior', title: '上缴上级支出', filter: { kind: ['toSuperior'] } },
        { key: 'operating', title: '经营支出', filter: { kind: ['operating'] } },
        { key: 'toSubsidiary', title: '对附属单位补助支出', filter: { kind: ['toSubsidiary'] } },
      ],
      rows: [totalRow(), fnRows()],
    },
  ],
};
