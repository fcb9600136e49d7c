/**
 * The East-Asian display width of a text (Unicode UAX #11: wide and fullwidth characters count 2,
 * others 1). Punctuation of ambiguous width that Chinese fonts draw full-width (“” ‘’ … — ·)
 * counts 2 as well. Used by every paper form: Excel column widths, the printed 目录.
 */
export function displayWidth(text: string): number {
  let w = cache.get(text);
  if (w !== undefined) return w;
  w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xb7) w += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      w += isWide(text.codePointAt(i)!) ? 2 : 1;
      i++;
    } else w += isWide(code) ? 2 : 1;
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(text, w);
  return w;
}

/** Widths of texts seen (names, units and indicator texts repeat across rows and sheets). */
const cache = new Map<string, number>();

/** Ambiguous-width punctuation that Chinese fonts draw full-width. */
const WIDE_PUNCTUATION = new Set([0x00b7, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

function isWide(cp: number): boolean {
  if (WIDE_PUNCTUATION.has(cp)) return true;
  if (cp < 0x1100) return false;
  return (
    cp <= 0x115f || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, bopomofo, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ); // CJK extensions B–
}
