import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src-core/domain/rules/types';
import {
  confirmPublishWithErrors,
  onGateQuestion,
  type GateQuestion,
} from '../../../src-renderer/features/export/export-gate';

const finding = (severity: Finding['severity'], rule: string): Finding =>
  ({ rule, severity, message: `${rule} 的说明`, target: { text: 'x' } }) as unknown as Finding;

describe('confirmation before publishing with errors (docs/rules.md)', () => {
  it('goes ahead without asking when there is no error (warnings do not stop an export)', async () => {
    const asked: (GateQuestion | null)[] = [];
    const off = onGateQuestion((q) => asked.push(q));
    expect(await confirmPublishWithErrors('导出 Excel', [finding('warning', 'R-ZERO')])).toBe(true);
    off();
    expect(asked.filter(Boolean)).toEqual([]);
  });

  it('asks, listing only the errors, and resolves with the answer', async () => {
    let question: GateQuestion | null = null;
    const off = onGateQuestion((q) => {
      question = q;
    });
    const pending = confirmPublishWithErrors('导出 PDF', [
      finding('error', 'R-BAL-TOTAL'),
      finding('warning', 'R-ZERO'),
      finding('error', 'R-CODE'),
    ]);
    expect(question).not.toBeNull();
    const q = question as unknown as GateQuestion;
    expect(q.what).toBe('导出 PDF');
    expect(q.errors.map((f) => f.rule)).toEqual(['R-BAL-TOTAL', 'R-CODE']);
    q.answer(false);
    expect(await pending).toBe(false);
    expect(question).toBeNull();

    const again = confirmPublishWithErrors('打印', [finding('error', 'R-BAL-TOTAL')]);
    (question as unknown as GateQuestion).answer(true);
    expect(await again).toBe(true);
    off();
  });

  it('refuses when nothing can ask (no dialog mounted): errors are never published unconfirmed', async () => {
    expect(await confirmPublishWithErrors('导出 Excel', [finding('error', 'R-BAL-TOTAL')])).toBe(false);
  });

  it('a second request while one is open answers the first with no', async () => {
    let question: GateQuestion | null = null;
    const off = onGateQuestion((q) => {
      question = q;
    });
    const first = confirmPublishWithErrors('导出 Excel', [finding('error', 'R-BAL-TOTAL')]);
    const second = confirmPublishWithErrors('打印', [finding('error', 'R-BAL-TOTAL')]);
    expect(await first).toBe(false);
    expect((question as unknown as GateQuestion).what).toBe('打印');
    (question as unknown as GateQuestion).answer(true);
    expect(await second).toBe(true);
    off();
  });
});
