import type { DraftChange } from './changes';
import type { ContentTables } from './draft-content';
import { placeKey, type LineIndex } from './line-blocks';
import type { HeadKey, StoredLine } from './records';
import { mergeThreeWay, sameData, type Prefer } from './three-way-merge';

/** A change that cannot be carried over onto what another window stored, in Chinese. */
export interface MergeConflict {
  /** Index of the change in the batch. */
  change: number;
  what: string;
}

export type Rebased = { ok: true; changes: DraftChange[] } | { ok: false; conflicts: MergeConflict[] };

/**
 * Carries a batch made on an older revision over onto the stored content (another window wrote
 * first). Each change states what its window saw (`expect`); the stored value is compared with it:
 * unchanged → the change applies as it is; changed elsewhere → three-way merge (a different field
 * of the same line, a different key of `text`, a different project: merged); both changed the
 * same value differently → a conflict, and the batch is refused as a whole.
 *
 * Replaying a batch that is already stored (the edit journal after a crash) is harmless: a line or
 * part already holding the value is skipped, a line already added (same id, same content) is not
 * added twice, a line already removed is not removed again.
 *
 * With `prefer` (the officer chose 保留本窗口的修改 / 采用另一窗口的内容), values both sides changed
 * take that side's value and everything else still merges; a line the other window removed stays
 * removed either way (this window's edit of it is dropped).
 */
export async function rebaseChanges(
  t: ContentTables,
  draftId: string,
  changes: readonly DraftChange[],
  index: LineIndex,
  prefer?: Prefer,
): Promise<Rebased> {
  const lines = await storedLines(t, draftId, changes, index);
  const parts = await storedParts(t, draftId, changes);
  const out: DraftChange[] = [];
  const conflicts: MergeConflict[] = [];
  const merge = (i: number, what: string, base: unknown, ours: unknown, theirs: unknown): { value: unknown } | null => {
    const r = mergeThreeWay(base, ours, theirs, prefer);
    if (r.ok) return { value: r.value };
    const where = r.path ? `${what}中的${describePath(r.path)}` : what;
    conflicts.push({ change: i, what: `${where}${bothValues(r.ours, r.theirs)}` });
    return null;
  };

  changes.forEach((c, i) => {
    switch (c.type) {
      case 'setLine': {
        const stored = lines.get(c.id);
        if (stored === undefined) {
          if (!prefer) conflicts.push({ change: i, what: '一行已在另一个窗口中删除，本窗口又修改了它' });
          return;
        }
        if (c.expect === undefined) {
          lines.set(c.id, c.line);
          out.push(c);
          return;
        }
        const m = merge(i, describeLine(stored), c.expect, c.line, stored);
        if (!m || sameData(m.value, stored)) return;
        lines.set(c.id, m.value as StoredLine);
        out.push({ type: 'setLine', id: c.id, line: m.value as StoredLine });
        return;
      }
      case 'removeLine': {
        const stored = lines.get(c.id);
        if (stored === undefined) return;
        if (c.expect !== undefined && !sameData(c.expect, stored)) {
          if (prefer === 'theirs') return;
          if (!prefer) {
            conflicts.push({ change: i, what: `${describeLine(stored)}在另一个窗口中被修改，本窗口又删除了它` });
            return;
          }
        }
        lines.delete(c.id);
        out.push({ type: 'removeLine', id: c.id });
        return;
      }
      case 'addLine': {
        if (c.id !== undefined && (lines.has(c.id) || index.has(c.id))) {
          // Stored already (a replayed batch): nothing to add.
          return;
        }
        const before =
          c.beforeId !== undefined && index.has(c.beforeId) && !removedIn(out, c.beforeId) ? c.beforeId : undefined;
        const { beforeId: _ignored, ...rest } = c;
        if (c.id !== undefined) lines.set(c.id, c.line);
        out.push(before !== undefined ? { ...rest, beforeId: before } : rest);
        return;
      }
      case 'setHead': {
        const stored = parts.get(c.key);
        if (!('expect' in c)) {
          parts.set(c.key, c.value);
          out.push(c);
          return;
        }
        const m = merge(i, partName(c.key), c.expect, c.value, stored);
        if (!m || sameData(m.value, stored)) return;
        parts.set(c.key, m.value);
        out.push({ type: 'setHead', key: c.key, value: m.value } as DraftChange);
        return;
      }
    }
  });
  return conflicts.length > 0 ? { ok: false, conflicts } : { ok: true, changes: out };
}

function removedIn(changes: readonly DraftChange[], id: string): boolean {
  return changes.some((c) => c.type === 'removeLine' && c.id === id);
}

/** The stored lines the batch names (by id), read from their blocks. */
async function storedLines(
  t: ContentTables,
  draftId: string,
  changes: readonly DraftChange[],
  index: LineIndex,
): Promise<Map<string, StoredLine>> {
  const wanted = new Set<string>();
  for (const c of changes) if (c.type === 'setLine' || c.type === 'removeLine') wanted.add(c.id);
  const places = new Map<string, [string, string, string]>();
  for (const id of wanted) {
    const place = index.get(id);
    if (place) places.set(placeKey(place), [draftId, place.stream, place.order]);
  }
  const blocks = await t.lineBlocks.bulkGet([...places.values()]);
  const out = new Map<string, StoredLine>();
  for (const b of blocks) {
    if (!b) continue;
    b.ids.forEach((id, k) => {
      if (wanted.has(id)) out.set(id, b.lines[k]);
    });
  }
  return out;
}

async function storedParts(
  t: ContentTables,
  draftId: string,
  changes: readonly DraftChange[],
): Promise<Map<HeadKey, unknown>> {
  const keys = [...new Set(changes.flatMap((c) => (c.type === 'setHead' ? [c.key] : [])))];
  const rows = await t.headParts.bulkGet(keys.map((k): [string, string] => [draftId, k]));
  const out = new Map<HeadKey, unknown>();
  keys.forEach((k, i) => out.set(k, rows[i]?.value));
  return out;
}

const PART_NAMES: Partial<Record<HeadKey, string>> = {
  department: '部门信息',
  units: '预算单位',
  projects: '项目',
  assets: '国有资产',
  prior: '上年数',
  text: '说明文字',
  catalogExtras: '自定义科目',
  reviews: '出错说明',
  year: '预算年度',
  amountUnit: '金额单位',
  publishUnit: '公开单位',
};

function partName(key: HeadKey): string {
  return PART_NAMES[key] ?? '草稿信息';
}

/** Field names as the officer knows them (no internal key is ever shown). */
const FIELD_NAMES: Record<string, string> = {
  unit: '预算单位',
  function: '功能分类科目',
  economic: '经济分类科目',
  kind: '支出类型',
  source: '资金来源',
  carryover: '是否上年结转',
  amount: '金额',
  project: '项目',
  note: '备注',
  item: '采购品目',
  name: '名称',
  code: '编码',
  type: '类型',
  shortName: '简称',
  functions: '主要职能',
  composition: '单位构成',
  staffing: '机构设置及人员情况',
  contact: '联系方式',
  reasons: '增减原因',
  purposes: '资金用途',
  notes: '补充说明',
  goal: '绩效目标',
  basis: '立项依据',
  category: '项目类别',
  period: '实施期限',
  parent: '一级项目',
  indicators: '绩效指标',
  executionWeight: '预算执行率权重',
  actual: '上年执行数',
  budget: '上年预算数',
};

/** “项目（编码 P01）的绩效目标” from `[code=P01].goal`; unknown keys are named generically. */
export function describePath(path: string): string {
  const parts = path.match(/\[code=[^\]]*\]|[^.[\]]+/g) ?? [];
  const named = parts.map((p) => {
    const coded = /^\[code=(.*)\]$/.exec(p);
    if (coded) return `编码为 ${coded[1]} 的一项`;
    return FIELD_NAMES[p] ?? '一项内容';
  });
  return named.length > 0 ? named.join('的') : '内容';
}

/** A line as the officer would find it: its unit, codes and amount. */
function describeLine(line: StoredLine): string {
  const l = line as unknown as Record<string, unknown>;
  const bits = [l.unit, l.function, l.economic].filter((v): v is string => typeof v === 'string' && v !== '');
  return `一行（${bits.join(' / ')}${typeof l.amount === 'string' ? `，金额 ${grouped(l.amount)}` : ''}）`;
}

/** “（本窗口：2,900,000.00；另一窗口：3,000,000.00）” for two plain values, else ''. */
function bothValues(ours: unknown, theirs: unknown): string {
  const shown = (v: unknown) =>
    typeof v === 'string' ? (v === '' ? '（空）' : grouped(v)) : typeof v === 'boolean' ? (v ? '是' : '否') : null;
  const a = shown(ours);
  const b = shown(theirs);
  return a !== null && b !== null ? `（本窗口：${a}；另一窗口：${b}）` : '';
}

/** A decimal amount with thousands separators (3000000 → 3,000,000); other text as it is. */
function grouped(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  return m ? `${m[1]}${m[2].replace(/\B(?=(\d{3})+$)/g, ',')}${m[3] ?? ''}` : text;
}
