/*
 * The app's Content Security Policy: set as a header by the main process (app:// scheme) and written
 * into the built index.html by the build (vite.shared.ts), so both read it from here.
 */

/**
 * Content Security Policy of the app's pages: everything from the app itself, nothing remote,
 * no eval. Inline styles are not needed: the built CSS is a file and React sets `style` through
 * the CSSOM, which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for the dev server only (`npm start`): Vite injects the React refresh preamble
 * as an inline script and CSS as inline <style> elements. Still nothing remote, still no eval.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
