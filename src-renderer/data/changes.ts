import { AMOUNT_UNITS } from '../../src-core/domain/money/units';
import type { Stream } from '../../src-core/domain/tables/spec';
import { findNonPlainData, isPlainRecord } from './plain-data';
import { invalid, type StoreProblem } from './problems';
import { HEAD_KEYS, STREAMS, type DraftHead, type HeadKey, type StoredLine } from './records';

/**
 * One edit of a draft, as the editor sends it. A batch of them (a keystroke, a paste of 200 cells,
 * an undo) is applied in one transaction by `applyChanges`, or not at all.
 *
 * `expect` is what the window saw before the edit (the line, the head part). It lets a batch made
 * on an older revision be carried over onto another window's write (`rebase-changes.ts`): only a
 * value both windows changed differently is a conflict. Without it the change overwrites.
 */
export type DraftChange =
  | { type: 'setLine'; id: string; line: StoredLine; expect?: StoredLine }
  /** At the end of the stream, or before `beforeId`; `id` lets the window name the line itself. */
  | { type: 'addLine'; stream: Stream; line: StoredLine; beforeId?: string; id?: string }
  | { type: 'removeLine'; id: string; expect?: StoredLine }
  | { [K in HeadKey]: { type: 'setHead'; key: K; value: DraftHead[K]; expect?: DraftHead[K] } }[HeadKey];

/**
 * Checks the shape of every change before anything is read or written: known change type and
 * stream, plain JSON data (no Decimal instances), lines with a text `unit` and `amount`, head parts
 * of the right kind. Only structure is checked: an amount like “12,3” is a finding of rule
 * R-AMOUNT shown to the user, and is stored as typed so that a reload shows what was on screen.
 */
export function checkChanges(changes: readonly DraftChange[]): StoreProblem | null {
  if (!Array.isArray(changes)) return invalid('修改应为一个列表');
  for (let i = 0; i < changes.length; i++) {
    const message = checkChange(changes[i] as unknown);
    if (message !== null) return invalid(message, i);
  }
  return null;
}

function checkChange(c: unknown): string | null {
  if (!isPlainRecord(c)) return '修改应为对象';
  switch (c.type) {
    case 'setLine':
      return checkId(c.id, '行编号') ?? checkLine(c.line) ?? checkExpected(c.expect);
    case 'addLine':
      if (!STREAMS.includes(c.stream as Stream)) return `未知的行类别“${String(c.stream)}”`;
      if (c.beforeId !== undefined && checkId(c.beforeId, '插入位置') !== null) return checkId(c.beforeId, '插入位置');
      if (c.id !== undefined && checkId(c.id, '新行编号') !== null) return checkId(c.id, '新行编号');
      return checkLine(c.line);
    case 'removeLine':
      return checkId(c.id, '行编号') ?? checkExpected(c.expect);
    case 'setHead':
      return checkHead(c.key, c.value) ?? checkExpected(c.expect);
    default:
      return `未知的修改类型“${String(c.type)}”`;
  }
}

/** What the window saw: plain data or absent. */
function checkExpected(expect: unknown): string | null {
  if (expect === undefined) return null;
  const bad = findNonPlainData(expect, '原值');
  return bad === null ? null : `“${bad}”不是可保存的数据`;
}

function checkId(id: unknown, label: string): string | null {
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? null : `${label}无效`;
}

function checkLine(line: unknown): string | null {
  if (!isPlainRecord(line)) return '行内容应为对象';
  const bad = findNonPlainData(line);
  if (bad !== null) return `行内容“${bad}”不是可保存的数据（金额请用文字，例如 "1200.00"）`;
  if (typeof line.unit !== 'string') return '行缺少单位编码';
  if (typeof line.amount !== 'string') return '金额应为文字（例如 "1200.00"），不能是数字或对象';
  return null;
}

const OBJECT_PARTS: readonly HeadKey[] = ['department', 'assets', 'prior', 'text', 'extra'];
const ARRAY_PARTS: readonly HeadKey[] = ['units', 'projects', 'catalogExtras', 'reviews'];

function checkHead(key: unknown, value: unknown): string | null {
  if (!HEAD_KEYS.includes(key as HeadKey)) return `不能修改草稿的“${String(key)}”部分`;
  const k = key as HeadKey;
  if (value === undefined) return k === 'extra' ? null : `“${k}”不能为空`;
  const bad = findNonPlainData(value, k);
  if (bad !== null) return `“${bad}”不是可保存的数据`;
  if (OBJECT_PARTS.includes(k) && !isPlainRecord(value)) return `“${k}”应为对象`;
  if (ARRAY_PARTS.includes(k) && !(Array.isArray(value) && value.every(isPlainRecord))) return `“${k}”应为对象列表`;
  switch (k) {
    case 'year':
      return Number.isInteger(value) ? null : '预算年度应为整数';
    case 'stage':
      return value === 'budget' ? null : '阶段只能为 budget（预算）';
    case 'amountUnit':
    case 'publishUnit':
      return AMOUNT_UNITS.includes(value as never) ? null : '金额单位应为 yuan 或 wanyuan';
    case 'department': {
      const d = value as Record<string, unknown>;
      return typeof d.name === 'string' && typeof d.code === 'string' ? null : '部门应有编码和名称';
    }
    default:
      return null;
  }
}
