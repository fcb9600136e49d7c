import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PRINT_CONTENT_SECURITY_POLICY,
  preparePrintFolder,
  printFolder,
  removePrintPage,
  withPrintPolicy,
  writePrintPage,
} from '../../../src-main/main/print-page';
import { renderReportHtml } from '../../../src-core/report-html/render';
import { generateReport } from '../../../src-core/domain/report/generate';
import { loadStandardTerms } from '../../../src-main/cli/report-command';
import { engineFor, zhoushanDraft } from '../fixture-resources';

const posix = process.platform !== 'win32';

/** Every source expression of a policy, by directive. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );

describe('the printed page’s Content-Security-Policy', () => {
  it('allows inline styles and data: images only: no script, no request', () => {
    expect(directives(PRINT_CONTENT_SECURITY_POLICY)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ['data:'],
      'font-src': ['data:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('is the first element of the page, after the doctype', () => {
    const html =
      '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><script>alert(1)</script></head><body>x</body></html>';
    const out = withPrintPolicy(html);
    expect(
      out.startsWith(
        '<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'none\';',
      ),
    ).toBe(true);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script>'));
    expect(
      out.endsWith(
        '\n<html lang="zh-CN"><head><meta charset="utf-8"><script>alert(1)</script></head><body>x</body></html>',
      ),
    ).toBe(true);
    // No doctype (or something before it): at the very start.
    expect(withPrintPolicy('<p>x</p>')).toMatch(
      /^<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" [^>]+><p>x<\/p>$/,
    );
  });

  it('fits the real report: inline <style>, inline SVG charts, nothing loaded from anywhere', () => {
    const engine = engineFor(zhoushanDraft());
    const html = renderReportHtml(generateReport(engine, { standardTerms: loadStandardTerms() }), engine.tables(), {
      cssPageNumbers: true,
    });
    expect(html).toContain('<style>');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|<iframe|<object|@import|@font-face|\bsrc=|url\(/i);
  });
});

describe('print page files', () => {
  let root = '';
  let dir = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'budget-print-'));
    dir = printFolder(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('live in {userData}/print, a folder only the user can enter', async () => {
    expect(dir).toBe(join(root, 'print'));
    await preparePrintFolder(dir);
    expect((await lstat(dir)).isDirectory()).toBe(true);
    if (posix) expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it.runIf(posix)('tighten a folder that existed with looser rights', async () => {
    await mkdir(dir, { mode: 0o755 });
    await chmod(dir, 0o755);
    await preparePrintFolder(dir);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('are written with the policy, readable by the user only, under an unguessable name, and removed', async () => {
    await preparePrintFolder(dir);
    const file = await writePrintPage(dir, '<!doctype html><p>情况说明</p>');
    expect(file).toMatch(/[/\\]print[/\\]page-[0-9a-f]{32}\.html$/);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`);
    expect(text).toContain('<p>情况说明</p>');
    if (posix) expect((await stat(file)).mode & 0o777).toBe(0o600);
    await removePrintPage(file);
    expect(await readdir(dir)).toEqual([]);
    await expect(removePrintPage(file)).resolves.toBeUndefined(); // already gone: no error
  });

  it('never overwrite an existing file (exclusive create)', async () => {
    await preparePrintFolder(dir);
    const token = 'a'.repeat(32);
    await writePrintPage(dir, '<p>1</p>', token);
    await expect(writePrintPage(dir, '<p>2</p>', token)).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('left behind by a crash are removed at the next start; other files are left alone', async () => {
    await preparePrintFolder(dir);
    await writePrintPage(dir, '<p>old</p>');
    await writeFile(join(dir, 'notes.txt'), 'keep');
    expect(await readdir(dir)).toHaveLength(2);
    await preparePrintFolder(dir);
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it.runIf(posix)('refuse a folder that is a symbolic link (pages could be written elsewhere)', async () => {
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, dir);
    await expect(preparePrintFolder(dir)).rejects.toThrow('不是普通文件夹');
  });
});
