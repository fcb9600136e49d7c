import { SHIPPED_LAYOUT_IDS } from '../../builtin/resources';
import { BudgetDb } from '../../data/database';
import { LayoutLibrary } from './layout-library';

let shared: LayoutLibrary | null = null;

/** The app's layout library, over the app's database (opened on first use). */
export function appLayoutLibrary(): LayoutLibrary {
  if (!shared) {
    let db: BudgetDb | null = null;
    shared = new LayoutLibrary(
      () => (db ??= new BudgetDb()).layouts,
      (id) => SHIPPED_LAYOUT_IDS.has(id),
    );
  }
  return shared;
}
