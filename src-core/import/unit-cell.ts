import type { BudgetUnit } from '../domain/draft/types';
import { UNIT_TYPE_NAMES, type UnitType } from '../domain/draft/vocabulary';
import type { RowView } from './rows';
import { cleanCode, lostZerosHint, splitCodeName } from './values';

/**
 * The 单位 of an expense row: a code the draft or the file's 单位 sheet knows, a unit's name, or —
 * as the 预算管理一体化系统 exports it — “code name” in one cell (“103005 某某中心”, also
 * “[103005]某某中心”, “103005-某某中心”), or a code with its name in a 单位名称 column. A unit
 * named with code and name that nobody knows yet is created (an export of the system has no 单位
 * sheet); its 单位类型 cannot be read from the file, so it is set from the name (…中心, …站,
 * …院, …学校 → 事业单位, else 行政单位) and a warning names each such unit for the officer to check.
 */
export interface KnownUnits {
  /** code → name. */
  codes: ReadonlyMap<string, string>;
  /** name → code (for files that give the unit's name only). */
  byName: ReadonlyMap<string, string>;
}

export interface NewUnit extends BudgetUnit {
  /** First row naming it. */
  row: number;
}

const INSTITUTION = /(中心|站|研究所|研究院|院|学校|中学|小学|幼儿园|大学|学院|馆|队|台|社|园|场|所)$/;

/** The 单位类型 a new unit gets from its name (checked by the officer: see the warning). */
export function unitTypeFromName(name: string): UnitType {
  return INSTITUTION.test(name) && !/派出所$/.test(name) ? 'institution' : 'admin';
}

export function newUnitWarning(u: NewUnit): string {
  return `单位“${u.code} ${u.name}”不在草稿中，已新建；单位类型无法从文件得知，已按名称暂定为“${UNIT_TYPE_NAMES[u.type]}”，请在“单位”中核对`;
}

export function resolveUnit(
  v: RowView,
  units: KnownUnits,
  opts: { defaultUnit?: string; padded: ReadonlyMap<string, string>; created: Map<string, NewUnit> },
): string | null {
  if (v.cellError('unit') || v.cellError('unitName')) return null;
  const raw = cleanCode(v.text('unit'));
  const name = v.text('unitName');
  if (raw === '') {
    const byName = name !== '' ? units.byName.get(name) : undefined;
    if (byName) return byName;
    if (name === '' && opts.defaultUnit) return opts.defaultUnit;
    v.fail(
      v.has('unit') ? 'unit' : null,
      name !== '' ? `缺少单位编码，且单位名称“${name}”不在单位表中` : '缺少单位编码',
    );
    return null;
  }
  if (units.codes.has(raw)) return raw;
  const named = units.byName.get(raw); // a “单位” column holding names
  if (named) return named;
  const split = splitCodeName(raw);
  const code = split?.code ?? raw;
  const unitName = split?.name ?? name;
  if (split && units.codes.has(code)) return code;
  const created = opts.created.get(code);
  if (created) {
    if (unitName !== '' && unitName !== created.name) {
      v.fail('unit', `单位“${code}”在第 ${created.row} 行名为“${created.name}”，此处却为“${unitName}”`);
      return null;
    }
    return code;
  }
  const full = opts.padded.get(code);
  if (unitName !== '' && !full && /\d/.test(code) && !/\s/.test(code)) {
    const known = units.byName.get(unitName);
    if (known !== undefined) {
      v.fail('unit', `单位“${unitName}”在单位表中的编码是“${known}”，此处却为“${code}”`);
      return null;
    }
    opts.created.set(code, { code, name: unitName, type: unitTypeFromName(unitName), row: v.row });
    return code;
  }
  v.fail(
    'unit',
    `单位“${raw}”不在单位表中（请在“单位”工作表或草稿中先列出该单位）${lostZerosHint(code, v.isNumber('unit'), full, '单位表')}`,
  );
  return null;
}
