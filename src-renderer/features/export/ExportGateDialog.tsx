import { useEffect, useRef, useState } from 'react';
import { useModalFocus } from '../dialog/use-modal-focus';
import { onGateQuestion, type GateQuestion } from './export-gate';
import '../commands/dialogs.css';
import './export-gate.css';

/** How many errors the question lists by name; the rest are counted. */
const LISTED = 8;

/** “草稿仍有 n 条错误”: the confirmation docs/rules.md asks for before a publishable output. */
export function ExportGateDialog() {
  const [question, setQuestion] = useState<GateQuestion | null>(null);
  useEffect(() => onGateQuestion(setQuestion), []);
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, () => question?.answer(false), !!question);
  if (!question) return null;
  const { what, errors, answer } = question;
  return (
    <div className="app-dialog-backdrop">
      <div
        className="app-dialog export-gate"
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-label={`${what}：草稿仍有错误`}
      >
        <h2>草稿仍有 {errors.length} 条错误</h2>
        <ul className="export-gate-list">
          {errors.slice(0, LISTED).map((f, i) => (
            <li key={i}>
              <code>{f.rule}</code> {f.message}
            </li>
          ))}
        </ul>
        {errors.length > LISTED && <p className="muted">另有 {errors.length - LISTED} 条，见“审核”。</p>}
        <p>建议先在“审核”中逐条修改。仍要{what}吗？打印和 PDF 的情况说明将带有“草稿（未通过审核）”标记。</p>
        <div className="app-dialog-actions export-gate-actions">
          <button type="button" className="secondary" onClick={() => answer(true)}>
            仍然{what}
          </button>
          <button type="button" className="primary" onClick={() => answer(false)} autoFocus>
            返回修改
          </button>
        </div>
      </div>
    </div>
  );
}
