import { createPortal } from 'react-dom';
import { useRef, useState } from 'react';
import { useModalFocus } from '../dialog/use-modal-focus';
import type { DraftRepository } from '../../data/draft-repository';
import type { Scheme } from '../../../src-core/domain/catalog/catalog';
import type { Resources } from '../../../src-core/domain/resources';
import { prepareCatalogImport, type CatalogFileImport } from '../../../src-core/import/catalog-import';
import type { ImportTarget } from './ImportDialog';
import { saveLocalCatalog } from './local-catalogs';
import { LocalCatalogList } from './LocalCatalogList';
import { openDataFile } from '../../platform';
import './import.css';

const SCHEME_NAMES: Record<Scheme, string> = { function: '支出功能分类科目', economic: '部门预算支出经济分类科目' };
const SHOWN = 300;

interface Props {
  target: Extract<ImportTarget, { kind: 'draft' }>;
  repo: DraftRepository;
  resources: Resources;
  onClose(): void;
}

/**
 * 导入本年度科目表: the finance bureau's list (Excel/CSV: 科目编码, 科目名称, 说明) shown as a diff
 * against the list in use before it is applied. Codes the draft uses that the new list drops stay
 * in the draft (the rules flag them). Kept on this computer for the draft's year.
 */
export function CatalogDialog({ target, repo, resources, onClose }: Props) {
  const [scheme, setScheme] = useState<Scheme>('function');
  const [result, setResult] = useState<{ fileName: string; year: number; imported: CatalogFileImport } | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, busy ? undefined : onClose);

  const choose = async () => {
    setProblems(null);
    const file = await openDataFile().catch((e: unknown) => {
      setProblems([`无法读取所选文件（${e instanceof Error ? e.message : String(e)}）`]);
      return null;
    });
    if (!file) return;
    setBusy(true);
    await target.flush();
    const loaded = await repo.loadDraft(target.draftId);
    if (!loaded.ok) {
      setBusy(false);
      return setProblems([loaded.error.message]);
    }
    const draft = loaded.value.draft;
    const r = await prepareCatalogImport(file.bytes, file.name, scheme, resources.catalogs.forYear(draft.year), draft);
    setBusy(false);
    if (!r.ok) {
      setResult(null);
      return setProblems(r.error);
    }
    setResult({ fileName: file.name, year: draft.year, imported: r.value });
  };

  const apply = async () => {
    if (!result) return;
    const pair = resources.catalogs.forYear(result.year);
    if (!saveLocalCatalog(result.year, result.imported.catalog, pair, result.fileName)) {
      setProblems(['无法在本机保存科目表（存储空间不可用或已满），未作改动。']);
      return;
    }
    await target.flush();
    // The catalogs are read when the app starts: reload the window to use the new list.
    window.location.reload();
  };

  const d = result?.imported.diff;
  const unknown = result?.imported.unknownInDraft ?? [];
  const none = d && d.added.length + d.removed.length + d.renamed.length + d.descriptionChanged.length === 0;
  return createPortal(
    <div className="import-overlay" ref={box} role="dialog" aria-modal="true" aria-label="导入本年度科目表">
      <div className="import-dialog">
        <header className="import-dialog-head">
          <h2>导入本年度科目表</h2>
          <button type="button" onClick={onClose} aria-label="关闭">
            ×
          </button>
        </header>
        <div className="import-dialog-body catalog-diff">
          <p className="muted">
            读取财政部门下发的科目表（Excel 或
            CSV，含“科目编码”“科目名称”，可含“说明”列），先列出与当前科目表的差异，确认后在本机用于此年度。
          </p>
          <div className="import-actions">
            <label>
              科目类别：
              <select
                value={scheme}
                disabled={busy}
                onChange={(e) => {
                  setScheme(e.target.value as Scheme);
                  setResult(null);
                }}
              >
                <option value="function">{SCHEME_NAMES.function}</option>
                <option value="economic">{SCHEME_NAMES.economic}</option>
              </select>
            </label>
            <button type="button" className="primary" disabled={busy} onClick={() => void choose()}>
              选择科目表文件…
            </button>
          </div>
          {problems && (
            <div className="import-errors" role="alert">
              {problems.slice(0, 50).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
              {problems.length > 50 && <p>……共 {problems.length} 处问题</p>}
              <p className="muted">科目表未导入，没有任何改动。</p>
            </div>
          )}
          {result && d && (
            <section aria-label="科目表差异">
              <p>
                “{result.fileName}”共 {result.imported.catalog.all().length} 个{SCHEME_NAMES[scheme]}（用于{' '}
                {result.year} 年度）。{none && '与当前科目表相同。'}
              </p>
              <DiffList title="新增" items={d.added.map((e) => `${e.code} ${e.name}`)} />
              <DiffList title="删除" items={d.removed.map((e) => `${e.code} ${e.name}`)} />
              <DiffList title="更名" items={d.renamed.map((r) => `${r.code}：${r.from} → ${r.to}`)} />
              <DiffList title="说明有变化" items={d.descriptionChanged.map((r) => `${r.code} ${r.name}`)} />
              {unknown.length > 0 && (
                <p className="import-warn">
                  本草稿有 {unknown.reduce((n, u) => n + u.lines.length, 0)} 行使用了新科目表中没有的编码（
                  {unknown
                    .slice(0, 10)
                    .map((u) => u.code)
                    .join('、')}
                  {unknown.length > 10 ? '……' : ''}）：这些行保留不删除，审核中会标出，请逐一改正。
                </p>
              )}
            </section>
          )}
          <LocalCatalogList target={target} repo={repo} resources={resources} disabled={busy} />
        </div>
        <footer className="import-dialog-foot">
          <button type="button" className="primary" disabled={!result || busy} onClick={() => void apply()}>
            应用新科目表（将重新载入窗口）
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details open={items.length <= 20}>
      <summary>
        {title} {items.length} 个
      </summary>
      <ul>
        {items.slice(0, SHOWN).map((x) => (
          <li key={x}>{x}</li>
        ))}
        {items.length > SHOWN && <li>……</li>}
      </ul>
    </details>
  );
}
