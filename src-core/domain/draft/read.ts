import { decimalPlaces, isDecimalString } from '../money/cents';
import { Decimal } from '../money/decimal';
import { MAX_DECIMALS, UNIT_LABEL, type AmountUnit } from '../money/units';
import type { FileProblem } from './problems';
import type { FieldType, ObjectSpec } from './schema';
import { joinPath as join } from './json-guard';

/**
 * Interprets a schema (schema.ts) over parsed JSON: returns the typed value with unknown keys
 * moved to `extra`, and appends every problem found, by JSON path. Never throws.
 */
export class SchemaReader {
  readonly problems: FileProblem[] = [];

  constructor(private readonly amountUnit: AmountUnit) {}

  readObject(raw: unknown, spec: ObjectSpec, path: string): Record<string, unknown> | undefined {
    if (!isPlainObject(raw)) {
      this.problem(path, `${spec.name}应为对象，实际为${describe(raw)}`);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    const known = new Set<string>();
    for (const field of spec.fields) {
      known.add(field.key);
      const fieldPath = join(path, field.key);
      if (!Object.hasOwn(raw, field.key) || raw[field.key] === undefined) {
        if (field.required) this.problem(fieldPath, `缺少必填项“${field.label}”`);
        else if (field.defaultValue) out[field.key] = field.defaultValue();
        continue;
      }
      const value = this.readValue(raw[field.key], field.type, fieldPath, field.label);
      if (value !== INVALID) out[field.key] = value;
    }
    const extraKeys = Object.keys(raw).filter((k) => !known.has(k));
    if (extraKeys.length > 0) {
      const extra: Record<string, unknown> = {};
      for (const k of extraKeys) setOwn(extra, k, raw[k]);
      out.extra = extra;
    }
    return out;
  }

  private readValue(raw: unknown, type: FieldType, path: string, label: string): unknown {
    switch (type.t) {
      case 'any':
        return raw;
      case 'string':
        if (typeof raw === 'string') return raw;
        return this.invalid(path, `“${label}”应为文字，实际为${describe(raw)}`);
      case 'digits':
        if (typeof raw === 'string' && /^\d+$/.test(raw)) return raw;
        if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return String(raw);
        return this.invalid(path, `“${label}”应为数字编码，实际为${describe(raw)}`);
      case 'boolean':
        if (typeof raw === 'boolean') return raw;
        return this.invalid(path, `“${label}”应为 true 或 false，实际为${describe(raw)}`);
      case 'integer':
        if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
        return this.invalid(path, `“${label}”应为整数，实际为${describe(raw)}`);
      case 'number':
        if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
        return this.invalid(path, `“${label}”应为数值，实际为${describe(raw)}`);
      case 'const':
        if (raw === type.value) return raw;
        return this.invalid(path, `“${label}”应为 ${JSON.stringify(type.value)}，实际为${describe(raw)}`);
      case 'enum':
        if (typeof raw === 'string' && type.values.includes(raw)) return raw;
        return this.invalid(path, `“${label}”取值无效：${describe(raw)}（可选：${type.values.join('、')}）`);
      case 'amount':
        return this.readAmount(raw, path, label);
      case 'nullable':
        return raw === null ? null : this.readValue(raw, type.of, path, label);
      case 'object':
        return this.readObject(raw, type.spec, path) ?? INVALID;
      case 'array': {
        if (!Array.isArray(raw)) return this.invalid(path, `“${label}”应为数组，实际为${describe(raw)}`);
        const items: unknown[] = [];
        raw.forEach((item, i) => {
          const v = this.readValue(item, type.of, `${path}[${i}]`, label);
          if (v !== INVALID) items.push(v);
        });
        return items;
      }
      case 'record': {
        if (!isPlainObject(raw)) return this.invalid(path, `“${label}”应为对象，实际为${describe(raw)}`);
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(raw)) {
          const value = this.readValue(v, type.of, join(path, k), label);
          if (value !== INVALID) setOwn(out, k, value);
        }
        return out;
      }
    }
  }

  /** Decimal strings as they are; numbers accepted and turned into decimal strings. */
  private readAmount(raw: unknown, path: string, label: string): unknown {
    let text: string;
    if (typeof raw === 'string') text = raw;
    else if (typeof raw === 'number' && Number.isFinite(raw)) {
      const d = new Decimal(raw);
      text = this.amountUnit === 'yuan' && d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed();
    } else return this.invalid(path, `“${label}”应为金额（如 "1234.56"），实际为${describe(raw)}`);
    if (!isDecimalString(text)) return this.invalid(path, `“${label}”不是有效金额：${JSON.stringify(text)}`);
    const max = MAX_DECIMALS[this.amountUnit];
    if (decimalPlaces(text) > max) {
      return this.invalid(
        path,
        `“${label}”小数位过多：${JSON.stringify(text)}（以${UNIT_LABEL[this.amountUnit]}为单位最多 ${max} 位小数）`,
      );
    }
    if (
      text
        .replace(/^-/, '')
        .split('.')[0]
        .replace(/^0+(?=\d)/, '').length > 15
    ) {
      return this.invalid(path, `“${label}”金额过大：${JSON.stringify(text)}`);
    }
    return text;
  }

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  private invalid(path: string, message: string): typeof INVALID {
    this.problem(path, message);
    return INVALID;
  }
}

const INVALID = Symbol('invalid');

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `obj[key] = value` as a definition: an own, enumerable data property whatever the key (a key
 * named like an `Object.prototype` member stays data; see json-guard.ts for `__proto__`).
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

function describe(v: unknown): string {
  if (v === null) return ' null';
  if (Array.isArray(v)) return '数组';
  switch (typeof v) {
    case 'string':
      return `文字 ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'number':
      return `数值 ${v}`;
    case 'boolean':
      return ` ${v}`;
    case 'object':
      return '对象';
    default:
      return typeof v;
  }
}
