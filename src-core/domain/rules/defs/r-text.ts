import type { RuleContext } from '../context';
import type { EntityRule, FindingDraft } from '../types';

const PLACEHOLDER = /XX|ＸＸ|××|xx|【[^】]*】|……|\.\.\.\.\.\./;

/**
 * R-TEXT: required text missing, a used 项 without explanation for 名词解释, placeholders left.
 * Checked per function 项 (the 名词解释 part) and department-wide under the key `*`.
 */
export const R_TEXT: EntityRule = {
  id: 'R-TEXT',
  severity: 'warning',
  scope: 'entity',
  entity: 'function',
  triggers: ['text', 'expense', 'meta'],
  title: '说明文字不完整',
  description: '缺少主要职能或单位构成；使用的功能科目项没有名词解释；文字中留有 XX、××、【】、…… 等占位符。',
  keys: (ctx) => ctx.auxGroupRows('fnUsed').map((r) => r.code),
  check(code, ctx) {
    if (code !== '*') {
      if (ctx.aux('fnUsed', `fn:${code}`, 'count') === 0) return [];
      const entry = ctx.catalogs.function.get(code);
      if (!entry || entry.level !== 3 || entry.description) return [];
      return [
        {
          target: { text: `glossary.fn:${code}` },
          message: `功能科目 ${code} ${entry.name}（项）缺少名词解释所需的科目说明，请在本地科目中补充说明`,
        },
      ];
    }
    const out: FindingDraft[] = [];
    const text = ctx.draft.text;
    if (!text.functions?.trim()) out.push({ target: { text: 'functions' }, message: '未填写“主要职能”（部门概况）' });
    if (!text.composition?.trim())
      out.push({ target: { text: 'composition' }, message: '未填写“部门预算单位构成”（部门概况）' });
    for (const [key, value] of textEntries(ctx)) {
      const m = PLACEHOLDER.exec(value);
      if (m)
        out.push({
          target: { text: key },
          message: `说明文字“${key}”中留有占位符“${m[0]}”，请替换为实际内容`,
          actual: m[0],
        });
    }
    return out;
  },
};

function textEntries(ctx: RuleContext): [string, string][] {
  const t = ctx.draft.text;
  const out: [string, string][] = [];
  for (const key of ['functions', 'composition', 'staffing', 'contact'] as const) {
    const v = t[key];
    if (typeof v === 'string') out.push([key, v]);
  }
  for (const group of ['reasons', 'purposes', 'notes'] as const) {
    for (const [k, v] of Object.entries(t[group] ?? {})) if (typeof v === 'string') out.push([`${group}.${k}`, v]);
  }
  return out;
}
