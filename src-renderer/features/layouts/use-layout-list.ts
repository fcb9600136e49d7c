import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import type { Resources } from '../../../src-core/domain/resources';
import { LayoutRegistry } from '../../builtin/layout-registry';
import { appLayoutLibrary } from './app-layout-library';
import type { ImportedLayout } from './layout-library';

const noSubscription = () => () => {};

/**
 * The layouts to choose from: the shipped ones, then those imported on this computer. Reads the
 * imported ones once and keeps the resources' registry in step with them, so that a layout imported
 * (or removed) is offered — and found by id — everywhere at once.
 */
export function useLayoutList(resources: Resources): readonly Layout[] {
  const registry = resources.layouts instanceof LayoutRegistry ? resources.layouts : null;
  useEffect(() => {
    if (!registry) return;
    const library = appLayoutLibrary();
    const sync = () => registry.setImported(library.usable());
    const unsubscribe = library.subscribe(sync);
    sync();
    void library.load();
    return unsubscribe;
  }, [registry]);
  const shipped = useMemo(() => [...resources.layouts.values()], [resources]);
  return useSyncExternalStore(registry?.subscribe ?? noSubscription, () => registry?.list() ?? shipped);
}

/** The layout files imported on this computer, kept current. */
export function useImportedLayouts(): readonly ImportedLayout[] {
  const library = appLayoutLibrary();
  useEffect(() => void library.load(), [library]);
  useSyncExternalStore(library.subscribe, () => library.version);
  return library.entries();
}
