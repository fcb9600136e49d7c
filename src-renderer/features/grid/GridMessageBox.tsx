import type { GridMessage } from './use-grid-controller';

interface Props {
  message: GridMessage;
  onDismiss(): void;
}

/** How many refused cells are listed; the rest are counted. */
const SHOWN = 50;

/** 提示框 over the grid: each refused (or doubtful) cell named as displayed, and what to do. */
export function GridMessageBox({ message, onDismiss }: Props) {
  const shown = message.issues.slice(0, SHOWN);
  return (
    <div
      className={`grid-message ${message.kind}`}
      role="alertdialog"
      aria-label={message.title}
      data-testid="grid-message"
    >
      <header>
        <h3>{message.title}</h3>
        <button type="button" onClick={onDismiss}>
          知道了
        </button>
      </header>
      <ol>
        {shown.map((issue, i) => (
          <li key={i}>{issue.message}</li>
        ))}
      </ol>
      {message.issues.length > SHOWN && <p>另有 {message.issues.length - SHOWN} 个单元格未列出。</p>}
      {message.kind === 'error' && (
        <p className="hint">请在原表格中改正后重新复制粘贴，或直接在单元格中修改。按 Esc 关闭本提示。</p>
      )}
    </div>
  );
}
