import type { Session } from 'electron';

/**
 * Web permissions the app's pages get: none. The app needs no camera, microphone, location,
 * notifications, clipboard API, MIDI, HID/USB/serial devices, fonts list, storage persistence…;
 * copy and paste go through the menu's editing roles, which ask no permission. Data: a permission
 * the app one day needs is added here, with a test.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/** Whether a page may have `permission` (asked or merely checked). */
export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

/** The parts of an Electron session that decide permissions. */
export type PermissionTarget = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * Installs the policy on a session: permission requests are answered (never left pending), checks
 * and device permissions (HID, USB, serial) refused. main/index.ts applies it to every session the
 * app creates (the default one, the print windows' one, any other).
 */
export function applyPermissionPolicy(session: PermissionTarget): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
}
