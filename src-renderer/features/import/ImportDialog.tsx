import { createPortal } from 'react-dom';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import type { Draft } from '../../../src-core/domain/draft/types';
import type { Resources } from '../../../src-core/domain/resources';
import type { PreviewSummary } from '../../../src-core/import/import-job';
import type { SheetChoice } from '../../../src-core/import/import-workbook';
import { ambiguousSheetsMessage } from '../../../src-core/import/messages';
import { emptyDraft, type ImportMode } from '../../../src-core/import/plan-import';
import { requestReload } from '../session/reload-requests';
import { CANCELLED, createImportClient, type ImportClient } from './import-client';
import { MappingPanel } from './MappingPanel';
import { rememberMapping, savedMapping, worthRemembering, type SavedMapping } from './mapping-memory';
import { defaultHead, headProblem, NewDraftFields, type NewDraftHead } from './NewDraftFields';
import { openDataFile } from '../../platform';
import { useModalFocus } from '../dialog/use-modal-focus';
import { PreviewPanel } from './PreviewPanel';
import { ProgressBar } from './ProgressBar';
import { downloadTemplate } from './template-download';
import { deriveIncomeWhenOpened } from './derive-income';
import './import.css';

/** Where the file goes: a new draft (首页), or the open draft (its lines replaced or appended to). */
export type ImportTarget = { kind: 'new' } | { kind: 'draft'; draftId: string; name: string; flush(): Promise<void> };

interface Props {
  target: ImportTarget;
  repo: DraftRepository;
  resources: Resources;
  onClose(): void;
  /** A new draft was created from the file. */
  onCreated?(draftId: string): void;
}

type Step =
  | { step: 'choose' }
  /** `storing`: the one write to the database, which 取消 does not interrupt (it is short and all-or-nothing). */
  | { step: 'working'; label: string; fraction: number | null; storing?: boolean }
  | { step: 'preview' };

/**
 * 导入 Excel: choose a file → 列对应 → 预览 (every refused row with its reason) → 替换/追加 →
 * one write. Nothing is stored before the officer confirms, and a refused file changes nothing.
 */
export function ImportDialog({ target, repo, resources, onClose, onCreated }: Props) {
  const client = useRef<ImportClient | null>(null);
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [errors, setErrors] = useState<string[] | null>(null);
  const [preview, setPreview] = useState<PreviewSummary | null>(null);
  const [choices, setChoices] = useState<Record<string, SheetChoice>>({});
  const [mode, setMode] = useState<ImportMode>('replace');
  const [skipBad, setSkipBad] = useState(false);
  const [incomeFromExpenses, setIncomeFromExpenses] = useState(false);
  const [head, setHead] = useState<NewDraftHead>(defaultHead);
  const [base, setBase] = useState<Draft | null>(null);
  const busy = state.step === 'working';
  const storing = state.step === 'working' && !!state.storing;
  const box = useRef<HTMLDivElement>(null);
  /** Set by 取消/×: answers still arriving from the worker are dropped and nothing is stored. */
  const closed = useRef(false);
  const close = () => {
    closed.current = true;
    client.current?.cancel();
    onClose();
  };
  /** A request's answer after 取消 (or a request that 取消 stopped): nothing more is done. */
  const stopped = (r: { ok: boolean; error?: string[] }) => closed.current || (!r.ok && r.error?.[0] === CANCELLED);
  // Esc closes only before a file is read: a preview with its column choices is not thrown away by a key (取消 does that).
  useModalFocus(box, state.step === 'choose' ? close : undefined);

  useEffect(() => {
    const c = createImportClient((year) => resources.catalogs.forYear(year));
    client.current = c;
    return () => c.dispose();
  }, [resources]);

  const fail = (e: string[]) => {
    setErrors(e);
    setState(preview ? { step: 'preview' } : { step: 'choose' });
  };

  /** The draft the file is checked against: the open draft as stored, or a new empty one. */
  const loadBase = async (): Promise<Draft | string> => {
    if (target.kind === 'new') {
      const problem = headProblem(head);
      if (problem) return problem;
      return emptyDraft({
        year: Number(head.year.trim()),
        department: { code: head.deptCode.trim(), name: head.deptName.trim() },
        amountUnit: head.unit,
        publishUnit: 'wanyuan',
      });
    }
    await target.flush();
    const loaded = await repo.loadDraftAsFile(target.draftId);
    return loaded.ok ? loaded.value : loaded.error.message;
  };

  const choose = async () => {
    setErrors(null);
    const b = await loadBase();
    if (typeof b === 'string') {
      setErrors([b]);
      return;
    }
    let file;
    try {
      file = await openDataFile();
    } catch (e) {
      setErrors([`无法读取所选文件（${e instanceof Error ? e.message : String(e)}）。`]);
      return;
    }
    if (!file) return;
    setBase(b);
    setPreview(null);
    setChoices({});
    setState({ step: 'working', label: `正在读取“${file.name}”`, fraction: 0 });
    const r = await client.current!.open(file.bytes, file.name, b, (fraction) => {
      if (!closed.current) setState({ step: 'working', label: `正在读取“${file.name}”`, fraction });
    });
    if (stopped(r)) return;
    if (!r.ok) {
      setPreview(null);
      setErrors([...r.error]);
      setState({ step: 'choose' });
      return;
    }
    setPreview(r.value);
    setState({ step: 'preview' });
  };

  const changeChoice = async (sheet: string, choice: SheetChoice) => {
    const next = { ...choices, [sheet]: choice };
    setChoices(next);
    setState({ step: 'working', label: '正在按新的列对应重新检查', fraction: null });
    const r = await client.current!.analyze(next);
    if (stopped(r)) return;
    if (!r.ok) return fail(r.error);
    setPreview(r.value);
    setState({ step: 'preview' });
  };

  const apply = async () => {
    if (!preview) return;
    setErrors(null);
    const importMode = target.kind === 'new' ? 'replace' : mode;
    setState({ step: 'working', label: '正在生成导入后的草稿', fraction: null });
    // 由支出生成收入 is not part of the stored import: the opened draft makes it as an undo step of
    // its own (derive-income.ts), so Ctrl+Z takes the income away and keeps the imported lines.
    const deriveIncome = incomeFromExpenses && preview.incomeLines === null;
    const built = await client.current!.apply(importMode, skipBad);
    if (stopped(built)) return;
    if (!built.ok) return fail(built.error);
    // The 列对应 the officer chose, for the next file with the same headers.
    for (const sheet of preview.sheets)
      if (worthRemembering(choices[sheet.name]))
        rememberMapping(sheet.signature, choices[sheet.name], preview.fileName);
    setState({ step: 'working', label: '正在写入草稿（一次完成，失败则不作任何改动）', fraction: null, storing: true });
    if (closed.current) return;
    if (target.kind === 'new') {
      const created = await repo.importDraftFile(built.value);
      if (!created.ok) return fail(created.error.map((p) => (p.path ? `${p.path}：${p.message}` : p.message)));
      if (deriveIncome) deriveIncomeWhenOpened(created.value.id);
      onCreated?.(created.value.id);
      onClose();
      return;
    }
    const replaced = await repo.replaceFromFile(target.draftId, built.value);
    if (!replaced.ok) return fail([replaced.error.message]);
    const what = importMode === 'append' ? '追加' : '替换为';
    if (deriveIncome) deriveIncomeWhenOpened(target.draftId);
    requestReload(
      target.draftId,
      `已从“${preview.fileName}”${what} ${preview.counts.accepted} 行数据${deriveIncome ? '，并按单位×资金来源由支出生成了收入（单独一步，按 Ctrl+Z 可只撤销生成的收入）' : ''}。导入前的草稿已保存为历史版本（导入前），可从“历史”恢复。`,
    );
    onClose();
  };

  const canApply =
    !!preview && !busy && !preview.blocking && preview.counts.accepted > 0 && (preview.problemCount === 0 || skipBad);
  const title = target.kind === 'new' ? '从 Excel 新建草稿' : `导入 Excel 到“${target.name}”`;
  const templateUnit = target.kind === 'new' ? head.unit : (base?.amountUnit ?? 'yuan');
  const saveTemplate = async () => {
    const department = target.kind === 'new' ? head.deptName.trim() : (base?.department.name ?? '');
    const year =
      target.kind === 'new'
        ? Number(head.year.trim()) || new Date().getFullYear()
        : (base?.year ?? new Date().getFullYear());
    const saved = await downloadTemplate({ unit: templateUnit, units: base?.units, department, year });
    if (!saved.ok) fail([saved.message]);
  };
  const draftLines = useMemo(() => base?.expenses.length ?? 0, [base]);
  /** Saved 列对应 for sheets with the same headers as an earlier file, where the officer has not chosen yet. */
  const saved = useMemo(() => {
    const out: Record<string, SavedMapping> = {};
    for (const sheet of preview?.sheets ?? []) {
      if (choices[sheet.name]) continue;
      const m = savedMapping(sheet.signature);
      if (m) out[sheet.name] = m;
    }
    return out;
  }, [preview, choices]);

  return createPortal(
    <div className="import-overlay" ref={box} role="dialog" aria-modal="true" aria-label={title}>
      <div className="import-dialog">
        <header className="import-dialog-head">
          <h2>{title}</h2>
          <button type="button" onClick={close} disabled={storing} aria-label="关闭导入">
            ×
          </button>
        </header>
        <div className="import-dialog-body">
          <p className="muted">
            支持 .xlsx（Excel/WPS）、.xls（Excel 97-2003）、.csv 与制表符分隔的文本文件（.txt，含“Unicode
            文本”）。导入模板和预算管理一体化系统导出的支出预算各列自动对应；其他格式的表格可在下一步指定各列。导入前会列出每一行的问题，确认后一次写入。
          </p>
          {target.kind === 'new' && <NewDraftFields head={head} onChange={setHead} disabled={busy} />}
          <div className="import-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void choose()}>
              {preview ? '重新选择文件…' : '选择 Excel/CSV 文件…'}
            </button>
            <button type="button" disabled={busy} onClick={() => void saveTemplate()}>
              下载导入模板
            </button>
            {preview && <span className="import-file">文件：{preview.fileName}</span>}
          </div>
          {state.step === 'working' && <ProgressBar label={state.label} fraction={state.fraction} />}
          {errors && (
            <div className="import-errors" role="alert" data-testid="import-errors">
              {errors.map((e, i) => (
                <p key={i}>{e}</p>
              ))}
              <p className="muted">草稿没有任何改动。</p>
            </div>
          )}
          {preview?.ambiguousSheets && (
            <fieldset className="import-sheet-choice" data-testid="import-sheet-choice">
              <legend>{ambiguousSheetsMessage(preview.ambiguousSheets)}</legend>
              {preview.ambiguousSheets.map((name) => (
                <label key={name}>
                  <input
                    type="radio"
                    name="import-expense-sheet"
                    disabled={busy}
                    onChange={() => void changeChoice(name, { kind: 'expenses' })}
                  />{' '}
                  导入工作表“{name}”（{preview.sheets.find((s) => s.name === name)?.rowCount ?? 0} 行）
                </label>
              ))}
            </fieldset>
          )}
          {preview && (
            <>
              <MappingPanel
                sheets={preview.sheets}
                choices={choices}
                busy={busy}
                onChange={(s, c) => void changeChoice(s, c)}
                saved={saved}
              />
              <PreviewPanel
                preview={preview}
                mode={target.kind === 'new' ? null : mode}
                draftLines={draftLines}
                onMode={setMode}
                skipBad={skipBad}
                onSkipBad={setSkipBad}
                incomeFromExpenses={incomeFromExpenses}
                onIncomeFromExpenses={setIncomeFromExpenses}
              />
            </>
          )}
        </div>
        <footer className="import-dialog-foot">
          <button type="button" className="primary" disabled={!canApply} onClick={() => void apply()}>
            {preview ? `导入 ${preview.counts.accepted} 行` : '导入'}
          </button>
          <button type="button" disabled={storing} onClick={close}>
            取消
          </button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}
