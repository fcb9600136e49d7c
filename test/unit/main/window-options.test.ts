import { describe, expect, it } from 'vitest';
import {
  APP_TITLE,
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  mainWindowOptions,
  printWindowOptions,
} from '../../../src-main/main/window-options';

/** Every source expression of a policy, by directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name, sources];
      }),
  );
}

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the page, with the preload bridge as its only door', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(options.webPreferences?.nodeIntegrationInWorker).toBe(false);
    expect(options.webPreferences?.webviewTag).toBe(false);
    expect(options.webPreferences?.allowRunningInsecureContent).toBe(false);
  });

  it('sets nothing that would weaken the page', () => {
    const prefs = options.webPreferences as Record<string, unknown>;
    for (const key of [
      'enableRemoteModule',
      'experimentalFeatures',
      'enableBlinkFeatures',
      'nodeIntegrationInSubFrames',
      'partition',
      'session',
    ]) {
      expect(prefs[key], key).toBeUndefined();
    }
    expect(Object.keys(prefs).sort()).toEqual([
      'allowRunningInsecureContent',
      'contextIsolation',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'preload',
      'sandbox',
      'spellcheck',
      'webSecurity',
      'webviewTag',
    ]);
  });

  it('shows the Chinese menu bar', () => {
    expect(options.autoHideMenuBar).toBe(false);
  });

  it('opens at 1366×768 with the product title', () => {
    expect(options).toMatchObject({ width: 1366, height: 768, title: APP_TITLE });
    expect(APP_TITLE).toBe('部门预算公开编制');
  });
});

describe.each([
  ['production', CONTENT_SECURITY_POLICY],
  ['dev server', DEV_CONTENT_SECURITY_POLICY],
])('Content Security Policy (%s)', (_name, policy) => {
  const parsed = directives(policy);
  const sources = [...parsed.values()].flat();

  it('allows no remote source', () => {
    expect(policy).not.toMatch(/https?:/i);
    expect(policy).not.toMatch(/wss?:/i);
    expect(sources).not.toContain('*');
    // Every source is a keyword ('self', 'none', …) or data: — never a host.
    for (const s of sources) expect(s).toMatch(/^('[a-z-]+'|data:)$/);
  });

  it('forbids eval and plugins and keeps everything else to the app itself', () => {
    expect(policy).not.toContain("'unsafe-eval'");
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('printWindowOptions', () => {
  it('is hidden, sandboxed, without preload, in its own session', () => {
    const options = printWindowOptions('print');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      partition: 'print',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('runs no JavaScript at all (the printed page is HTML and CSS only)', () => {
    expect(printWindowOptions('print').webPreferences?.javascript).toBe(false);
    // The main window needs its scripts: the default (on) is left alone there.
    expect(mainWindowOptions('/p.cjs').webPreferences?.javascript).toBeUndefined();
  });
});

describe('production policy', () => {
  it('names every directive that matters, each keeping to the app', () => {
    const parsed = directives(CONTENT_SECURITY_POLICY);
    expect(Object.fromEntries(parsed)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('needs no inline script or style', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
  });
});
