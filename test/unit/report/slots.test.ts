import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { plainText, type Paragraph } from '../../../src-core/domain/report/model';
import { documentSlots, missingSlots } from '../../../src-core/domain/report/slots';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf } from './helpers';

const joined = (p: Paragraph) => (p.segments ?? []).map((s) => (typeof s === 'string' ? s : (s.text ?? ''))).join('');

describe('reason and purpose slots of the report', () => {
  it('marks every reason and purpose the 舟山 text prints, the segments adding up to the printed text', () => {
    const doc = reportOf(engineFor(zhoushanDraft(), 'zhejiang'));
    const slots = documentSlots(doc);
    const income = slots.find((s) => s.slot === 'reason' && s.key === 'incomeTotal')!;
    expect(income.text).toBe('主要是今年新增两位紧缺高端人才，预算增加');
    expect(income.sectionId).toBe('income');
    expect(slots.find((s) => s.key === 'fn:2010301')?.text).toBe('主要用于市府办人员工资福利、商品服务等方面的支出。');
    expect(slots.find((s) => s.slot === 'purpose' && s.key === 'reception')?.standard).toBe(true);
    for (const s of slots) expect(joined(s.paragraph)).toBe(s.paragraph.text);
    expect(plainText(doc)).not.toMatch(/[\uE000-\uE002]/u);
  });

  it('lists a missing reason or purpose as a null slot, printing nothing for it', () => {
    const draft = zhoushanDraft();
    const text = { ...draft.text, reasons: { ...draft.text.reasons }, purposes: { ...draft.text.purposes } };
    delete text.reasons!.incomeTotal;
    delete text.purposes!['fn:2010301'];
    const doc = reportOf(engineFor({ ...draft, text } as Draft, 'zhejiang'));
    const missing = missingSlots(doc).map((s) => `${s.slot}:${s.key}`);
    expect(missing).toContain('reason:incomeTotal');
    expect(missing).toContain('purpose:fn:2010301');
    expect(plainText(doc)).toContain('收入预算2725.6万元，比上年执行数增加130.54万元，增长5.03%。');
  });
});
