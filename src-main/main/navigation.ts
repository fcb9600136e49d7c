import { isAllowedExternal } from './external-links';

/**
 * Whether `url` is a page of the app itself: the dev server's origin in development, the app's own
 * scheme and host (`app://bundle`, app-protocol.ts) in the built app, or — for a `file:` app URL —
 * the same index.html (same host, which is empty: `file://server/…` would be a network share).
 * Everything else (links, redirects, window.open) is refused.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false; // not a URL at all: certainly not the app
  }
  if (target.username || target.password) return false;
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  // Scheme and host (with port): the origin. (Node gives every custom scheme the origin "null", so
  // origins alone would not tell app://bundle from app://elsewhere.)
  return target.protocol === app.protocol && target.host === app.host && target.host !== '';
}

/** What to do with a navigation of an app page: stay (the app itself), hand to the browser, or refuse. */
export type NavigationDecision = 'allow' | 'external' | 'deny';

/** `will-navigate` / `will-redirect`: only the app's own page; allow-listed links open in the browser. */
export function navigationDecision(url: string, appUrl: string): NavigationDecision {
  if (isAppUrl(url, appUrl)) return 'allow';
  return isAllowedExternal(url) ? 'external' : 'deny';
}

/** `window.open` / target=_blank: never a new window; allow-listed links open in the browser. */
export function windowOpenDecision(url: string): Exclude<NavigationDecision, 'allow'> {
  return isAllowedExternal(url) ? 'external' : 'deny';
}

/**
 * Whether a hidden print page may load `url`: its own temporary file and inline `data:` images,
 * nothing from the network or elsewhere on disk. Compares file paths, not URL spellings (a Chinese
 * user name is percent-encoded differently by different encoders; Windows paths ignore case).
 */
export function isPrintResourceAllowed(url: string, pageFile: string, platform: string = process.platform): boolean {
  if (/^data:/i.test(url)) return true;
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return false;
  }
  const norm = (p: string) => {
    const slashes = p.replace(/\\/g, '/').replace(/^\/([A-Za-z]:)/, '$1');
    return platform === 'win32' ? slashes.toLowerCase() : slashes;
  };
  return norm(path) === norm(pageFile);
}
