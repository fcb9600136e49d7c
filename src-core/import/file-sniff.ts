/*
 * What kind of file an import was given, from its first bytes — before any reader is chosen, so that
 * a renamed .xls, an HTML page saved as .xls or a Word file gets its own Chinese message.
 */

export type FileSniff = 'zip' | 'ole' | 'html' | 'text' | 'binary' | 'empty';

/** What the first bytes say a file is: zip (xlsx), OLE2 (old .xls / .et), HTML, text or binary. */
export function sniffBytes(bytes: Uint8Array): FileSniff {
  if (bytes.length === 0) return 'empty';
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  )
    return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  // UTF-16 text with its byte-order mark (Excel's “Unicode 文本”): its zero bytes are not binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'text';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    head.startsWith('<table') ||
    head.includes('urn:schemas-microsoft-com:office:excel')
  )
    return 'html';
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || b < 9 || (b > 13 && b < 32 && b !== 27)) control += 1;
  return control === 0 ? 'text' : 'binary';
}
