import { FORBIDDEN_KEY, joinPath, scanJsonText } from '../draft/json-guard';
import type { FileProblem } from '../draft/problems';
import { PRIOR_KEYS } from '../draft/vocabulary';
import { err, ok, type Result } from '../result';
import { TABLE_IDS, TABLE_SPECS } from '../tables/definitions';
import { namesUnits } from './unit-code-column';
import type { TableSpec } from '../tables/spec';
import { LAYOUT_FIELDS, MAX_LAYOUT_BYTES, PLACEHOLDERS, type LayoutField, type LayoutValueType } from './schema';
import type { Layout, LayoutTable } from './types';

export interface ReadLayoutOptions {
  /** Rule ids `rules` may name; unchecked when absent. */
  ruleIds?: readonly string[];
}

/** How deeply a layout file may nest (it needs 4: file → tables → table → columnTitles). */
const MAX_LAYOUT_DEPTH = 8;

/**
 * A layout file's text to a layout: the JSON is checked against the schema (schema.ts), then every
 * table, variant, row, column, rule and comparison key it names is looked up. Every problem is
 * reported with its JSON path (`tables[3].hideRows[0]`) and a Chinese message; nothing is guessed.
 */
export function parseLayoutText(text: string, options: ReadLayoutOptions = {}): Result<Layout, FileProblem[]> {
  if (text.length > MAX_LAYOUT_BYTES)
    return err([
      {
        path: '',
        message: `文件过大（${Math.round(text.length / 1024)} KB），版式文件通常只有几 KB，请确认选择的是版式文件`,
      },
    ]);
  const json = text.replace(/^\uFEFF/, '');
  const unsafe = scanJsonText(json, MAX_LAYOUT_DEPTH);
  if (unsafe) return err([{ path: unsafe.path, message: guardMessage(unsafe.message) }]);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err([{ path: '', message: `不是有效的 JSON 文件（${detail}）` }]);
  }
  return readLayout(raw, options);
}

function guardMessage(message: string): string {
  return message.includes(FORBIDDEN_KEY)
    ? `含有不允许的键名“${FORBIDDEN_KEY}”，文件未被读取`
    : `嵌套层数过多（超过 ${MAX_LAYOUT_DEPTH} 层），不是版式文件`;
}

/** A parsed value to a layout, with the checks of `parseLayoutText`. */
export function readLayout(raw: unknown, options: ReadLayoutOptions = {}): Result<Layout, FileProblem[]> {
  const problems: FileProblem[] = [];
  if (!isPlainObject(raw))
    return err([{ path: '', message: `版式文件的内容应为一个 JSON 对象，实际为${describe(raw)}` }]);
  readObject(raw, LAYOUT_FIELDS, '', problems);
  checkReferences(raw, options, problems);
  return problems.length > 0 ? err(problems) : ok(raw as unknown as Layout);
}

// ---- structure ---------------------------------------------------------------------------------

function readObject(raw: Record<string, unknown>, fields: readonly LayoutField[], path: string, out: FileProblem[]) {
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    const near = closest(key, [...known.keys()]);
    out.push({ path: joinPath(path, key), message: `未知的键“${key}”${near ? `（是否应为“${near}”？）` : ''}` });
  }
  for (const field of fields) {
    const fieldPath = joinPath(path, field.key);
    if (!Object.hasOwn(raw, field.key)) {
      if (field.required) out.push({ path: fieldPath, message: `缺少必填项“${field.label}”（${field.key}）` });
      continue;
    }
    readValue(raw[field.key], field.type, fieldPath, field.label, out);
  }
}

function readValue(raw: unknown, type: LayoutValueType, path: string, label: string, out: FileProblem[]): void {
  const bad = (message: string) => out.push({ path, message });
  switch (type.t) {
    case 'text':
    case 'pattern':
      if (typeof raw !== 'string') return void bad(`“${label}”应为文字，实际为${describe(raw)}`);
      if (raw.trim() === '') return void bad(`“${label}”不能为空`);
      if (type.t === 'pattern') {
        for (const token of raw.match(/\{[^{}]*\}/g) ?? [])
          if (!(PLACEHOLDERS as readonly string[]).includes(token))
            bad(`“${label}”中有未知的占位符“${token}”（可用：${PLACEHOLDERS.join('、')}）`);
      }
      return;
    case 'id':
      if (typeof raw !== 'string') return void bad(`“${label}”应为文字，实际为${describe(raw)}`);
      if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(raw))
        bad(`“${label}”只能由小写英文字母、数字和“-”组成，至多 40 个字符（如 chongqing-dianjiang），实际为“${raw}”`);
      return;
    case 'boolean':
      if (typeof raw !== 'boolean') bad(`“${label}”应为 true 或 false，实际为${describe(raw)}`);
      return;
    case 'enum':
      if (!type.values.includes(raw as string | number))
        bad(`“${label}”取值无效：${describe(raw)}（可选：${type.values.map((v) => JSON.stringify(v)).join('、')}）`);
      return;
    case 'list': {
      if (!Array.isArray(raw)) return void bad(`“${label}”应为数组（用 [ ] 括起），实际为${describe(raw)}`);
      if (type.nonEmpty && raw.length === 0) return void bad(`“${label}”不能为空数组`);
      const seen = new Map<string, number>();
      raw.forEach((item, i) => {
        readValue(item, type.of, `${path}[${i}]`, label, out);
        if (typeof item !== 'string' && typeof item !== 'number') return;
        const first = seen.get(String(item));
        if (first !== undefined)
          out.push({ path: `${path}[${i}]`, message: `“${item}”重复（已在第 ${first + 1} 项）` });
        else seen.set(String(item), i);
      });
      return;
    }
    case 'map':
      if (!isPlainObject(raw)) return void bad(`“${label}”应为对象（用 { } 括起），实际为${describe(raw)}`);
      for (const [k, v] of Object.entries(raw)) readValue(v, type.of, joinPath(path, k), label, out);
      return;
    case 'object':
      if (!isPlainObject(raw)) return void bad(`“${label}”应为对象（用 { } 括起），实际为${describe(raw)}`);
      readObject(raw, type.fields, path, out);
      return;
  }
}

// ---- references ----------------------------------------------------------------------------------

/** Looks up every table, variant, row, column, rule and comparison key the layout names. */
function checkReferences(raw: Record<string, unknown>, options: ReadLayoutOptions, out: FileProblem[]): void {
  const tables = Array.isArray(raw.tables) ? raw.tables : [];
  const listed = new Map<string, number>();
  tables.forEach((entry, i) => {
    if (!isPlainObject(entry) || typeof entry.table !== 'string') return;
    const path = `tables[${i}]`;
    const first = listed.get(entry.table);
    if (first !== undefined)
      out.push({
        path: `${path}.table`,
        message: `表 ${entry.table} 已在 tables[${first}] 列出，同一张表只能列一次`,
      });
    else listed.set(entry.table, i);
    checkTable(entry as Partial<LayoutTable> & Record<string, unknown>, path, out);
  });
  const rules = isPlainObject(raw.rules) ? raw.rules : null;
  if (rules && options.ruleIds) {
    const ids = options.ruleIds;
    const unknown = (id: string) => `没有审核规则“${id}”（规则编号见 docs/rules.md，如 ${ids.slice(0, 3).join('、')}）`;
    if (isPlainObject(rules.severity))
      for (const id of Object.keys(rules.severity))
        if (!ids.includes(id)) out.push({ path: joinPath('rules.severity', id), message: unknown(id) });
    if (Array.isArray(rules.disabled))
      rules.disabled.forEach((id, j) => {
        if (typeof id === 'string' && !ids.includes(id))
          out.push({ path: `rules.disabled[${j}]`, message: unknown(id) });
      });
  }
  if (isPlainObject(raw.priorBasis)) {
    for (const key of Object.keys(raw.priorBasis)) {
      if ((PRIOR_KEYS as readonly string[]).includes(key) || /^fn:(\d{3}|\d{5}|\d{7})$/.test(key)) continue;
      out.push({
        path: joinPath('priorBasis', key),
        message: `“${key}”不是上年比较项（可用：${PRIOR_KEYS.join('、')}，或 fn:<功能科目编码>）`,
      });
    }
  }
}

function checkTable(lt: Partial<LayoutTable> & Record<string, unknown>, path: string, out: FileProblem[]): void {
  const id = lt.table!;
  const variants = TABLE_SPECS.filter((s) => s.id === id);
  if (variants.length === 0) {
    out.push({ path: `${path}.table`, message: `没有表“${id}”（可用：${TABLE_IDS.join('、')}）` });
    return;
  }
  const variant = typeof lt.variant === 'string' ? lt.variant : 'default';
  const spec = variants.find((s) => s.variant === variant);
  if (!spec) {
    const names = variants.map((s) => s.variant).join('、');
    out.push(
      typeof lt.variant === 'string'
        ? { path: `${path}.variant`, message: `表 ${id} 没有“${variant}”格式（可用：${names}）` }
        : { path: `${path}.variant`, message: `表 ${id} 有几种格式，须用 variant 指明一种（可用：${names}）` },
    );
    return;
  }
  const name = spec.variant === 'default' ? `表 ${id} ` : `表 ${id}（${spec.variant}）`;
  const columns = spec.sections.flatMap((s) => s.columns.map((c) => c.key));
  const noColumn = (key: string) => `${name}没有列“${key}”（可用：${[...new Set(columns)].join('、')}）`;
  for (const field of ['hideColumns', 'hideColumnsIfZero'] as const)
    eachString(lt[field], `${path}.${field}`, (key, p) => {
      if (!columns.includes(key)) out.push({ path: p, message: noColumn(key) });
    });
  eachString(lt.columnOrder, `${path}.columnOrder`, (key, p) => {
    if (!columns.includes(key)) out.push({ path: p, message: noColumn(key) });
  });
  eachKey(lt.columnTitles, `${path}.columnTitles`, (key, p) => {
    if (!columns.includes(key)) out.push({ path: p, message: noColumn(key) });
  });
  const fixed = spec.sections.flatMap((s) => s.rows.flatMap((r) => (r.type === 'fixed' ? [r.key] : [])));
  const prefixes = spec.sections.flatMap((s) => s.rows.flatMap((r) => (r.type === 'group' ? [r.prefix] : [])));
  const rowHint = `固定行：${fixed.join('、') || '无'}${prefixes.length > 0 ? `；按编码生成的行以 ${[...new Set(prefixes)].join('、')} 开头` : ''}`;
  for (const field of ['hideRows', 'hideRowsIfZero'] as const)
    eachString(lt[field], `${path}.${field}`, (key, p) => {
      if (key.endsWith('*')) {
        const head = key.slice(0, -1);
        const matches =
          fixed.some((k) => k.startsWith(head)) || prefixes.some((g) => g.startsWith(head) || head.startsWith(g));
        if (!matches) out.push({ path: p, message: `“${key}”不匹配${name}的任何行（${rowHint}）` });
      } else if (!fixed.includes(key) && !prefixes.some((g) => key.startsWith(g) && key.length > g.length)) {
        out.push({ path: p, message: `${name}没有行“${key}”（${rowHint}）` });
      }
    });
  eachKey(lt.rowNames, `${path}.rowNames`, (key, p) => {
    if (!fixed.includes(key))
      out.push({ path: p, message: `${name}没有可改名的行“${key}”（可改名的固定行：${fixed.join('、') || '无'}）` });
  });
  if (lt.listClasses !== undefined) {
    if (!(id === 'T01' && spec.variant === 'classes'))
      out.push({ path: `${path}.listClasses`, message: `listClasses 只用于表 T01 的 classes 格式，${name}不适用` });
    eachString(lt.listClasses, `${path}.listClasses`, (code, p) => {
      if (!/^\d{3}$/.test(code)) out.push({ path: p, message: `“${code}”不是 3 位的类级功能科目编码` });
    });
  }
  if (lt.unitBlocksOnlyIfMultiUnit !== undefined && !(id === 'T03' && spec.variant === 'unitBlocks'))
    out.push({
      path: `${path}.unitBlocksOnlyIfMultiUnit`,
      message: `unitBlocksOnlyIfMultiUnit 只用于表 T03 的 unitBlocks 格式，${name}不适用`,
    });
  if (lt.functionLevels !== undefined && !hasFunctionRows(spec))
    out.push({ path: `${path}.functionLevels`, message: `${name}没有按功能科目列出的行，不能设置 functionLevels` });
  if (lt.splitCode !== undefined && !(hasFunctionRows(spec) && spec.labelColumns.some((l) => l.key === 'code')))
    out.push({ path: `${path}.splitCode`, message: `${name}没有“科目编码”列，不能设置 splitCode` });
  if (lt.unitCodeIfYuan !== undefined && !namesUnits(spec))
    out.push({
      path: `${path}.unitCodeIfYuan`,
      message: `${name}的行不是单位或项目，不能设置 unitCodeIfYuan（可用于 T02 byUnit、T07、T10、T10A、T12）`,
    });
  if (lt.unit !== undefined && spec.kind === 'text')
    out.push({ path: `${path}.unit`, message: `${name}是文字表，金额单位随草稿，不能单独设置` });
}

function hasFunctionRows(spec: TableSpec): boolean {
  return spec.sections.some((s) =>
    s.rows.some((r) => r.type === 'group' && (r.by === 'function' || r.by === 'functionProject')),
  );
}

function eachString(value: unknown, path: string, check: (s: string, path: string) => void): void {
  if (!Array.isArray(value)) return;
  value.forEach((v, i) => {
    if (typeof v === 'string') check(v, `${path}[${i}]`);
  });
}

function eachKey(value: unknown, path: string, check: (key: string, path: string) => void): void {
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) check(key, joinPath(path, key));
}

// ---- helpers ---------------------------------------------------------------------------------------

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return '数组';
  switch (typeof v) {
    case 'string':
      return `文字“${v.length > 20 ? `${v.slice(0, 20)}…` : v}”`;
    case 'number':
      return `数值 ${v}`;
    case 'boolean':
      return String(v);
    case 'object':
      return '对象';
    default:
      return '空值';
  }
}

/** The known key a misspelt one most likely meant (edit distance at most 2, or differing in case). */
function closest(key: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = c.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
