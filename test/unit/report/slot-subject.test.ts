import { describe, expect, it } from 'vitest';
import { slotSubject } from '../../../src-renderer/features/report/slot-subject';
import { testResources } from '../fixture-resources';

describe('slotSubject: the editor of a reason or purpose is labelled in Chinese, never by its key', () => {
  const resources = testResources();
  const layout = resources.layouts.get('zhejiang')!;
  const catalogs = resources.catalogs.forYear(2022);
  const subject = (key: string) => slotSubject(key, layout, catalogs);

  it('names a figure as the engine does, a function 项 by its name and code', () => {
    expect(subject('incomeTotal')).toBe('收入总计');
    expect(subject('reception')).toBe('公务接待费');
    expect(subject('vehicle')).toBe('公务用车购置及运行维护费');
    expect(subject('fn:2010301')).toBe('行政运行（2010301）');
  });

  it('says nothing rather than show a key it does not know', () => {
    expect(subject('somethingElse')).toBe('');
    expect(subject('fn:9999999')).toBe('9999999');
  });
});
