import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { concatInline, hasSlots, inline, printedText, slot } from '../../../src-core/domain/report/inline';
import { findSection, plainText, type Paragraph } from '../../../src-core/domain/report/model';
import { documentSlots } from '../../../src-core/domain/report/slots';
import { paragraph } from '../../../src-core/domain/report/writer';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf } from './helpers';

describe('inline content: sentences composed of text and slots', () => {
  const reason = slot('reason', 'incomeTotal', '主要是新增人员');
  const purpose = slot('purpose', 'fn:2010301', null);

  it('keeps text and slots in order, joining adjacent text and dropping empty text', () => {
    const comparison = inline`，比上年增加${5}万元，${reason}`;
    expect(inline`收入${'2725.6'}万元${comparison}。${''}${purpose}`).toEqual([
      '收入2725.6万元，比上年增加5万元，',
      reason,
      '。',
      purpose,
    ]);
    expect(inline`${[]}${''}`).toEqual([]);
    expect(concatInline(inline`甲${reason}`, '乙', inline`丙`, [])).toEqual(['甲', reason, '乙丙']);
  });

  it('prints a slot by its text, nothing where none is written', () => {
    const content = inline`收入${reason}；用途${purpose}。`;
    expect(printedText(content)).toBe('收入主要是新增人员；用途。');
    expect(hasSlots(content)).toBe(true);
    expect(hasSlots(inline`没有${'空位'}`)).toBe(false);
  });

  it('a standard wording is a slot marked standard', () => {
    expect(slot('purpose', 'reception', '主要用于接待。', true)).toEqual({
      slot: 'purpose',
      key: 'reception',
      text: '主要用于接待。',
      standard: true,
    });
    expect(slot('purpose', 'reception', '主要用于接待。')).not.toHaveProperty('standard');
  });

  it('a paragraph has segments only when its content has a slot, and they join to its text', () => {
    const withSlot = paragraph(inline`收入${reason}。`, 'arabic', '收入：');
    expect(withSlot).toEqual({
      kind: 'paragraph',
      numbering: 'arabic',
      label: '',
      lead: '收入：',
      text: '收入主要是新增人员。',
      segments: ['收入', reason, '。'],
    });
    expect(paragraph(inline`收入${'5'}万元。`)).toEqual({
      kind: 'paragraph',
      numbering: null,
      label: '',
      text: '收入5万元。',
    });
    expect(paragraph('纯文本')).toEqual({ kind: 'paragraph', numbering: null, label: '', text: '纯文本' });
  });
});

describe('the officer’s words are printed as written', () => {
  it('prints private-use characters of a reason or purpose as typed, making no slot of them', () => {
    const draft = zhoushanDraft();
    const odd = '\uE000reason\uE001x\uE0011\uE001y\uE002';
    draft.text.reasons = { ...draft.text.reasons, incomeTotal: `新增人员${odd}` };
    draft.text.purposes = { ...draft.text.purposes, 'fn:2010301': `用于工资${odd}` };
    const doc = reportOf(engineFor(draft as Draft, 'zhejiang'));
    const slots = documentSlots(doc);
    expect(slots.find((s) => s.slot === 'reason' && s.key === 'incomeTotal')?.text).toBe(`主要是新增人员${odd}`);
    expect(slots.find((s) => s.slot === 'purpose' && s.key === 'fn:2010301')?.text).toBe(`用于工资${odd}。`);
    expect(slots.filter((s) => s.key === 'x')).toEqual([]);
    const income = findSection(doc, 'income')!.blocks[0] as Paragraph;
    expect(income.text).toBe(
      `市府办2022年收入预算2725.6万元，比上年执行数增加130.54万元，增长5.03%，主要是新增人员${odd}。`,
    );
    expect(plainText(doc)).toContain(`用于工资${odd}。`);
  });
});
