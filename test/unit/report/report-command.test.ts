import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, runReportCommand, type ReportIo } from '../../../src-main/cli/report-command';
import { allSections, headingText } from '../../../src-core/domain/report/model';
import { engineFor, FIXTURES, fixtureText, zhoushanDraft } from '../fixture-resources';
import { reportOf, squash } from './helpers';

const fixture = join(FIXTURES, 'zhoushan-2022.budget.json');

function io(files: Record<string, string> = {}): ReportIo & { out: string; err: string } {
  const r = {
    out: '',
    err: '',
    stdout: (s: string) => {
      r.out += s;
    },
    stderr: (s: string) => {
      r.err += s;
    },
    readFile: (p: string) => (p in files ? files[p] : readFileSync(p, 'utf8')),
  };
  return r;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'report-'));
}

describe('runReportCommand', () => {
  it('writes the HTML and exits 0', async () => {
    const dir = tempDir();
    try {
      const t = io();
      const code = await runReportCommand({ draftPath: fixture, layoutId: 'zhejiang', html: join(dir, 'r.html') }, t);
      expect(code).toBe(0);
      expect(t.out).toContain('已生成 HTML');
      const html = readFileSync(join(dir, 'r.html'), 'utf8');
      expect(html).toContain('舟山市人民政府办公室2022年部门预算');
      expect(html).toContain('<span class="num">14.</span><span class="lead">机关运行经费：</span>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('1 for a rejected draft, with the problems in Chinese', async () => {
    const doc = JSON.parse(fixtureText('zhoushan-2022.budget.json'));
    doc.expenses[0].amount = '13,6';
    const t = io({ 'bad.json': JSON.stringify(doc) });
    expect(await runReportCommand({ draftPath: 'bad.json', layoutId: 'zhejiang', html: '/tmp/never.html' }, t)).toBe(1);
    expect(t.err).toContain('无法读取为部门预算草稿');
    expect(t.err).toContain('expenses[0].amount');
  });

  it('1 when a file cannot be read or written', async () => {
    const t = io();
    expect(
      await runReportCommand({ draftPath: '/nonexistent/x.json', layoutId: 'zhejiang', html: '/tmp/x.html' }, t),
    ).toBe(1);
    expect(t.err).toContain('无法读取文件');
    const w = io();
    expect(
      await runReportCommand({ draftPath: fixture, layoutId: 'zhejiang', html: '/nonexistent/dir/r.html' }, w),
    ).toBe(1);
    expect(w.err).toContain('无法写入 HTML 文件');
  });

  it('2 for usage errors: no output asked for, unknown layout', async () => {
    expect(await runReportCommand({ draftPath: fixture, layoutId: 'zhejiang' }, io())).toBe(2);
    const t = io();
    expect(await runReportCommand({ draftPath: fixture, layoutId: 'mars', html: '/tmp/x.html' }, t)).toBe(2);
    expect(t.err).toContain('未知的版式');
  });
});

const hasChromium = existsSync(CHROMIUM_PATH);
const hasPdftotext = existsSync('/usr/bin/pdftotext');
const pdfTitle =
  hasChromium && hasPdftotext
    ? 'PDF: every section heading and table title is in the text of the printed PDF; no page ends on a heading'
    : `跳过 PDF 测试：${hasChromium ? '未安装 pdftotext（apt-get install -y poppler-utils）' : `未找到 Chromium（${CHROMIUM_PATH}），请安装 chromium`}`;

describe('runReportCommand --pdf', () => {
  it.skipIf(!hasChromium || !hasPdftotext)(
    pdfTitle,
    async () => {
      const dir = tempDir();
      try {
        const pdf = join(dir, 'report.pdf');
        const t = io();
        expect(await runReportCommand({ draftPath: fixture, layoutId: 'zhejiang', pdf }, t)).toBe(0);
        expect(t.out).toContain('已生成 PDF');
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
        const flat = squash(text);
        const engine = engineFor(zhoushanDraft(), 'zhejiang');
        const doc = reportOf(engine);
        const headings = [...doc.parts.map(headingText), ...allSections(doc).map(headingText)];
        for (const h of headings) expect(flat, h).toContain(squash(h));
        for (const table of engine.tables()) expect(flat, table.title).toContain(squash(table.title));
        const pages = text.split('\f').filter((p) => p.trim() !== '');
        // Page numbers “— N —” as official documents print them; the cover has none.
        expect(squash(pages[0])).not.toMatch(/—\d+—/);
        expect(squash(pages[1])).toContain('—2—');
        expect(squash(pages.at(-1)!)).toContain(`—${pages.length}—`);
        // No page ends on a heading (the heading would be orphaned from its text).
        const all = new Set(headings.map(squash));
        pages.forEach((page, i) => {
          const lines = page
            .split('\n')
            .map(squash)
            .filter((l) => l !== '' && !/^—\d+—$/.test(l));
          expect(all.has(lines.at(-1) ?? ''), `page ${i + 1} ends on “${lines.at(-1)}”`).toBe(false);
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
