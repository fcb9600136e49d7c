import { describe, expect, it } from 'vitest';
import { createCloseGuard } from '../../../src-main/main/close-guard';

function setup() {
  const log: string[] = [];
  let pending: (() => void) | null = null;
  const guard = createCloseGuard({
    askPage: () => log.push('ask page'),
    close: () => log.push('close'),
    setTimeout: (fn) => {
      pending = fn;
      log.push('timer');
      return 1;
    },
    clearTimeout: () => {
      pending = null;
      log.push('clear timer');
    },
    timeoutMs: 5000,
  });
  const closeEvent = () => {
    let prevented = false;
    guard.onClose({
      preventDefault: () => {
        prevented = true;
      },
    });
    return prevented;
  };
  return { guard, log, closeEvent, fireTimer: () => pending?.() };
}

describe('close guard (the last backup before the window closes)', () => {
  it('holds the first close back, asks the page, and closes when the page is ready', () => {
    const s = setup();
    expect(s.closeEvent()).toBe(true);
    expect(s.log).toEqual(['timer', 'ask page']);
    s.guard.onPageReady();
    expect(s.log).toEqual(['timer', 'ask page', 'clear timer', 'close']);
    // The close that follows goes through.
    expect(s.closeEvent()).toBe(false);
  });

  it('closes anyway when the page does not answer in time', () => {
    const s = setup();
    s.closeEvent();
    s.fireTimer();
    expect(s.log).toEqual(['timer', 'ask page', 'close']);
    s.guard.onPageReady(); // a late answer changes nothing
    expect(s.log.filter((l) => l === 'close')).toHaveLength(1);
  });

  it('a second click on close while waiting asks the page only once', () => {
    const s = setup();
    expect(s.closeEvent()).toBe(true);
    expect(s.closeEvent()).toBe(true);
    expect(s.log.filter((l) => l === 'ask page')).toHaveLength(1);
  });

  it('ignores a “ready” nobody asked for', () => {
    const s = setup();
    s.guard.onPageReady();
    expect(s.log).toEqual([]);
  });
});
