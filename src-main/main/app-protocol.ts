import { extname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * The built renderer is served from a privileged custom scheme, `app://bundle/…`, not `file://`
 * (Electron's security checklist): the page gets a real origin, so `'self'` in the CSP means the
 * app's own files only, module scripts and module workers (the import worker) load, and nothing
 * else on disk is reachable from the page. The origin is fixed for good: IndexedDB (the drafts) is
 * stored per origin, so changing it would leave every draft behind.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Electron's `protocol.registerSchemesAsPrivileged` entry for the scheme (before app ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under `root` that `url` names, or null: another scheme or host, credentials, a path
 * leaving the root (`..`, encoded slashes or backslashes, NUL), or a kind of file the app does not
 * ship. `/` is index.html.
 */
export function resolveAppFile(url: string, root: string): { path: string; mime: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password)
    return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  if (segments.length === 0) segments.push('index.html');
  const path = join(root, ...segments);
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  const mime = MIME[extname(path).toLowerCase()];
  return mime ? { path, mime } : null;
}

/** A response as main hands it to Electron (`new Response(body, { status, headers })`). */
export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/**
 * What `app://bundle/…` answers: the file with its type and the app's Content-Security-Policy, or
 * 404 (nothing says why: the page has no business asking for anything else).
 */
export async function appResponse(
  url: string,
  root: string,
  readFile: (path: string) => Promise<Uint8Array>,
  csp: string,
): Promise<AppResponse> {
  const file = resolveAppFile(url, root);
  const notFound: AppResponse = {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: 'not found',
  };
  if (!file) return notFound;
  let body: Uint8Array;
  try {
    body = await readFile(file.path);
  } catch {
    return notFound;
  }
  return {
    status: 200,
    headers: {
      'content-type': file.mime,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
    body,
  };
}
