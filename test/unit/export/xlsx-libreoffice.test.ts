import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zhoushanDraft } from '../fixture-resources';
import { exportDraft, trickyDraft, type Exported } from './workbook-helpers';

/**
 * Acceptance: LibreOffice converts the workbooks to PDF without error, and the PDF text holds
 * every sheet title and the 收支总计 as printed. Needs `libreoffice` and poppler's `pdftotext`
 * (apt-get install -y libreoffice-calc-nogui poppler-utils); skipped, saying so, only without libreoffice.
 */
const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const hasOffice = onPath('libreoffice');
const SKIP = '未找到 libreoffice，跳过 PDF 转换检查（安装：apt-get install -y libreoffice-calc-nogui poppler-utils）';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts workbooks in one LibreOffice run (a private profile, so a running office does not interfere). */
function toPdf(files: Record<string, Exported>): Record<string, { text: string; pages: string[] }> {
  for (const [name, ex] of Object.entries(files)) writeFileSync(join(dir, `${name}.xlsx`), ex.bytes);
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...Object.keys(files).map((n) => join(dir, `${n}.xlsx`)),
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return Object.fromEntries(
    Object.keys(files).map((n) => {
      const pdf = join(dir, `${n}.pdf`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
      const pages = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) =>
        Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait',
      );
      return [n, { text, pages }];
    }),
  );
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('the workbook through LibreOffice to PDF', () => {
  it(
    'converts both layouts (and a 舍位平衡 one) and prints every title, the 收支总计, formula-like names as text',
    { timeout: 240_000 },
    async (ctx) => {
      ctx.skip(!hasOffice, SKIP);
      expect(onPath('pdftotext') && onPath('pdfinfo'), '需要 poppler-utils（pdftotext、pdfinfo）').toBe(true);
      const files = {
        national: await exportDraft(zhoushanDraft(), 'national'),
        zhejiang: await exportDraft(zhoushanDraft(), 'zhejiang'),
        balanced: await exportDraft(zhoushanDraft(), 'zhejiang', { balanceRounding: true }),
        tricky: await exportDraft(trickyDraft(), 'national'),
      };
      const pdfs = toPdf(files);
      for (const [name, ex] of Object.entries(files)) {
        const { text, pages } = pdfs[name];
        const flat = squeeze(text);
        for (const t of ex.tables) expect(flat, `${name}: ${t.title}`).toContain(squeeze(`${t.number}${t.title}`));
        for (const t of ex.tables.filter((x) => x.id === 'T01' || x.id === 'T04')) {
          for (const key of ['in:total', 'out:total'])
            expect(flat).toContain(squeeze(t.rows.find((r) => r.key === key)!.name));
        }
        expect(flat).toContain('收入总计');
        expect(flat).toContain('支出总计');
        expect(flat).toContain('2,725.60');
        // A column too narrow for its number prints ###.
        expect(text).not.toContain('###');
        expect(pages.length).toBeGreaterThanOrEqual(ex.tables.length + 1);
        expect(pages).toContain('landscape');
        expect(pages).toContain('portrait');
      }
      expect(squeeze(pdfs.zhejiang.text)).toContain('本表金额单位转换时可能存在尾数误差');
      expect(squeeze(pdfs.zhejiang.text)).toContain('市府办2022年没有使用政府性基金预算拨款安排的支出');
      expect(pdfs.tricky.text).toContain('=1+1');
      expect(pdfs.tricky.text).toContain('@SUM(A1)');
    },
  );
});
