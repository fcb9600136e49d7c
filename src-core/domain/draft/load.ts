import { err, ok, type Result } from '../result';
import { AMOUNT_UNITS, type AmountUnit } from '../money/units';
import type { Draft, FinalDraft } from './types';
import type { FileProblem } from './problems';
import { FINAL_FORMAT_VERSION, FINAL_MIGRATIONS, migrateRaw, MIGRATIONS, type Migration } from './migrations';
import { DRAFT, FINAL_DRAFT, finalPriorSpec } from './schema';
import { isPlainObject, SchemaReader } from './read';
import { checkJsonValue, scanJsonText } from './json-guard';
import { isValidSource, SOURCE_SHORT_NAMES } from './vocabulary';

export interface LoadedDraft {
  draft: Draft;
  migrations: string[];
}

/**
 * Reads a `*.budget.json` text: JSON syntax, format and version (migrating older versions),
 * structure, amounts, and references between lines, units and projects. The file is rejected as a
 * whole with every problem listed by JSON path; budget problems (imbalance, unknown codes…) are not
 * rejections but rule findings (docs/rules.md). Before parsing, the text is scanned (json-guard.ts) for
 * absurd nesting and `__proto__` keys, which are refused with their path.
 */
export function loadDraftText(
  text: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<LoadedDraft, FileProblem[]> {
  const parsed = parseDraftText(text);
  return parsed.ok ? readDraft(parsed.value, migrations) : parsed;
}

/** JSON text to a value: byte-order mark dropped, hostile nesting and `__proto__` keys refused. */
function parseDraftText(text: string): Result<unknown, FileProblem[]> {
  const json = text.replace(/^\uFEFF/, '');
  const unsafe = scanJsonText(json);
  if (unsafe) return err([unsafe]);
  try {
    return ok(JSON.parse(json) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err([{ path: '', message: `不是有效的 JSON 文件（${detail}）` }]);
  }
}

/** A draft from parsed JSON (the database, an import being applied): the same checks as a file. */
export function loadDraftJson(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<LoadedDraft, FileProblem[]> {
  const unsafe = checkJsonValue(raw);
  if (unsafe) return err([unsafe]);
  return readDraft(raw, migrations);
}

function readDraft(raw: unknown, migrations: readonly Migration[]): Result<LoadedDraft, FileProblem[]> {
  if (!isPlainObject(raw)) return err([{ path: '', message: '文件内容应为一个 JSON 对象' }]);
  if (raw.format !== 'dept-budget-draft') {
    return err([
      {
        path: 'format',
        message: `不是部门预算草稿文件（format 应为 "dept-budget-draft"，实际为 ${JSON.stringify(raw.format ?? null)}）`,
      },
    ]);
  }
  if (raw.stage === 'final') {
    return err([{ path: 'stage', message: '这是部门决算草稿（stage 为 "final"），不能作为部门预算草稿打开' }]);
  }
  const migrated = migrateRaw(raw, migrations);
  if ('problem' in migrated) return err([migrated.problem]);

  const unit = migrated.raw.amountUnit;
  const amountUnit: AmountUnit = AMOUNT_UNITS.includes(unit as AmountUnit) ? (unit as AmountUnit) : 'yuan';
  const reader = new SchemaReader(amountUnit);
  const value = reader.readObject(migrated.raw, DRAFT, '');
  const problems = reader.problems;
  checkReferences(migrated.raw, problems);
  if (problems.length > 0 || !value) return err(problems);
  return ok({ draft: value as unknown as Draft, migrations: migrated.applied });
}

/**
 * Lines must point at existing units and projects; codes must be unique; sources fit carryover.
 * Works on the raw JSON (paths stay exact even where other fields are broken) and skips values
 * whose own shape is wrong: those are already reported by the schema reader.
 */
function checkReferences(raw: Record<string, unknown>, problems: FileProblem[]): void {
  const list = (key: string): Record<string, unknown>[] =>
    Array.isArray(raw[key]) ? (raw[key] as unknown[]).map((x) => (isPlainObject(x) ? x : {})) : [];
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const units = new Set<string>();
  list('units').forEach((u, i) => {
    const code = str(u.code);
    if (code === undefined) return;
    if (units.has(code)) problems.push({ path: `units[${i}].code`, message: `单位编码“${code}”重复` });
    units.add(code);
  });
  const projects = new Set<string>();
  list('projects').forEach((p, i) => {
    const code = str(p.code);
    if (code === undefined) return;
    if (projects.has(code)) problems.push({ path: `projects[${i}].code`, message: `项目编码“${code}”重复` });
    projects.add(code);
  });
  const unitRef = (path: string, v: unknown) => {
    const code = str(v);
    if (code !== undefined && !units.has(code)) problems.push({ path, message: `引用了不存在的单位“${code}”` });
  };
  const projectRef = (path: string, v: unknown) => {
    const code = str(v);
    if (code !== undefined && code !== '' && !projects.has(code))
      problems.push({ path, message: `引用了不存在的项目“${code}”` });
  };
  const sourceFits = (path: string, source: unknown, carryover: unknown) => {
    if (typeof source !== 'string' || typeof carryover !== 'boolean') return;
    if (!Object.hasOwn(SOURCE_SHORT_NAMES, source)) return; // an unknown source is reported by the schema
    if (!isValidSource(source, carryover)) {
      const name = SOURCE_SHORT_NAMES[source as keyof typeof SOURCE_SHORT_NAMES];
      problems.push({ path, message: `资金来源“${name}”不能用于${carryover ? '上年结转结余' : '本年收入'}` });
    }
  };
  list('income').forEach((l, i) => {
    unitRef(`income[${i}].unit`, l.unit);
    sourceFits(`income[${i}].source`, l.source, l.carryover);
  });
  list('expenses').forEach((l, i) => {
    unitRef(`expenses[${i}].unit`, l.unit);
    projectRef(`expenses[${i}].project`, l.project);
    sourceFits(`expenses[${i}].source`, l.source, l.carryover);
  });
  list('carryForward').forEach((l, i) => {
    unitRef(`carryForward[${i}].unit`, l.unit);
    sourceFits(`carryForward[${i}].source`, l.source, true);
  });
  list('projects').forEach((p, i) => unitRef(`projects[${i}].unit`, p.unit));
  list('procurement').forEach((p, i) => {
    unitRef(`procurement[${i}].unit`, p.unit);
    projectRef(`procurement[${i}].project`, p.project);
  });
}

// ---- 部门决算 (stage "final", docs/final-accounts.md) ---------------------------------------------

export interface LoadedFinalDraft {
  draft: FinalDraft;
  migrations: string[];
}

/** A draft of either stage, told apart by its `stage`. */
export type LoadedAnyDraft =
  { stage: 'budget'; draft: Draft; migrations: string[] } | { stage: 'final'; draft: FinalDraft; migrations: string[] };

/**
 * Reads a 决算 draft (`stage: "final"`, format version 2) with the same guarantees as the budget
 * reader: the whole file is checked and rejected with every problem listed by JSON path; 决算
 * problems (a negative 年末结转和结余, unknown codes …) are rule findings, not rejections.
 */
export function loadFinalDraftText(
  text: string,
  migrations: readonly Migration[] = FINAL_MIGRATIONS,
): Result<LoadedFinalDraft, FileProblem[]> {
  const parsed = parseDraftText(text);
  return parsed.ok ? readFinalDraft(parsed.value, migrations) : parsed;
}

/** A 决算 draft from parsed JSON: the same checks as a file. */
export function loadFinalDraftJson(
  raw: unknown,
  migrations: readonly Migration[] = FINAL_MIGRATIONS,
): Result<LoadedFinalDraft, FileProblem[]> {
  const unsafe = checkJsonValue(raw);
  if (unsafe) return err([unsafe]);
  return readFinalDraft(raw, migrations);
}

/** Reads a draft file of either stage: `stage: "final"` as a 决算 draft, anything else as a budget draft. */
export function loadAnyDraftText(text: string): Result<LoadedAnyDraft, FileProblem[]> {
  const parsed = parseDraftText(text);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (isPlainObject(raw) && raw.stage === 'final') {
    const loaded = readFinalDraft(raw, FINAL_MIGRATIONS);
    return loaded.ok ? ok({ stage: 'final', ...loaded.value }) : loaded;
  }
  const loaded = readDraft(raw, MIGRATIONS);
  return loaded.ok ? ok({ stage: 'budget', ...loaded.value }) : loaded;
}

function readFinalDraft(raw: unknown, migrations: readonly Migration[]): Result<LoadedFinalDraft, FileProblem[]> {
  if (!isPlainObject(raw)) return err([{ path: '', message: '文件内容应为一个 JSON 对象' }]);
  if (raw.format !== 'dept-budget-draft') {
    return err([
      {
        path: 'format',
        message: `不是部门决算草稿文件（format 应为 "dept-budget-draft"，实际为 ${JSON.stringify(raw.format ?? null)}）`,
      },
    ]);
  }
  if (raw.stage !== 'final') {
    return err([
      { path: 'stage', message: `不是部门决算草稿（stage 应为 "final"，实际为 ${JSON.stringify(raw.stage ?? null)}）` },
    ]);
  }
  const migrated = migrateRaw(raw, migrations, FINAL_FORMAT_VERSION);
  if ('problem' in migrated) return err([migrated.problem]);

  const unit = migrated.raw.amountUnit;
  const amountUnit: AmountUnit = AMOUNT_UNITS.includes(unit as AmountUnit) ? (unit as AmountUnit) : 'yuan';
  const reader = new SchemaReader(amountUnit);
  const value = reader.readObject(migrated.raw, FINAL_DRAFT, '');
  const prior = migrated.raw.prior;
  if (value && prior !== undefined) {
    if (isPlainObject(prior)) value.prior = reader.readObject(prior, finalPriorSpec(prior), 'prior');
    else reader.problem('prior', '“上年决算数”应为对象（如 {"incomeTotal": "1072.14"}）');
  }
  const problems = reader.problems;
  checkFinalReferences(migrated.raw, problems);
  if (problems.length > 0 || !value) return err(problems);
  return ok({ draft: value as unknown as FinalDraft, migrations: migrated.applied });
}

/** Lines, balances, projects and procurement of a 决算 draft point at existing units and projects. */
function checkFinalReferences(raw: Record<string, unknown>, problems: FileProblem[]): void {
  const list = (key: string): Record<string, unknown>[] =>
    Array.isArray(raw[key]) ? (raw[key] as unknown[]).map((x) => (isPlainObject(x) ? x : {})) : [];
  const codes = (key: string, what: string): Set<string> => {
    const seen = new Set<string>();
    list(key).forEach((x, i) => {
      if (typeof x.code !== 'string') return;
      if (seen.has(x.code)) problems.push({ path: `${key}[${i}].code`, message: `${what}编码“${x.code}”重复` });
      seen.add(x.code);
    });
    return seen;
  };
  const units = codes('units', '单位');
  const projects = codes('projects', '项目');
  for (const key of ['income', 'expenses', 'balances', 'projects', 'procurement']) {
    list(key).forEach((x, i) => {
      if (typeof x.unit === 'string' && !units.has(x.unit))
        problems.push({ path: `${key}[${i}].unit`, message: `引用了不存在的单位“${x.unit}”` });
    });
  }
  list('expenses').forEach((x, i) => {
    if (typeof x.project === 'string' && x.project !== '' && !projects.has(x.project))
      problems.push({ path: `expenses[${i}].project`, message: `引用了不存在的项目“${x.project}”` });
  });
}
