const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A random id of 16 base-62 characters (≈ 95 bits): unique across windows and devices without
 * coordination, so a window may name a line before it is stored. Uses `crypto.getRandomValues`,
 * which (unlike `crypto.randomUUID`) exists outside secure contexts too.
 */
export function newId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % 62];
  return out;
}
