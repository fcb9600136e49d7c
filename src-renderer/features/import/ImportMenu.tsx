import { useEffect, useMemo, useRef, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import type { Resources } from '../../../src-core/domain/resources';
import { commands } from '../../platform/menu-commands';
import type { DraftSession } from '../session/draft-session';
import { ImportDialog } from './ImportDialog';
import { PriorDialog } from './PriorDialog';
import { CatalogDialog } from './CatalogDialog';
import { runPendingDerivation } from './derive-income';

interface Props {
  session: DraftSession;
  repo: DraftRepository;
  resources: Resources;
}

type Open = null | 'excel' | 'prior' | 'catalog';

/** 导入 in an open draft's header: Excel data, last year's figures, the year's catalogs. */
export function ImportMenu({ session, repo, resources }: Props) {
  const [menu, setMenu] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menu) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setMenu(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menu]);

  // The application menu's 导入 opens 导入 Excel 数据 while a draft is open.
  useEffect(
    () =>
      commands.register({
        'file:import': () => {
          setMenu(false);
          setOpen('excel');
        },
      }),
    [],
  );

  // 由支出生成收入 asked for in the import that this session has just opened: its own undo step.
  useEffect(() => {
    runPendingDerivation(session);
  }, [session]);

  const pick = (what: Open) => {
    setMenu(false);
    setOpen(what);
  };
  const target = useMemo(
    () => ({ kind: 'draft' as const, draftId: session.draftId, name: session.name, flush: () => session.flush() }),
    [session],
  );

  return (
    <div className="import-menu" ref={ref}>
      <button type="button" aria-haspopup="menu" aria-expanded={menu} onClick={() => setMenu((m) => !m)}>
        导入 ▾
      </button>
      {menu && (
        <div className="import-menu-list" role="menu">
          <button type="button" role="menuitem" onClick={() => pick('excel')}>
            导入 Excel 数据…
          </button>
          <button type="button" role="menuitem" onClick={() => pick('prior')}>
            上年草稿 → 上年数…
          </button>
          <button type="button" role="menuitem" onClick={() => pick('catalog')}>
            导入本年度科目表…
          </button>
        </div>
      )}
      {open === 'excel' && (
        <ImportDialog target={target} repo={repo} resources={resources} onClose={() => setOpen(null)} />
      )}
      {open === 'prior' && (
        <PriorDialog
          target={target}
          layoutId={session.layoutId}
          repo={repo}
          resources={resources}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'catalog' && (
        <CatalogDialog target={target} repo={repo} resources={resources} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
