import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src-core/security/content-security-policy';

/** Repository root (this file's folder). */
export const REPO_ROOT = import.meta.dirname;

/**
 * Writes the production Content Security Policy into the built index.html as a <meta> tag, so it
 * holds wherever the page is served: Electron's app:// scheme sets it as a header too, any static
 * host of the web build may not. Not applied to the dev server, whose React refresh preamble is an inline script.
 */
function contentSecurityPolicyMeta(): Plugin {
  // frame-ancestors only counts in a header (Electron sets it there); a <meta> must leave it out.
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'budget:csp-meta',
    apply: 'build',
    // Right after <meta charset>: before any script or stylesheet the policy must govern.
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta charset="[^"]*"\s*\/?>)/i,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      ),
  };
}

/** The renderer's Vite settings, shared by the Electron build and the browser build. */
export function rendererConfig(): UserConfig {
  return {
    root: resolve(REPO_ROOT, 'src-renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    // The renderer bundles catalogs, layouts and the sample from resources/ (outside its root).
    server: { fs: { allow: [REPO_ROOT] } },
    publicDir: false,
  };
}
