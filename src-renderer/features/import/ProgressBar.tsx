interface Props {
  label: string;
  /** 0–1, or null when the length of the step is not known. */
  fraction: number | null;
}

/** What the import is doing now, and how far it is. */
export function ProgressBar({ label, fraction }: Props) {
  const percent = fraction === null ? null : Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <span>
        {label}
        {percent !== null ? ` ${percent}%` : '…'}
      </span>
      <div className="import-progress-track">
        <div
          className={percent === null ? 'import-progress-bar indeterminate' : 'import-progress-bar'}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
