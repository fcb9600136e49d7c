import { normalizeFullWidth, parseAmountInput } from '../domain/money/parse-input';
import type { AmountUnit } from '../domain/money/units';
import { isOptional, type GridColumn } from './grid-model';

/**
 * Reading what the user put into one cell — typed, pasted or filled — into the value the draft
 * stores, by the column's kind. The same rules apply whichever way the text arrived, so a value
 * that could not be typed cannot be pasted either. Messages are Chinese and say what to do; they
 * do not name the cell (callers prefix `cellName`).
 */

/** What the editor needs of a classification catalog (`Catalog` from domain/catalog fits). */
export interface CodeLookup {
  get(code: string): { code: string; name: string } | undefined;
}

/** The two catalogs codes are checked against; without them only the form of a code is checked. */
export interface CodeCatalogs {
  function: CodeLookup;
  economic: CodeLookup;
}

export interface CellInputContext {
  /** The draft's `amountUnit`. */
  unit: AmountUnit;
  catalogs?: CodeCatalogs;
}

/** Accepted (maybe with a warning that does not block, e.g. a code missing from the catalog) or refused. */
export type CellInput = { ok: true; value: string; warning?: string } | { ok: false; error: string };

const CODE_SCHEMES = {
  'code-function': {
    scheme: 'function',
    title: '支出功能分类',
    digits: 7,
    levelName: '项',
    levels: { 3: '类', 5: '款' },
  },
  'code-economic': { scheme: 'economic', title: '支出经济分类', digits: 5, levelName: '款', levels: { 3: '类' } },
} as const;

/** Reads `text` for `column`. */
export function readCellInput(column: GridColumn, text: string, ctx: CellInputContext): CellInput {
  if (text.trim() === '' && isOptional(column)) return { ok: true, value: '' };
  switch (column.kind) {
    case 'amount': {
      const r = parseAmountInput(text, ctx.unit);
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error };
    }
    case 'code-function':
    case 'code-economic':
      return readCode(column.kind, text, ctx.catalogs);
    case 'enum':
      return readEnum(column, text);
    case 'text':
      return text.trim() === '' ? { ok: false, error: '不能为空' } : { ok: true, value: text };
  }
}

/** Spacing removed and full-width forms made half-width, for comparing names and labels. */
export function comparable(text: string): string {
  return normalizeFullWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** Code, then optionally its name: `2010301`, `2010301 行政运行`, `[2010301]行政运行`, `2010301-行政运行`. */
const CODE_RE = /^[[【(]?(\d+)[\]】)]?[\s\-—:：、.]*(.*)$/s;

function readCode(kind: 'code-function' | 'code-economic', text: string, catalogs?: CodeCatalogs): CellInput {
  const spec = CODE_SCHEMES[kind];
  const s = normalizeFullWidth(text).trim();
  const example = kind === 'code-function' ? '2010301' : '30101';
  if (s === '') return { ok: false, error: `请填写${spec.title}科目编码（${spec.digits} 位数字，如 ${example}）` };
  const m = CODE_RE.exec(s);
  if (!m) {
    return {
      ok: false,
      error: `无法识别科目编码“${text.trim()}”：请填写 ${spec.digits} 位数字的编码（如 ${example}），可在科目列表中按名称查找`,
    };
  }
  const code = m[1];
  const name = m[2].trim();
  if (/^\d/.test(name)) return { ok: false, error: `无法识别科目编码“${text.trim()}”：编码中间不能有空格或其他符号` };
  if (code.length !== spec.digits) {
    const level = (spec.levels as Record<number, string>)[code.length];
    return {
      ok: false,
      error: level
        ? `“${code}”是${level}级科目，${spec.title}须填到${spec.levelName}级（${spec.digits} 位编码）`
        : `科目编码“${code}”有 ${code.length} 位，${spec.title}${spec.levelName}级编码应为 ${spec.digits} 位数字`,
    };
  }
  const entry = catalogs?.[spec.scheme].get(code);
  if (entry && name !== '' && comparable(name) !== comparable(entry.name)) {
    return { ok: false, error: `编码“${code}”是“${entry.name}”，与所填名称“${name}”不符，请核对` };
  }
  if (catalogs && !entry) {
    return { ok: true, value: code, warning: `科目编码“${code}”不在${spec.title}科目目录中，请核对编码` };
  }
  return { ok: true, value: code };
}

/** An enum value by its key (any case), its Chinese label or an alias, ignoring spacing and full/half width. */
function readEnum(column: GridColumn, text: string): CellInput {
  const values = column.values ?? [];
  const wanted = comparable(text);
  const list = () => {
    const labels = values.map((v) => v.label);
    return labels.length > 12 ? `${labels.slice(0, 12).join('、')}等` : labels.join('、');
  };
  const hint = column.hint ? `。${column.hint}` : '';
  const choices = values.length > 0 ? `可选：${list()}` : '目前没有可选的值';
  if (wanted === '')
    return { ok: false, error: `不能为空，${values.length > 0 ? '请填写：' + list() : choices}${hint}` };
  const hit =
    values.find((v) => v.key.toLowerCase() === wanted) ??
    values.find((v) => comparable(v.label) === wanted) ??
    values.find((v) => (v.aliases ?? []).some((a) => comparable(a) === wanted));
  if (hit) return { ok: true, value: hit.key };
  return { ok: false, error: `“${text.trim()}”不是可选的值，${choices}${hint}` };
}
