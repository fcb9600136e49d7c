import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FinalDraft } from '../../../src-core/domain/draft/types';
import { FinalEngine } from '../../../src-core/domain/final/final-engine';
import { FINAL_LINE_STREAMS } from '../../../src-core/domain/final/final-facts';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import type { BudgetDb } from '../../../src-renderer/data/database';
import { FinalRepository } from '../../../src-renderer/data/final-repository';
import { MAX_BLOCK_LINES } from '../../../src-renderer/data/line-blocks';
import { FinalSession } from '../../../src-renderer/features/final/final-session';
import { freshRepo, memoryStore, unwrap } from '../data/helpers';
import { testResources } from '../fixture-resources';
import { finalLayouts, huangpiDraft } from '../final/helpers';

/** The 黄陂 draft with its expense lines repeated to `count` (blocks of 200: several blocks). */
function bigDraft(count: number): FinalDraft {
  const d = huangpiDraft();
  const expenses = Array.from({ length: count }, (_, i) => ({ ...d.expenses[i % d.expenses.length] }));
  return { ...d, expenses };
}

async function open(finals: FinalRepository, id: string) {
  const loaded = unwrap(await finals.load(id));
  const engine = new FinalEngine(loaded.draft, {
    catalogs: testResources().catalogs.forYear(loaded.draft.year),
    layout: finalLayouts().get('final-national')!,
    lineIds: loaded.lineIds,
  });
  const session = new FinalSession(
    engine,
    id,
    loaded.row.name,
    loaded.row.revision,
    finals,
    memoryStore(),
    loaded.layout,
  );
  return { engine, session };
}

/** What is stored equals what the window shows: the same file text, the same line ids in order. */
async function expectStoredAsShown(finals: FinalRepository, id: string, engine: FinalEngine): Promise<void> {
  const stored = unwrap(await finals.load(id));
  expect(saveFinalDraftText(stored.draft)).toBe(saveFinalDraftText(engine.draft));
  for (const stream of FINAL_LINE_STREAMS) expect(stored.lineIds[stream]).toEqual(engine.lineIds(stream));
}

/** The rows of both content tables, as JSON by key (to see what a write changed). */
async function contentRows(db: BudgetDb): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const b of await db.finalLineBlocks.toArray()) rows.set(`block ${b.stream}/${b.order}`, JSON.stringify(b));
  for (const p of await db.finalHeadParts.toArray()) rows.set(`part ${p.key}`, JSON.stringify(p));
  return rows;
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

describe('决算 drafts stored as head parts and line blocks (schema version 7)', () => {
  it('a keystroke rewrites only the block of its line; a head edit only its part', async () => {
    const { db } = freshRepo();
    const finals = new FinalRepository(db);
    const { id } = unwrap(await finals.create(bigDraft(900)));
    const blocks = await db.finalLineBlocks
      .where('[draftId+stream+order]')
      .between([id, 'expense'], [id, 'expense', []])
      .toArray();
    expect(blocks.map((b) => b.lines.length)).toEqual([200, 200, 200, 200, 100]);
    const { engine, session } = await open(finals, id);

    const ids = engine.lineIds('expense');
    let before = await contentRows(db);
    session.setLine('输入', 'expense', ids[200], { ...engine.line('expense', ids[200])!, amount: '1.23' });
    await session.flush();
    let after = await contentRows(db);
    expect(changedKeys(before, after)).toEqual([`block expense/${blocks[1].order}`]);

    before = after;
    session.setLine('输入', 'expense', ids[199], { ...engine.line('expense', ids[199])!, amount: '4.56' });
    session.setPart('输入', 'text', { ...engine.head.text, achievements: '重点工作已改' });
    await session.flush();
    after = await contentRows(db);
    expect(changedKeys(before, after)).toEqual([`block expense/${blocks[0].order}`, 'part text']);
    await expectStoredAsShown(finals, id, engine);
    expect(unwrap(await finals.load(id)).row.revision).toBe(4); // three writes: the part went in the next one
  });

  it('inserts that overfill a block split it; removals that empty one delete it; order and ids survive', async () => {
    const { db } = freshRepo();
    const finals = new FinalRepository(db);
    const { id } = unwrap(await finals.create(bigDraft(900)));
    const { engine, session } = await open(finals, id);
    const ids = engine.lineIds('expense');
    const template = engine.line('expense', ids[0])!;
    // 250 lines before the first line of the second block: 450 lines there, split into three.
    session.perform(
      '粘贴',
      Array.from({ length: 250 }, (_, k) => ({
        type: 'add' as const,
        stream: 'expense' as const,
        id: `new-${k}`,
        line: { ...template, amount: `${k + 1}.00` },
        beforeId: ids[200],
      })),
    );
    await session.flush();
    await expectStoredAsShown(finals, id, engine);
    const sizes = async () =>
      (
        await db.finalLineBlocks.where('[draftId+stream+order]').between([id, 'expense'], [id, 'expense', []]).toArray()
      ).map((b) => b.lines.length);
    const grown = await sizes();
    expect(grown.reduce((a, b) => a + b, 0)).toBe(1150);
    expect(grown.length).toBeGreaterThan(5);
    expect(Math.max(...grown)).toBeLessThanOrEqual(MAX_BLOCK_LINES);

    // The last block's 100 lines removed: the block goes.
    for (const lineId of ids.slice(800)) session.removeLine('删除一行', 'expense', lineId);
    await session.flush();
    expect(await sizes()).toEqual(grown.slice(0, -1));
    await expectStoredAsShown(finals, id, engine);

    // A stream emptied, then given a line again.
    const procurement = engine.lineIds('procurement');
    const item = procurement.length > 0 ? engine.line('procurement', procurement[0])! : null;
    for (const lineId of procurement) session.removeLine('删除一行', 'procurement', lineId);
    if (item) session.addLine('新增一行', 'procurement', item);
    session.undo(); // the add undone, then redone: the block goes and comes back
    session.redo();
    await session.flush();
    await expectStoredAsShown(finals, id, engine);
  });

  it('random edits, undos and redos: the store always reads back as the window shows it', async () => {
    const { db } = freshRepo();
    const finals = new FinalRepository(db);
    const { id } = unwrap(await finals.create(bigDraft(650)));
    const { engine, session } = await open(finals, id);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let step = 0; step < 300; step++) {
      const ids = engine.lineIds('expense');
      const pick = ids[next(ids.length)];
      const r = next(10);
      if (r < 4) session.setLine('输入', 'expense', pick, { ...engine.line('expense', pick)!, amount: `${step}.01` });
      else if (r < 6) session.addLine('新增一行', 'expense', { ...engine.line('expense', pick)!, amount: '9.00' });
      else if (r < 7)
        session.perform('插入', [
          { type: 'add', stream: 'expense', id: `ins-${step}`, line: engine.line('expense', pick)!, beforeId: pick },
        ]);
      else if (r < 8) session.removeLine('删除一行', 'expense', pick);
      else if (r < 9) session.undo();
      else session.redo();
      if (step % 37 === 0) await session.flush();
    }
    await session.flush();
    expect(session.saveState).toBe('saved');
    await expectStoredAsShown(finals, id, engine);
  });

  it('a second window based on an older revision is refused: nothing of it is stored', async () => {
    const { db } = freshRepo();
    const finals = new FinalRepository(db);
    const { id } = unwrap(await finals.create(huangpiDraft()));
    const a = await open(finals, id);
    const b = await open(finals, id);
    const lineId = a.engine.lineIds('expense')[0];
    a.session.setLine('输入', 'expense', lineId, { ...a.engine.line('expense', lineId)!, amount: '11.00' });
    await a.session.flush();
    b.session.setLine('输入', 'expense', lineId, { ...b.engine.line('expense', lineId)!, amount: '22.00' });
    await b.session.flush();
    expect(b.session.saveState).toBe('conflict');
    const stored = unwrap(await finals.load(id));
    expect(stored.draft.expenses[0].amount).toBe('11.00');
    expect(stored.row.revision).toBe(2);
  });
});
