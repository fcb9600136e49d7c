import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PlatformPackager } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * electron-builder.yml read and validated by electron-builder itself (its loader and JSON schema:
 * a misspelt key fails here, not at packaging time on a build machine), then turned into the fuse
 * wire it flips in the executable (`electronFuses` → @electron/fuses).
 */
describe('electron-builder.yml', () => {
  it('is a valid configuration for the installed electron-builder', async () => {
    const config = await getConfig(ROOT, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.asar).toBe(true); // onlyLoadAppFromAsar needs the app in app.asar
  });

  it('hardens the packaged executable with fuses', async () => {
    const config = await getConfig(ROOT, null, null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      // Not enforced on Linux at all, and on Windows only meaningful with a signed executable (see the yml).
      enableEmbeddedAsarIntegrityValidation: false,
    });
  });

  it('flips exactly those fuses (electron-builder’s own mapping to the fuse wire)', async () => {
    const config = await getConfig(ROOT, null, null);
    const generate = (
      PlatformPackager.prototype as unknown as {
        generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>>;
      }
    ).generateFuseConfig;
    const wire = await generate.call({}, config.electronFuses);
    expect(wire).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: undefined,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
    });
  });
});
