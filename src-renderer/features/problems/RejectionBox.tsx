import { formatProblems } from '../../domain/draft/problems';
import type { Rejection } from '../workspace/workspace-state';

interface Props {
  rejection: Rejection;
  keptFileName: string | null;
  onDismiss(): void;
}

/** Why a file was refused: every problem by JSON path, and what happened to the open draft. */
export function RejectionBox({ rejection, keptFileName, onDismiss }: Props) {
  const lines = formatProblems(rejection.problems).split('\n');
  return (
    <section className="rejection" role="alert" data-testid="rejection">
      <header>
        <h2>无法打开“{rejection.fileName}”：发现 {rejection.problems.length} 处问题</h2>
        <button type="button" onClick={onDismiss} aria-label="关闭提示">关闭</button>
      </header>
      <p>
        {keptFileName ? `文件未被打开，当前草稿“${keptFileName}”保持不变。` : '文件未被打开。'}
        请按下列问题修改文件后重新打开：
      </p>
      <ol>
        {lines.map((line, i) => <li key={i}>{line}</li>)}
      </ol>
    </section>
  );
}
