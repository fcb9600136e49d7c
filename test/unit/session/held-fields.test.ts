import { describe, expect, it } from 'vitest';
import { HeldFields } from '../../../src-renderer/features/session/held-fields';

describe('HeldFields (text typed into a field, not yet handed to the session)', () => {
  it('counts the fields holding text, tells when that count changes, and makes each store its text once', () => {
    let changes = 0;
    const held = new HeldFields(() => changes++);
    const stored: string[] = [];
    held.hold('reason', () => stored.push('reason'));
    held.hold('reason', () => stored.push('reason (newer)')); // the same field again: no change of count
    held.hold('cell', () => stored.push('cell'));
    expect([held.size, changes]).toEqual([2, 2]);
    held.hold('cell', null); // it handed its text over itself
    expect([held.size, changes]).toEqual([1, 3]);
    held.storeAll();
    held.storeAll();
    expect(stored).toEqual(['reason (newer)']);
    expect(held.size).toBe(0);
  });
});
