import { problemLines, warningLines } from '../../../src-core/import/messages';
import type { RowProblem } from '../../../src-core/import/rows';

/** The refused rows of an import preview, as an alert with the lines the CLI prints (messages.ts). */
export function RowProblems({ problems, count }: { problems: readonly RowProblem[]; count: number }) {
  if (count === 0) return null;
  return (
    <div className="import-problems" role="alert">
      <h4>
        {count} 处问题{count > problems.length ? `（显示前 ${problems.length} 处）` : ''}
      </h4>
      <ol data-testid="import-problems">
        {problemLines(problems, count).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

/** The warnings of an import preview, folded. Shared by the 预算 and 决算 import dialogs. */
export function RowWarnings({ warnings, count }: { warnings: readonly RowProblem[]; count: number }) {
  if (count === 0) return null;
  return (
    <details className="import-warnings">
      <summary>{count} 条提示</summary>
      <ol data-testid="import-warnings">
        {warningLines(warnings, count).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </details>
  );
}
