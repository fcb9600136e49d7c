/**
 * Decodes HTML character references as they occur in clipboard HTML from Excel, WPS, LibreOffice
 * and browsers: numeric (`&#12288;`, `&#x3000;`) and the named ones those programs write. An
 * unknown name is left as typed. The legacy names (`&amp` `&lt` `&gt` `&quot` `&nbsp`) are also
 * read without their semicolon, as browsers do.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00AD',
  zwsp: '\u200B',
  yen: '¥',
  cent: '¢',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  minus: '−',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  permil: '‰',
  sect: '§',
  laquo: '«',
  raquo: '»',
  bull: '•',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
};
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

const REF = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*)(;?)/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REF, (whole, name: string, semi: string) => {
    if (name.startsWith('#')) {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(cp);
    }
    const value = NAMED[name] ?? NAMED[name.toLowerCase()];
    if (value === undefined) return whole;
    if (semi === '' && !LEGACY.has(name.toLowerCase())) return whole;
    return value;
  });
}
