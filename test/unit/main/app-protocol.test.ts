import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appResponse, resolveAppFile } from '../../../src-main/main/app-protocol';
import { isAppUrl, navigationDecision } from '../../../src-main/main/navigation';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/main/window-options';

const ROOT = join('/opt', 'app', 'resources', 'app.asar', 'out', 'renderer');

describe('app://bundle serves the built renderer and nothing else', () => {
  it('maps the app’s URLs to files under the renderer folder, with their types', () => {
    expect(resolveAppFile(APP_INDEX_URL, ROOT)).toEqual({
      path: join(ROOT, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile('app://bundle/', ROOT)?.path).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://bundle/index.html#/backups', ROOT)?.path).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://bundle/assets/index-Ab12.js', ROOT)).toEqual({
      path: join(ROOT, 'assets', 'index-Ab12.js'),
      mime: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile('app://bundle/assets/import.worker-9x.js?worker_file&type=module', ROOT)?.path).toBe(
      join(ROOT, 'assets', 'import.worker-9x.js'),
    );
    expect(resolveAppFile('app://bundle/assets/%E5%AD%97.woff2', ROOT)).toEqual({
      path: join(ROOT, 'assets', '字.woff2'),
      mime: 'font/woff2',
    });
  });

  it.each([
    'app://bundle/../../../../etc/passwd',
    'app://bundle/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/%2e%2e%2f%2e%2e%2fmain%2findex.js',
    'app://bundle/assets/..%5c..%5cmain%5cindex.js',
    'app://bundle/assets/x.js%00.png',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'app://user:pw@bundle/index.html',
    'file:///opt/app/resources/app.asar/out/renderer/index.html',
    'https://bundle/index.html',
    'app://bundle/secret.exe',
    'app://bundle/assets/source.js.map',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull();
  });

  it('answers a file with its type and the CSP, anything else with 404 (a missing file too)', async () => {
    const files = new Map([[join(ROOT, 'index.html'), new TextEncoder().encode('<!doctype html>')]]);
    const read = async (path: string) => {
      const f = files.get(path);
      if (!f) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return f;
    };
    const ok = await appResponse(APP_INDEX_URL, ROOT, read, CONTENT_SECURITY_POLICY);
    expect(ok.status).toBe(200);
    expect(ok.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    expect(new TextDecoder().decode(ok.body as Uint8Array)).toBe('<!doctype html>');
    expect((await appResponse('app://bundle/assets/gone.js', ROOT, read, CONTENT_SECURITY_POLICY)).status).toBe(404);
    expect((await appResponse('app://bundle/../../etc/passwd', ROOT, read, CONTENT_SECURITY_POLICY)).status).toBe(404);
  });

  it('the scheme is standard and secure (a real origin for IndexedDB, CSP “self” and module workers)', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('navigation stays on app://bundle; another host of the scheme is not the app', () => {
    expect(isAppUrl('app://bundle/index.html#/draft/abc', APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://bundle/other.html', APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://evil/index.html', APP_INDEX_URL)).toBe(false);
    expect(isAppUrl('app://bundle.evil/index.html', APP_INDEX_URL)).toBe(false);
    expect(isAppUrl('app://x@bundle/index.html', APP_INDEX_URL)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', APP_INDEX_URL)).toBe(false);
    expect(navigationDecision('app://evil/', APP_INDEX_URL)).toBe('deny');
  });
});
