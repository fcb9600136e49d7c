/** A reason a draft file is rejected: where (JSON path such as `expenses[12].economic`) and why. */
export interface FileProblem {
  path: string;
  message: string;
}

export function formatProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => `${p.path || '（文件）'}：${p.message}`).join('\n');
}
