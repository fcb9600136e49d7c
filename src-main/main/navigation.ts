/**
 * Whether `url` is a page of the app itself: the dev server's origin in development, the built
 * index.html otherwise. Everything else (links, redirects, window.open) is refused.
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
  if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
  return target.origin === app.origin;
}
