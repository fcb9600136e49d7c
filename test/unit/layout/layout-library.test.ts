import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BudgetDb } from '../../../src-renderer/data/database';
import { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src-renderer/data/schema';
import { LayoutRegistry } from '../../../src-renderer/builtin/layout-registry';
import { LayoutLibrary } from '../../../src-renderer/features/layouts/layout-library';
import { patternInWords, tablePreviewLines } from '../../../src-renderer/features/layouts/check-layout-file';
import { RESOURCES_DIR } from '../../../src-main/cli/node-resources';
import { testResources } from '../fixture-resources';
import { FIXTURE_TEXT, freshName, unwrap } from '../data/helpers';

const SHIPPED = new Set(['national', 'zhejiang', 'chongqing', 'xinjiang', 'shanghai']);

/** A shipped layout file under another id: what a bureau adapting one would import. */
function adapted(id: string, name: string): string {
  const raw = JSON.parse(readFileSync(join(RESOURCES_DIR, 'layouts', 'chongqing.json'), 'utf8'));
  return JSON.stringify({ ...raw, id, name });
}

function libraryOn(db: BudgetDb, now = () => 1_700_000_000_000): LayoutLibrary {
  return new LayoutLibrary(
    () => db.layouts,
    (id) => SHIPPED.has(id),
    now,
  );
}

describe('layout files imported on this computer', () => {
  it('are checked before anything is stored: a bad file and a shipped id are refused, nothing is written', async () => {
    const db = new BudgetDb(freshName('layouts-bad'));
    const library = libraryOn(db);
    await library.load();
    const bad = library.check('{"id": "x", "name": "某市", "tables": [{"table": "T99", "title": "a"}]}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error[0]).toMatch(/^tables\[0\]\.table：没有表“T99”/);
    const shipped = library.check(readFileSync(join(RESOURCES_DIR, 'layouts', 'zhejiang.json'), 'utf8'));
    expect(shipped.ok ? [] : shipped.error).toEqual([
      'id：版式标识“zhejiang”是软件自带版式的标识，请在文件中改用另一个标识（如 zhejiang-local）',
    ]);
    expect(await db.layouts.count()).toBe(0);
    expect(library.entries()).toEqual([]);
    db.close();
  });

  it('are stored, listed, replaced by a file of the same id, removed — and read back by another session', async () => {
    const name = freshName('layouts');
    const db = new BudgetDb(name);
    let t = 1_700_000_000_000;
    const library = libraryOn(db, () => t++);
    await library.load();
    let heard = 0;
    library.subscribe(() => heard++);
    for (const [id, label] of [
      ['dianjiang', '垫江县格式'],
      ['wanzhou', '万州区格式'],
    ]) {
      const read = library.check(adapted(id, label));
      expect(read.ok).toBe(true);
      if (read.ok) await library.add(`${id}.json`, adapted(id, label), read.value);
    }
    expect(library.entries().map((e) => [e.id, e.name, e.fileName])).toEqual([
      ['dianjiang', '垫江县格式', 'dianjiang.json'],
      ['wanzhou', '万州区格式', 'wanzhou.json'],
    ]);
    expect(library.usable().map((l) => l.id)).toEqual(['dianjiang', 'wanzhou']);
    expect(heard).toBe(2);

    const again = library.check(adapted('dianjiang', '垫江县格式（修订）'));
    if (again.ok) await library.add('dianjiang-2.json', adapted('dianjiang', '垫江县格式（修订）'), again.value);
    expect(library.entries().map((e) => e.name)).toEqual(['万州区格式', '垫江县格式（修订）']);
    await library.remove('wanzhou');
    db.close();

    // A restart: a new connection and library read what was stored.
    const reopened = new BudgetDb(name);
    const after = libraryOn(reopened);
    await after.load();
    expect(after.entries().map((e) => [e.id, e.name, e.fileName, e.problem])).toEqual([
      ['dianjiang', '垫江县格式（修订）', 'dianjiang-2.json', null],
    ]);
    reopened.close();
  });

  it('a stored file that no longer passes the checks is listed with its problem, not offered', async () => {
    const db = new BudgetDb(freshName('layouts-stale'));
    await db.layouts.add({
      id: 'old',
      name: '旧版式',
      fileName: 'old.json',
      text: '{"id": "old", "name": "旧版式", "tables": [{"table": "T03", "title": "x"}]}',
      importedAt: 1,
    });
    const library = libraryOn(db);
    await library.load();
    expect(library.entries()[0]).toMatchObject({ id: 'old', name: '旧版式', layout: null });
    expect(library.entries()[0].problem).toContain('须用 variant 指明一种');
    expect(library.usable()).toEqual([]);
    db.close();
  });

  it('the registry offers shipped layouts first, then the imported ones, and never lets one replace a shipped id', () => {
    const registry = new LayoutRegistry(testResources().layouts);
    const before = registry.list();
    const chongqing = testResources().layouts.get('chongqing')!;
    registry.setImported([
      { ...chongqing, id: 'dianjiang', name: '垫江县格式' },
      { ...chongqing, id: 'national', name: '冒名' },
    ]);
    expect(registry.list()).not.toBe(before);
    expect(registry.list().map((l) => l.id)).toEqual([...testResources().layouts.keys(), 'dianjiang']);
    expect(registry.get('national')!.name).toBe('财政部部门预算公开参考格式（默认）');
    expect(registry.get('dianjiang')!.name).toBe('垫江县格式');
    expect(registry.list()).toBe(registry.list());
  });

  it('the preview lists each table with its number, its title in words and what it holds', () => {
    const chongqing = testResources().layouts.get('chongqing')!;
    expect(tablePreviewLines(chongqing).slice(0, 2)).toEqual([
      { number: '表一', title: '〈部门名称〉财政拨款收支总表', content: '财政拨款收支总表' },
      { number: '表二', title: '〈部门名称〉一般公共预算财政拨款支出预算表', content: '一般公共预算支出表' },
    ]);
    expect(patternInWords('{shortName}{year}年没有…')).toBe('〈部门简称〉〈年度〉年没有…');
  });
});

describe('schema version 4 (the layouts table)', () => {
  it('a version-3 database with drafts opens at version 4, drafts intact, and then keeps imported layouts', async () => {
    const name = freshName('v3-to-v4');
    const v3 = new BudgetDb(name, SCHEMA_VERSIONS.slice(0, 3));
    const repo3 = new DraftRepository(v3);
    const { id } = unwrap(await repo3.importDraftFile(FIXTURE_TEXT));
    const before = unwrap(await repo3.exportDraftFile(id));
    v3.close();

    const v4 = new BudgetDb(name);
    // Later versions (added by other features) keep the layouts table.
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    const repo4 = new DraftRepository(v4);
    expect((await repo4.listDrafts()).map((d) => d.id)).toEqual([id]);
    expect(unwrap(await repo4.exportDraftFile(id))).toBe(before);
    expect(await v4.layouts.count()).toBe(0);
    const library = libraryOn(v4);
    const read = library.check(adapted('dianjiang', '垫江县格式'));
    if (read.ok) await library.add('dianjiang.json', adapted('dianjiang', '垫江县格式'), read.value);
    v4.close();

    const again = new BudgetDb(name);
    expect((await again.layouts.toArray()).map((r) => r.id)).toEqual(['dianjiang']);
    expect((await new DraftRepository(again).listDrafts()).map((d) => d.id)).toEqual([id]);
    again.close();
  });
});
