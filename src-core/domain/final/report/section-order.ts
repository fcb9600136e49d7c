import type { Block } from '../../report/model';

/**
 * The 13 sections of the 决算 情况说明 by id, in the order of the 财政部 template (and the 黄陂
 * seed): 一 收支总体 … 七 政府性基金, 八 国有资本经营, 九 “三公”, 十 机关运行经费 … 十三 预算绩效.
 * A layout may print them in another order (`reportSections`, docs/final-accounts.md).
 */
export const FINAL_REPORT_SECTIONS = [
  'final.overall',
  'final.income',
  'final.expense',
  'final.fiscal',
  'final.gpb',
  'final.basic',
  'final.gf',
  'final.soc',
  'final.three',
  'final.officeOperation',
  'final.procurement',
  'final.assets',
  'final.performance',
] as const;

/**
 * The sections in the layout's order: those it lists first, as listed; any it does not list keep
 * their template order after them (a layout never drops a section). Blocks that are not sections
 * stay where they were relative to the section before them.
 */
export function orderReportSections(blocks: readonly Block[], order: readonly string[] | undefined): Block[] {
  if (!order || order.length === 0) return [...blocks];
  const rank = new Map(order.map((id, i) => [id, i]));
  const keyed = blocks.map((b, i) => ({
    b,
    i,
    r: b.kind === 'section' ? (rank.get(b.id) ?? order.length) : order.length,
  }));
  return keyed.sort((x, y) => x.r - y.r || x.i - y.i).map((k) => k.b);
}
