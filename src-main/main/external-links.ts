/**
 * The only places the app sends the user to outside itself (via the system browser): official
 * finance sites, over https. Data: add a 财政厅 here, with a test.
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

const hostMatches = (host: string, site: ExternalSite) =>
  host === site.host || (site.includeSubdomains && host.endsWith(`.${site.host}`));

/**
 * The URL to hand to the system (`shell.openExternal`) for `url`, or null: only `https:` to an
 * allow-listed site, on the default port, with no credentials. No `http:` (readable and alterable on
 * the way), no `mailto:` or any other scheme (each starts some program of the system's choosing).
 * Anything with whitespace, control characters or backslashes is refused as written. The answer is
 * the parsed, normalised URL: what the system opens is exactly what was checked.
 */
export function externalUrl(url: string, sites: readonly ExternalSite[] = EXTERNAL_SITES): string | null {
  if (typeof url !== 'string' || url.length > 2048 || /[\s\p{Cc}\\]/u.test(url)) return null;
  if (!/^https:\/\/[^/]/i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port !== '') return null;
  const host = parsed.hostname.toLowerCase();
  return sites.some((site) => hostMatches(host, site)) ? parsed.href : null;
}

/** Whether `url` may be opened outside the app (see {@link externalUrl}). */
export function isAllowedExternal(url: string, sites: readonly ExternalSite[] = EXTERNAL_SITES): boolean {
  return externalUrl(url, sites) !== null;
}
