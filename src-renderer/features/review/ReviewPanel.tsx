import type { Finding } from '../../domain/rules/types';

interface Props { findings: readonly Finding[] }

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '提示' };

/** How many findings are drawn at once; the rest are counted (a draft can have thousands). */
const SHOWN = 200;

/** 审核: every finding of the rules, errors first (the engine's order). */
export function ReviewPanel({ findings }: Props) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const shown = findings.slice(0, SHOWN);
  return (
    <aside className="review-panel" aria-label="审核" data-testid="review-panel">
      <h2 className="pane-title">审核 <small>错误 {errors} · 提示 {findings.length - errors}</small></h2>
      {findings.length === 0 ? (
        <p className="review-empty">未发现问题。</p>
      ) : (
        <ul>
          {shown.map((f, i) => (
            <li key={i} className={`finding ${f.severity}`}>
              <div className="finding-head">
                <span className="severity">{SEVERITY_LABEL[f.severity]}</span>
                <code className="rule-id">{f.rule}</code>
                {f.explained && <span className="explained">已说明</span>}
              </div>
              <p className="finding-message">{f.message}</p>
              {f.explained && <p className="finding-note">说明：{f.explained}</p>}
            </li>
          ))}
        </ul>
      )}
      {findings.length > SHOWN && <p className="review-more">另有 {findings.length - SHOWN} 条未列出。</p>}
    </aside>
  );
}
