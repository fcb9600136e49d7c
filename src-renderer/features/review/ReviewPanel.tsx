import type { Finding } from '../../domain/rules/types';

interface Props {
  findings: readonly Finding[];
  /** A finding about one line was clicked: show it in 支出明细. */
  onShowLine(lineId: string, field: string | null): void;
  /** Whether a line id belongs to the grid (expense lines). */
  isGridLine(lineId: string): boolean;
  /** Other targets (a unit, a project, an income line …): where a button leads, or null. */
  locate?(finding: Finding): { label: string; go(): void } | null;
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '提示' };

/** How many findings are drawn at once; the rest are counted (a draft can have thousands). */
const SHOWN = 200;

/** 审核: every finding of the rules, errors first (the engine's order); line findings lead to the line. */
export function ReviewPanel({ findings, onShowLine, isGridLine, locate }: Props) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const shown = findings.slice(0, SHOWN);
  return (
    <section className="review-panel" aria-label="审核" data-testid="review-panel">
      <h2 className="pane-title">审核结果 <small>错误 {errors} 条 · 提示 {findings.length - errors} 条</small></h2>
      {findings.length === 0 ? (
        <p className="review-empty">未发现问题。</p>
      ) : (
        <ul>
          {shown.map((f, i) => {
            const line = 'line' in f.target && isGridLine(f.target.line) ? f.target : null;
            const other = line ? null : locate?.(f) ?? null;
            return (
              <li key={i} className={`finding ${f.severity}`} data-rule={f.rule}>
                <div className="finding-head">
                  <span className="severity">{SEVERITY_LABEL[f.severity]}</span>
                  <code className="rule-id">{f.rule}</code>
                  {f.explained && <span className="explained">已说明</span>}
                  {line && (
                    <button type="button" className="finding-goto" onClick={() => onShowLine(line.line, line.field ?? null)}>
                      定位到支出明细
                    </button>
                  )}
                  {other && <button type="button" className="finding-goto" onClick={other.go}>{other.label}</button>}
                </div>
                <p className="finding-message">{f.message}</p>
                {f.explained && <p className="finding-note">说明：{f.explained}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {findings.length > SHOWN && <p className="review-more">另有 {findings.length - SHOWN} 条未列出。</p>}
    </section>
  );
}
