import { describe, expect, it } from 'vitest';
import { isLocalDevServerUrl, startupEnvironment } from '../../../src-main/main/startup-environment';

const DEV_ENV = {
  ELECTRON_RENDERER_URL: 'http://localhost:5173/',
  BUDGET_TEST_USER_DATA: '/tmp/e2e-data',
  BUDGET_TEST_SAVE_DIR: '/tmp/e2e-out',
  BUDGET_TEST_OPEN_FILE: '/tmp/in/a.budget.json',
};
const NOTHING = { devServerUrl: null, hooks: { userData: null, saveDir: null, openFile: null } };

describe('startupEnvironment (dev-only variables)', () => {
  it('npm start and the end-to-end tests (not packaged): the dev server and the hooks are used', () => {
    expect(startupEnvironment(DEV_ENV, false)).toEqual({
      devServerUrl: 'http://localhost:5173/',
      hooks: { userData: '/tmp/e2e-data', saveDir: '/tmp/e2e-out', openFile: '/tmp/in/a.budget.json' },
    });
  });

  it('an installed (packaged) app ignores every one of them', () => {
    expect(startupEnvironment(DEV_ENV, true)).toEqual(NOTHING);
    expect(startupEnvironment({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, true).devServerUrl).toBeNull();
  });

  it('nothing set: nothing changes', () => {
    expect(startupEnvironment({}, false)).toEqual(NOTHING);
  });

  it.each([
    'https://evil.example/',
    'http://evil.example:5173/',
    'http://localhost.evil.example:5173/',
    'http://localhost:5173@evil.example/',
    'http://user:pass@localhost:5173/',
    'http://192.168.1.10:5173/',
    'http://0.0.0.0:5173/',
    'file:///C:/Users/x/Downloads/evil.html',
    'app://bundle/index.html',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    '',
    'localhost:5173',
  ])('even unpackaged, the main window is never pointed at %j', (url) => {
    expect(isLocalDevServerUrl(url)).toBe(false);
    expect(startupEnvironment({ ELECTRON_RENDERER_URL: url }, false).devServerUrl).toBeNull();
  });

  it.each(['http://localhost:5173/', 'http://127.0.0.1:5173', 'http://[::1]:5173/', 'https://LOCALHOST:5173/'])(
    'accepts the dev server on this machine: %s',
    (url) => {
      expect(startupEnvironment({ ELECTRON_RENDERER_URL: url }, false).devServerUrl).toBe(url);
    },
  );
});
