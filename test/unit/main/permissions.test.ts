import { describe, expect, it } from 'vitest';
import {
  applyPermissionPolicy,
  GRANTED_PERMISSIONS,
  isPermissionGranted,
  type PermissionTarget,
} from '../../../src-main/main/permissions';

type Handler = (...args: unknown[]) => unknown;

/** A session that records the handlers installed on it. */
function fakeSession() {
  const handlers: Record<string, Handler | null> = {};
  const record = (name: string) => (handler: Handler | null) => {
    handlers[name] = handler;
  };
  const session = {
    setPermissionRequestHandler: record('request'),
    setPermissionCheckHandler: record('check'),
    setDevicePermissionHandler: record('device'),
  } as unknown as PermissionTarget;
  return { session, handlers };
}

/** Every permission name Electron 45 may ask about (electron.d.ts), and a few it may add. */
const PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
  'some-future-permission',
  '',
];

describe('permission policy', () => {
  it('grants nothing', () => {
    expect(GRANTED_PERMISSIONS.size).toBe(0);
    for (const p of PERMISSIONS) expect(isPermissionGranted(p), p).toBe(false);
  });

  it('installs request, check and device handlers that refuse everything', () => {
    const { session, handlers } = fakeSession();
    applyPermissionPolicy(session);
    expect(Object.keys(handlers).sort()).toEqual(['check', 'device', 'request']);
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      handlers.request!({ id: 1 }, permission, (granted: boolean) => answers.push(granted), {
        requestingUrl: 'app://bundle/index.html',
      });
      expect(answers, permission).toEqual([false]); // answered at once, never left pending
      expect(handlers.check!({ id: 1 }, permission, 'app://bundle', {}), permission).toBe(false);
      expect(handlers.check!(null, permission, 'https://evil.example', {}), permission).toBe(false);
    }
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(handlers.device!({ deviceType, origin: 'app://bundle', device: {} })).toBe(false);
    }
  });
});
