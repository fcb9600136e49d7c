import { formatProblems } from '../../../src-core/domain/draft/problems';
import type { FileProblem } from '../../../src-core/domain/draft/problems';

/** A file that was refused, with every reason. */
export interface Rejection {
  fileName: string;
  problems: FileProblem[];
}

interface Props {
  rejection: Rejection;
  /** What happened instead (e.g. 文件未被导入，草稿库没有任何改动。). */
  consequence: string;
  onDismiss(): void;
}

/** Why a file was refused: every problem by JSON path, and that nothing was stored. */
export function RejectionBox({ rejection, consequence, onDismiss }: Props) {
  const lines = formatProblems(rejection.problems).split('\n');
  return (
    <section className="rejection" role="alert" data-testid="rejection">
      <header>
        <h2>
          无法导入“{rejection.fileName}”：发现 {rejection.problems.length} 处问题
        </h2>
        <button type="button" onClick={onDismiss} aria-label="关闭提示">
          关闭
        </button>
      </header>
      <p>{consequence}请按下列问题修改文件后重新导入：</p>
      <ol>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
