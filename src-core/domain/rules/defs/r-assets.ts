import { hasAssetFacts } from '../../report/asset-counts';
import type { DraftRule } from '../types';

/**
 * R-ASSETS: the 情况说明 reports 国有资产占有使用情况 (财政部 部门预算公开 “其他重要事项”); without a
 * single asset count in the draft the report prints nothing there, and this warning says what to
 * fill in and where. A count of 0 is a fact (“没有车辆”) and satisfies it.
 */
export const R_ASSETS: DraftRule = {
  id: 'R-ASSETS',
  severity: 'warning',
  scope: 'draft',
  triggers: ['assets', 'meta'],
  title: '未填报国有资产占有使用情况',
  description:
    '情况说明“其他重要事项”要说明国有资产占有使用情况：车辆和大型设备的现有数量与本年计划购置数量一项也没有填写时提示（没有的填 0）。',
  check(ctx) {
    if (hasAssetFacts(ctx.draft.assets)) return [];
    return [
      {
        target: { text: 'other.assets' },
        message:
          '未填报国有资产占有使用情况：请在“其他事项 → 国有资产占有使用情况”中填写车辆、大型设备的现有数量和本年计划购置数量（没有的填 0）；未填写前情况说明不印此项',
      },
    ];
  },
};
