import { useMemo, useState } from 'react';
import { builtinResources } from '../../builtin/resources';
import type { DraftRepository } from '../../data/draft-repository';
import type { Scheme } from '../../../src-core/domain/catalog/catalog';
import type { Resources } from '../../../src-core/domain/resources';
import { codesBecomingUnknown } from '../../../src-core/import/catalog-import';
import { importedCatalogs, importTimeText, planRestore, shippedFor, type ImportedCatalog } from './catalog-restore';
import type { ImportTarget } from './ImportDialog';
import { applyRestorePlan, localCatalogRecords } from './local-catalogs';
import './local-catalogs.css';

const SCHEME_NAMES: Record<Scheme, string> = { function: '支出功能分类科目', economic: '部门预算支出经济分类科目' };

interface Props {
  target: Extract<ImportTarget, { kind: 'draft' }>;
  repo: DraftRepository;
  resources: Resources;
  disabled?: boolean;
}

interface Pending {
  entry: ImportedCatalog;
  builtinYear: number;
  builtinCodes: number;
  /** null when the open draft does not use this year's catalogs. */
  unknown: { code: string; lines: number[] }[] | null;
  draftYear: number;
}

/**
 * 本机导入的科目表: each catalog imported on this computer, with 恢复内置科目表 after a confirmation
 * that names the codes the open draft uses that the shipped list lacks (kept in the draft, flagged
 * by the rules). The catalogs are read when the app starts, so the window reloads after a restore.
 */
export function LocalCatalogList({ target, repo, resources, disabled }: Props) {
  const shipped = useMemo(() => builtinResources([]), []);
  const [records, setRecords] = useState(localCatalogRecords);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!shipped.ok) return null;
  const registry = shipped.value.catalogs;
  const entries = importedCatalogs(records, registry);

  const ask = async (entry: ImportedCatalog) => {
    setProblem(null);
    setBusy(true);
    await target.flush();
    const loaded = await repo.loadDraft(target.draftId);
    setBusy(false);
    if (!loaded.ok) return setProblem(loaded.error.message);
    const draft = loaded.value.draft;
    const builtin = shippedFor(registry, entry.scheme, entry.year);
    const usesThisYear = resources.catalogs.forYear(draft.year).year === entry.year;
    setPending({
      entry,
      builtinYear: builtin.year,
      builtinCodes: builtin.all().length,
      draftYear: draft.year,
      unknown: usesThisYear ? codesBecomingUnknown(draft, entry.scheme, builtin) : null,
    });
  };

  const restore = async () => {
    if (!pending) return;
    const current = localCatalogRecords();
    if (!applyRestorePlan(planRestore(current, pending.entry.scheme, pending.entry.year, registry))) {
      setRecords(current);
      setPending(null);
      return setProblem('无法修改本机保存的科目表（存储空间不可用），未作改动。');
    }
    setRecords(localCatalogRecords());
    await target.flush();
    // The catalogs are read when the app starts: reload the window to use the shipped list.
    window.location.reload();
  };

  return (
    <section className="catalog-local" aria-label="本机导入的科目表">
      <h3>本机导入的科目表</h3>
      {entries.length === 0 ? (
        <p className="muted">本机没有导入的科目表，正在使用内置科目表。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>年度</th>
              <th>科目类别</th>
              <th>编码数</th>
              <th>导入时间</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.scheme}-${e.year}`}>
                <td>{e.year}</td>
                <td>
                  {SCHEME_NAMES[e.scheme]}
                  {e.fileName && <span className="muted">（{e.fileName}）</span>}
                </td>
                <td>{e.codes}</td>
                <td>{importTimeText(e.importedAt)}</td>
                <td>
                  <button
                    type="button"
                    disabled={disabled || busy || pending !== null}
                    aria-label={`恢复内置科目表：${e.year} 年${SCHEME_NAMES[e.scheme]}`}
                    onClick={() => void ask(e)}
                  >
                    恢复内置科目表
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem && (
        <p className="import-bad" role="alert">
          {problem}
        </p>
      )}
      {pending && (
        <RestoreConfirm pending={pending} onConfirm={() => void restore()} onCancel={() => setPending(null)} />
      )}
    </section>
  );
}

function RestoreConfirm({ pending, onConfirm, onCancel }: { pending: Pending; onConfirm(): void; onCancel(): void }) {
  const { entry, unknown } = pending;
  const lines = unknown?.reduce((n, u) => n + u.lines.length, 0) ?? 0;
  return (
    <div className="catalog-restore-confirm" role="group" aria-label="确认恢复内置科目表">
      <p>
        将删除本机导入的 {entry.year} 年度{SCHEME_NAMES[entry.scheme]}（{entry.codes} 个编码）， 改用内置的{' '}
        {pending.builtinYear} 年科目表（{pending.builtinCodes} 个编码）。
      </p>
      {unknown === null ? (
        <p className="muted">本草稿（{pending.draftYear} 年度）不使用此年度的科目表，不受影响。</p>
      ) : unknown.length === 0 ? (
        <p className="import-good">本草稿使用的编码在内置科目表中都有。</p>
      ) : (
        <p className="import-warn">
          本草稿有 {lines} 行使用了内置科目表中没有的编码（
          {unknown
            .slice(0, 10)
            .map((u) => u.code)
            .join('、')}
          {unknown.length > 10 ? '……' : ''}）：这些行保留不删除，审核中会标出，请逐一改正。
        </p>
      )}
      <div className="import-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          确认恢复（将重新载入窗口）
        </button>
        <button type="button" onClick={onCancel}>
          不恢复
        </button>
      </div>
    </div>
  );
}
