import { FINAL_SOURCE_NAMES, FINAL_SOURCES, FISCAL_SOURCES, type FinalSource } from '../../draft/vocabulary';
import type { FindingDraft } from '../../rules/types';
import type { FinalRuleContext } from '../rule-context';
import type { FinalRule } from './types';

const FISCAL: readonly string[] = FISCAL_SOURCES;

/** Units to check: those of the draft and any code lines still point at. */
function unitKeys(ctx: FinalRuleContext): string[] {
  return [...new Set([...ctx.draft.units.map((u) => u.code), ...ctx.auxGroupRows('units').map((r) => r.code)])];
}

/**
 * R-F-BAL: per unit × source (and per function 项 for 政府性基金) 年初结转和结余 + 本年收入 + 使用非财政拨款结余
 * = 本年支出 + 结余分配 + 年末结转和结余. 年末 is derived, so the identity fails exactly when 年末 would be
 * negative: more was spent or distributed than there was. Also 使用非财政拨款结余 and 结余分配 on
 * 财政拨款 (by their definition non-fiscal), and a 政府性基金 balance without its function.
 */
export const R_F_BAL: FinalRule = {
  id: 'R-F-BAL',
  severity: 'error',
  scope: 'final',
  entity: 'unit',
  triggers: ['expense', 'income', 'balance', 'units'],
  title: '结转结余不平衡',
  description:
    '每个单位每项资金：年初结转和结余＋本年收入＋使用非财政拨款结余＝本年支出＋结余分配＋年末结转和结余，年末结转和结余不能为负；财政拨款不能使用非财政拨款结余或分配结余；政府性基金按功能分类科目（项）平衡。',
  keys: unitKeys,
  check(unit, ctx) {
    if (unit === '*') return [];
    const out: FindingDraft[] = [];
    const key = `unit:${unit}`;
    const get = (col: string) => ctx.aux('units', key, col);
    for (const s of FINAL_SOURCES) {
      const parts = {
        opening: get(`open|${s}`),
        income: get(`in|${s}`),
        used: get(`used|${s}`),
        spent: get(`out|${s}`),
        distribution: get(`dist|${s}`),
      };
      const closing = get(`closing|${s}`);
      if (closing < 0) out.push(negative(ctx, unit, FINAL_SOURCE_NAMES[s], parts, closing));
      if (FISCAL.includes(s) && (parts.used !== 0 || parts.distribution !== 0)) {
        out.push({
          target: { unit },
          message: `${ctx.unitLabel(unit)}：${FINAL_SOURCE_NAMES[s as FinalSource]}不能有使用非财政拨款结余（${ctx.money(parts.used)}）或结余分配（${ctx.money(parts.distribution)}），请改为相应的非财政拨款资金`,
        });
      }
    }
    for (const row of ctx.auxRow('gfFunctions', key)?.children ?? []) {
      const cell = (col: string) => row.cells[ctx.auxSection('gfFunctions').columnIndex.get(col)!];
      if (row.code === '') {
        if (cell('opening') !== 0)
          out.push({
            target: { unit },
            message: `${ctx.unitLabel(unit)}：政府性基金的年初结转和结余（${ctx.money(cell('opening'))}）未填写功能分类科目，公开07表按功能分类科目（项）列示，请填写`,
          });
        continue;
      }
      const closing = cell('closing');
      if (closing >= 0) continue;
      const parts = { opening: cell('opening'), income: cell('income'), used: 0, spent: cell('out'), distribution: 0 };
      out.push(negative(ctx, unit, `政府性基金预算财政拨款（${ctx.functionLabel(row.code)}）`, parts, closing));
    }
    return out;
  },
};

function negative(
  ctx: FinalRuleContext,
  unit: string,
  what: string,
  p: { opening: number; income: number; used: number; spent: number; distribution: number },
  closing: number,
): FindingDraft {
  const terms = [`年初结转和结余 ${ctx.money(p.opening)}`, `本年收入 ${ctx.money(p.income)}`];
  if (p.used !== 0) terms.push(`使用非财政拨款结余 ${ctx.money(p.used)}`);
  const spent = [`本年支出 ${ctx.money(p.spent)}`];
  if (p.distribution !== 0) spent.push(`结余分配 ${ctx.money(p.distribution)}`);
  return {
    target: { unit },
    message: `${ctx.unitLabel(unit)}：${what}${terms.join('＋')}，${spent.join('＋')}，超出 ${ctx.diff(-closing)}，年末结转和结余不能为负，请核对收入、支出或年初结转和结余`,
    expected: ctx.plain(p.opening + p.income + p.used),
    actual: ctx.plain(p.spent + p.distribution),
  };
}
