import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The printed disclosure is loaded by a hidden window from a file (a data: URL is limited to 2 MB).
 * Those files live in a private folder of the user's data folder, not in the shared temp folder
 * (`/tmp` is readable by every local user, and the disclosure is internal until published):
 * `{userData}/print`, created with mode 0700, each page 0600, removed when its window closes and,
 * should the app have crashed meanwhile, at the next start. (Windows ignores the modes; the data
 * folder under %APPDATA% is the user's own.)
 */
export const PRINT_FOLDER = 'print';

export const printFolder = (userData: string): string => join(userData, PRINT_FOLDER);

const PAGE = /^page-[0-9a-f]{32}\.html$/;

/**
 * Content-Security-Policy of a printed page (the page also runs with JavaScript off): its inline
 * styles, inline SVG charts and data: images; no script, no request anywhere. The report uses the
 * fonts installed on the computer only (src-core/report-html/styles.ts); `font-src data:`
 * admits embedded fonts should a layout ever carry one.
 */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const POLICY_META = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`;

/**
 * The page with the policy as its first element (a policy in a meta tag covers what follows it):
 * right after a leading `<!DOCTYPE html>` (kept first, for standards mode), else at the very start.
 * A policy the page declares itself can only narrow this one further.
 */
export function withPrintPolicy(html: string): string {
  const doctype = /^\uFEFF?\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<meta charset="utf-8">${POLICY_META}${html.slice(at)}`;
}

/**
 * Creates the private folder (0700, also tightened if it existed looser) and removes pages left by
 * a crash. Refuses a folder that is a symbolic link or not a folder.
 */
export async function preparePrintFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const info = await lstat(dir);
  if (info.isSymbolicLink() || !info.isDirectory())
    throw new Error(`打印用的临时文件夹“${dir}”不是普通文件夹，无法打印。`);
  if (process.platform !== 'win32') await chmod(dir, 0o700);
  for (const name of await readdir(dir)) {
    if (PAGE.test(name)) await rm(join(dir, name), { force: true });
  }
}

/** Writes one page (policy added) under a new random name, readable by the user only; returns its path. */
export async function writePrintPage(
  dir: string,
  html: string,
  token: string = randomBytes(16).toString('hex'),
): Promise<string> {
  const file = join(dir, `page-${token}.html`);
  await writeFile(file, withPrintPolicy(html), { encoding: 'utf8', flag: 'wx', mode: 0o600 });
  return file;
}

export async function removePrintPage(file: string): Promise<void> {
  await rm(file, { force: true });
}
