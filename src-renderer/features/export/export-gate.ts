import type { Finding } from '../../../src-core/domain/rules/types';

/**
 * docs/rules.md: while errors remain, a publishable output (Excel, PDF, print) is still possible, but only
 * after an explicit confirmation that lists the errors. Whoever starts such an output awaits
 * {@link confirmPublishWithErrors}; the workspace shows the question (ExportGateDialog) and answers.
 */
export interface GateQuestion {
  /** What is about to be produced: 导出 Excel, 导出 PDF, 打印. */
  what: string;
  errors: readonly Finding[];
  answer(go: boolean): void;
}

type Listener = (question: GateQuestion | null) => void;

let current: GateQuestion | null = null;
const listeners = new Set<Listener>();

function show(question: GateQuestion | null): void {
  current = question;
  for (const l of listeners) l(question);
}

/** The dialog's subscription: called with each new question, and with null once it is answered. */
export function onGateQuestion(listener: Listener): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}

/**
 * Resolves true at once when there are no errors; otherwise asks (“仍然导出” / “返回修改”) and
 * resolves with the answer. With no dialog mounted to ask, the answer is no: nothing is published
 * with errors unconfirmed.
 */
export function confirmPublishWithErrors(what: string, findings: readonly Finding[]): Promise<boolean> {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return Promise.resolve(true);
  if (listeners.size === 0) return Promise.resolve(false);
  current?.answer(false);
  return new Promise((resolve) => {
    show({
      what,
      errors,
      answer: (go) => {
        show(null);
        resolve(go);
      },
    });
  });
}
