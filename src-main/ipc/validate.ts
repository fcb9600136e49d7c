/**
 * Small validators for IPC arguments (the renderer is not trusted to send the right shapes).
 * Each answers with the value or a Chinese message; nothing throws.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const valid = <T>(value: T): Checked<T> => ({ ok: true, value });
const invalid = (error: string): Checked<never> => ({ ok: false, error });

export type Validator<T> = (value: unknown, label: string) => Checked<T>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  );
}

export const string =
  (maxLength: number, options: { nonEmpty?: boolean } = {}): Validator<string> =>
  (value, label) => {
    if (typeof value !== 'string') return invalid(`参数“${label}”应为文本`);
    if (options.nonEmpty && value.trim() === '') return invalid(`参数“${label}”不能为空`);
    if (value.length > maxLength) return invalid(`参数“${label}”过长（最多 ${maxLength} 个字符）`);
    return valid(value);
  };

export const pattern =
  (re: RegExp, what: string): Validator<string> =>
  (value, label) =>
    typeof value === 'string' && re.test(value) ? valid(value) : invalid(`参数“${label}”不是有效的${what}`);

export const integer =
  (min: number, max: number): Validator<number> =>
  (value, label) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? valid(value)
      : invalid(`参数“${label}”应为 ${min}–${max} 之间的整数`);

export const oneOf =
  <T extends string>(choices: readonly T[]): Validator<T> =>
  (value, label) =>
    typeof value === 'string' && (choices as readonly string[]).includes(value)
      ? valid(value as T)
      : invalid(`参数“${label}”应为 ${choices.join('、')} 之一`);

export const bytes =
  (maxBytes: number): Validator<Uint8Array> =>
  (value, label) => {
    if (!(value instanceof Uint8Array)) return invalid(`参数“${label}”应为二进制数据`);
    if (value.byteLength > maxBytes) return invalid(`参数“${label}”过大（最多 ${Math.floor(maxBytes / 1048576)} MB）`);
    return valid(value);
  };

/** An absent value (undefined) or one that `inner` accepts. */
export const optional =
  <T>(inner: Validator<T>): Validator<T | undefined> =>
  (value, label) =>
    value === undefined ? valid(undefined) : inner(value, label);

/** Text or bytes (what a file holds), at most `maxBytes` long. */
export const textOrBytes =
  (maxBytes: number): Validator<string | Uint8Array> =>
  (value, label) => {
    if (typeof value === 'string') {
      return value.length > maxBytes
        ? invalid(`参数“${label}”过大（最多 ${Math.floor(maxBytes / 1048576)} MB）`)
        : valid(value);
    }
    if (value instanceof Uint8Array) return bytes(maxBytes)(value, label);
    return invalid(`参数“${label}”应为文本或二进制数据`);
  };

/** An object with exactly these keys (unknown keys are refused: they are a sign of a wrong call). */
export function object<T>(fields: { [K in keyof T]: Validator<T[K]> }): (value: unknown) => Checked<T> {
  return (value) => {
    if (!isRecord(value)) return invalid('参数应为一个对象');
    for (const key of Object.keys(value)) {
      if (!(key in fields)) return invalid(`未知的参数“${key}”`);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const checked = fields[key](value[key], key);
      if (!checked.ok) return checked;
      out[key] = checked.value;
    }
    return valid(out as T);
  };
}

/** A call without arguments: `undefined` only. */
export function nothing(value: unknown): Checked<undefined> {
  return value === undefined ? valid(undefined) : invalid('此操作不接受参数');
}

/** Draft ids (src-renderer/data/ids.ts): base-62, also used as a folder name, so nothing else. */
export const draftId = pattern(/^[0-9A-Za-z_-]{1,64}$/, '草稿编号');
