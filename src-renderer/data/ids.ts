const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 16;

/** Random bytes fetched 256 ids at a time: one getRandomValues call per id cost ≈ 100 ms at 50,000 lines. */
const pool = new Uint8Array(ID_LENGTH * 256);
let used = pool.length;

/**
 * A random id of 16 base-62 characters (≈ 95 bits): unique across windows and devices without
 * coordination, so a window may name a line before it is stored. Uses `crypto.getRandomValues`,
 * which (unlike `crypto.randomUUID`) exists outside secure contexts too.
 */
export function newId(): string {
  if (used + ID_LENGTH > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  let out = '';
  for (let i = 0; i < ID_LENGTH; i++) out += ALPHABET[pool[used + i] % 62];
  used += ID_LENGTH;
  return out;
}
