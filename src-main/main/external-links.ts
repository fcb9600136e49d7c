/**
 * The only places the app sends the user to outside itself (via the system browser or mail
 * program): official finance sites. Data: add a 财政厅 here, with a test.
 */
export interface ExternalSite {
  /** Host name; `includeSubdomains` also admits every host under it (www.mof.gov.cn, yss.mof.gov.cn…). */
  host: string;
  name: string;
  includeSubdomains: boolean;
}

export const EXTERNAL_SITES: readonly ExternalSite[] = [
  { host: 'mof.gov.cn', name: '中华人民共和国财政部', includeSubdomains: true },
  { host: 'www.gov.cn', name: '中国政府网', includeSubdomains: false },
  { host: 'czt.zj.gov.cn', name: '浙江省财政厅', includeSubdomains: false },
  { host: 'czj.zhoushan.gov.cn', name: '舟山市财政局', includeSubdomains: false },
];

/** Mail domains a `mailto:` link may address (support and finance offices). */
export const MAIL_DOMAINS: readonly string[] = ['mof.gov.cn', 'zj.gov.cn', 'zhoushan.gov.cn'];

const hostMatches = (host: string, site: { host: string; includeSubdomains: boolean }) =>
  host === site.host || (site.includeSubdomains && host.endsWith(`.${site.host}`));

const MAIL_ADDRESS = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/;
const MAILTO_FIELDS = new Set(['subject', 'body']);

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function isAllowedMailto(rest: string, mailDomains: readonly string[]): boolean {
  const [address, query = '', ...more] = rest.split('?');
  if (more.length > 0) return false;
  const decoded = safeDecode(address);
  if (decoded === null || !MAIL_ADDRESS.test(decoded)) return false;
  const domain = decoded.slice(decoded.indexOf('@') + 1).toLowerCase();
  if (!mailDomains.some((d) => hostMatches(domain, { host: d, includeSubdomains: true }))) return false;
  if (query === '') return true;
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    const v = safeDecode(value);
    // Only a subject and a body; no header injection (cc, bcc, CR/LF).
    if (!MAILTO_FIELDS.has(key.toLowerCase()) || v === null || /[\u0000-\u001f\u007f]/.test(v)) return false;
  }
  return true;
}

/**
 * Whether `url` may be opened outside the app (`shell.openExternal`): http(s) to an allow-listed
 * site on its default port with no credentials, or `mailto:` one allow-listed address with at
 * most a subject and body. Anything with whitespace or control characters is refused as written.
 */
export function isAllowedExternal(
  url: string,
  sites: readonly ExternalSite[] = EXTERNAL_SITES,
  mailDomains: readonly string[] = MAIL_DOMAINS,
): boolean {
  // eslint-disable-next-line no-control-regex
  if (typeof url !== 'string' || url.length > 2048 || /[\s\u0000-\u001f\u007f\\]/.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  if (scheme === 'mailto') return isAllowedMailto(url.slice('mailto:'.length), mailDomains);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (!/^https?:\/\/[^/]/i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password || parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return sites.some((site) => hostMatches(host, site));
}
