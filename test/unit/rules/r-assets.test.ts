import { describe, expect, it } from 'vitest';
import { CLEAN, engineFor, findingsOf, fixtureDraft } from './helpers';

describe('R-ASSETS: 国有资产占有使用情况 not filled in', () => {
  it('is quiet on the fixture, which records its vehicles and equipment', () => {
    const engine = engineFor(fixtureDraft());
    expect(findingsOf(engine, 'R-ASSETS')).toEqual([]);
    expect(engine.status()).toMatchObject(CLEAN);
  });

  it('warns once, leading to the assets, when no count is recorded', () => {
    const draft = fixtureDraft();
    draft.assets = { asOf: '2021-12-31' };
    const found = findingsOf(engineFor(draft), 'R-ASSETS');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', target: { text: 'other.assets' } })]);
    expect(found[0].message).toMatch(/^未填报国有资产占有使用情况：请在“其他事项 → 国有资产占有使用情况”中填写/);
  });

  it('follows the assets as they are edited: a recorded 0 is a fact', () => {
    const draft = fixtureDraft();
    draft.assets = {};
    const engine = engineFor(draft);
    expect(findingsOf(engine, 'R-ASSETS')).toHaveLength(1);
    engine.setPart('assets', { planned: { vehicles: [{ category: '一般公务用车', count: 0 }] } });
    expect(findingsOf(engine, 'R-ASSETS')).toEqual([]);
    engine.setPart('assets', { vehicles: [] });
    expect(findingsOf(engine, 'R-ASSETS')).toHaveLength(1);
  });
});
