import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import { previewFinalImportFile } from '../../../src-core/import/final-import-file';
import type { FinalImportPreview, FinalSheetChoice } from '../../../src-core/import/final-import-workbook';
import { FINAL_KIND_NAMES, type FinalSheetKind } from '../../../src-core/import/final-fields';
import { applyFinalImport } from '../../../src-core/import/final-plan-import';
import { ambiguousSheetsMessage } from '../../../src-core/import/messages';
import type { ImportMode } from '../../../src-core/import/plan-import';
import { readWorkbook, type WorkbookData } from '../../../src-core/import/read-workbook';
import { openDataFile } from '../../platform';
import { useModalFocus } from '../dialog/use-modal-focus';
import type { FinalSession } from '../final/final-session';
import { keepVersionBefore } from '../history/before-replace';
import '../import/import.css';
import { MappingPanel } from '../import/MappingPanel';
import { RowProblems, RowWarnings } from '../import/RowProblemLists';
import { finalImportEdits } from './final-import-edits';
import { finalSheetViews } from './final-sheet-views';
import { downloadFinalTemplate } from './final-template-download';

/** The file read: its bytes (the preview re-reads them with the officer's 列对应) and its sheets. */
interface Picked {
  name: string;
  bytes: Uint8Array;
  workbook: WorkbookData;
  preview: FinalImportPreview;
}

interface Props {
  session: FinalSession;
  onClose(): void;
  /** The import was applied (one undo step): what to tell the officer. */
  onDone(message: string): void;
}

/** The undo label of an import. */
export const IMPORT_LABEL = '导入 Excel';

/**
 * 导入 Excel of a 决算 draft: choose a file (the 决算 template, or a workbook whose headers say the
 * same) → 列对应 when a sheet's required columns are not found (the 预算 import's MappingPanel, with
 * the 决算's sheets and fields) → 预览 (every refused row with its reason, in the CLI's words) →
 * 替换/追加 → one undo step.
 * A file that cannot be read, or has one refused row, changes nothing.
 */
export function FinalImportDialog({ session, onClose, onDone }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);
  const [file, setFile] = useState<Picked | null>(null);
  const [choices, setChoices] = useState<Record<string, FinalSheetChoice>>({});
  const [mode, setMode] = useState<ImportMode>('replace');
  const [templateMessage, setTemplateMessage] = useState<string | null>(null);
  useModalFocus(box, busy ? undefined : onClose);
  const engine = session.engine;

  const choose = async () => {
    setErrors(null);
    let picked;
    try {
      picked = await openDataFile();
    } catch (e) {
      setErrors([e instanceof Error ? e.message : String(e)]);
      return;
    }
    if (!picked) return;
    setBusy(true);
    setChoices({});
    const workbook = await readWorkbook(picked.bytes, picked.name);
    const preview = workbook.ok
      ? await previewFinalImportFile(picked.bytes, picked.name, { base: engine.draft, catalogs: engine.catalogs })
      : workbook;
    setBusy(false);
    if (!preview.ok || !workbook.ok) {
      setFile(null);
      setErrors([preview.ok ? '' : preview.error]);
      return;
    }
    setFile({ name: picked.name, bytes: picked.bytes, workbook: workbook.value, preview: preview.value });
  };

  /** The officer changed a sheet's kind or a column: the preview is checked again with every choice. */
  const changeChoice = async (sheet: string, choice: FinalSheetChoice) => {
    if (!file) return;
    const next = { ...choices, [sheet]: choice };
    setChoices(next);
    setErrors(null);
    setBusy(true);
    const preview = await previewFinalImportFile(file.bytes, file.name, {
      base: engine.draft,
      catalogs: engine.catalogs,
      choices: next,
    });
    setBusy(false);
    if (!preview.ok) {
      setErrors([preview.error]);
      return;
    }
    setFile({ ...file, preview: preview.value });
  };

  const apply = async () => {
    if (!file) return;
    // What the draft holds now is kept first as a 导入前 history version (features/history).
    setBusy(true);
    await keepVersionBefore(session.draftId, 'import');
    setBusy(false);
    const applied = applyFinalImport(engine.draft, file.preview, mode);
    if (!applied.ok) {
      setErrors(applied.error);
      return;
    }
    const edits = finalImportEdits(engine, applied.value);
    if (edits.length === 0) {
      setErrors(['文件中的数据与草稿现有的完全相同，草稿未作改动。']);
      return;
    }
    session.perform(IMPORT_LABEL, edits);
    const p = file.preview;
    onDone(
      `已从“${file.name}”${mode === 'replace' ? '导入' : '追加'} ${p.expenses.length} 行支出决算` +
        `${p.income ? `、${p.income.length} 行收入` : ''}${p.balances ? `、${p.balances.length} 行结转结余` : ''}。按 Ctrl+Z 可撤销。`,
    );
  };

  const saveTemplate = async () => {
    const saved = await downloadFinalTemplate(engine.draft);
    setTemplateMessage(saved.message);
  };

  const p = file?.preview;
  const views = useMemo(() => (file ? finalSheetViews(file.workbook, choices) : []), [file, choices]);
  // 列对应 is shown when a column or the 支出决算明细 sheet was not found, and stays once the officer chose.
  const showMapping =
    !!p &&
    (Object.keys(choices).length > 0 ||
      views.some((v) => v.kind && v.missing.length > 0) ||
      !p.sheets.some((s) => s.kind === 'finalExpenses'));
  const unit = UNIT_LABEL[engine.head.amountUnit];
  const canApply = !busy && !!p && p.problemCount === 0 && !p.ambiguousSheets;
  return createPortal(
    <div className="import-overlay" ref={box} role="dialog" aria-modal="true" aria-label="导入决算数据">
      <div className="import-dialog">
        <header className="import-dialog-head">
          <h2>导入决算数据</h2>
          <button type="button" onClick={onClose} disabled={busy} aria-label="关闭导入">
            ×
          </button>
        </header>
        <div className="import-dialog-body">
          <p className="muted">
            支持 .xlsx（Excel/WPS）、.xls 与
            .csv。用“下载导入模板”得到的工作簿填写：支出决算明细（决算数，不分是否上年结转）、收入决算、结转结余，以及单位和项目。导入前列出每一行的问题；有问题的文件不会导入任何内容。
          </p>
          <div className="import-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void choose()}>
              {file ? '重新选择文件…' : '选择 Excel/CSV 文件…'}
            </button>
            <button type="button" disabled={busy} onClick={() => void saveTemplate()}>
              下载导入模板
            </button>
            {file && <span className="import-file">文件：{file.name}</span>}
          </div>
          {busy && <p className="muted">正在读取文件…</p>}
          {templateMessage && (
            <p className="muted" role="status">
              {templateMessage}
            </p>
          )}
          {errors && (
            <div className="import-errors" role="alert" data-testid="import-errors">
              {errors.map((e, i) => (
                <p key={i}>{e}</p>
              ))}
              <p className="muted">草稿没有任何改动。</p>
            </div>
          )}
          {showMapping && (
            <MappingPanel<FinalSheetKind>
              sheets={views}
              choices={choices}
              busy={busy}
              onChange={(sheet, c) => void changeChoice(sheet, c)}
              kindNames={FINAL_KIND_NAMES}
            />
          )}
          {p && (
            <section className="import-preview" aria-label="导入预览">
              <h3>预览</h3>
              <p className="import-counts" data-testid="import-counts">
                共 {p.counts.rows} 行数据：<strong className="import-good">可导入 {p.counts.accepted} 行</strong>
                {p.counts.rejected > 0 && (
                  <>
                    ，<strong className="import-bad">有问题 {p.counts.rejected} 行</strong>
                  </>
                )}
                。支出决算 {p.expenses.length} 行，合计 {p.expenseTotal} {unit}
                {p.income !== null && `；收入 ${p.income.length} 行，合计 ${p.incomeTotal} ${unit}`}
                {p.balances !== null && `；结转结余 ${p.balances.length} 行`}
                {p.units.length > 0 && `；单位 ${p.units.length} 个`}
                {p.projects.length > 0 && `；项目 ${p.projects.length} 个`}。
              </p>
              {p.sheets.length > 0 && (
                <ul className="import-sheets">
                  {p.sheets.map((s) => (
                    <li key={s.name}>
                      “{s.name}”作为{FINAL_KIND_NAMES[s.kind]}：{s.rows} 行
                      {s.rejected > 0 ? `，其中 ${s.rejected} 行有问题` : ''}
                    </li>
                  ))}
                </ul>
              )}
              {p.ambiguousSheets && (
                <p className="import-warn" role="alert">
                  {ambiguousSheetsMessage(p.ambiguousSheets, '支出决算明细')}
                </p>
              )}
              {p.ignoredSheets.length > 0 && <p className="muted">未导入的工作表：{p.ignoredSheets.join('、')}</p>}
              {p.hiddenSheets.length > 0 && (
                <p className="import-warn">隐藏的工作表（未导入）：{p.hiddenSheets.join('、')}</p>
              )}
              <RowProblems problems={p.problems} count={p.problemCount} />
              <RowWarnings warnings={p.warnings} count={p.warningCount} />
              <fieldset className="import-mode">
                <legend>导入方式（草稿现有 {engine.lineIds('expense').length} 行支出决算）</legend>
                <label>
                  <input
                    type="radio"
                    name="final-import-mode"
                    checked={mode === 'replace'}
                    onChange={() => setMode('replace')}
                  />{' '}
                  替换：用文件中的支出决算（及文件中有的收入、结转结余）替换草稿中的
                </label>
                <label>
                  <input
                    type="radio"
                    name="final-import-mode"
                    checked={mode === 'append'}
                    onChange={() => setMode('append')}
                  />{' '}
                  追加：加在草稿已有的行之后
                </label>
              </fieldset>
            </section>
          )}
        </div>
        <footer className="import-dialog-foot">
          <button type="button" className="primary" disabled={!canApply} onClick={() => void apply()}>
            {p ? `导入 ${p.counts.accepted} 行` : '导入'}
          </button>
          <button type="button" disabled={busy} onClick={onClose}>
            取消
          </button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}
