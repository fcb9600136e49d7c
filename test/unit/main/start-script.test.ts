import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script without type declarations
import { electronBinary, nodeIsRecentEnough } from '../../../scripts/start.mjs';

describe('npm start checks before electron-vite (scripts/start.mjs)', () => {
  it('Electron’s downloader needs Node 22.12 or newer', () => {
    expect(nodeIsRecentEnough('20.20.2')).toBe(false);
    expect(nodeIsRecentEnough('22.11.0')).toBe(false);
    expect(nodeIsRecentEnough('22.12.0')).toBe(true);
    expect(nodeIsRecentEnough('24.1.0')).toBe(true);
  });

  it('finds the binary only when path.txt names a file that exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'electron-'));
    expect(electronBinary(dir)).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir)).toBeNull();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });
});
