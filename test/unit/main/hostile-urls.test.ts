import { describe, expect, it } from 'vitest';
import { externalUrl, isAllowedExternal } from '../../../src-main/main/external-links';
import { isPrintResourceAllowed, navigationDecision, windowOpenDecision } from '../../../src-main/main/navigation';

const PROD_APP = 'file:///opt/app/resources/app.asar/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';
/** The built app as it is served now (src-main/main/app-protocol.ts). */
const BUNDLE_APP = 'app://bundle/index.html';

/** URLs a page might be tricked into opening; every policy must refuse every one. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/cmd.exe',
  'file://evil.example/share/index.html',
  'file://evil.example/opt/app/resources/app.asar/out/renderer/index.html',
  'file:///opt/app/resources/app.asar/out/renderer/index.html.evil',
  'file:///opt/app/resources/app.asar/out/renderer/index.htm',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:http://localhost:5173/2f1b',
  'http://evil.example/',
  'https://evil.example/mof.gov.cn',
  'https://mof.gov.cn.evil.example/',
  'https://evilmof.gov.cn/',
  'https://www.mof.gov.cn@evil.example/',
  'https://user:pass@www.mof.gov.cn/',
  'https://www.mof.gov.cn:8443/',
  'https://www.mof.gov.cn\\@evil.example/',
  'https://www.mof.gov.cn/\r\nSet-Cookie: x',
  'http://localhost:5173.evil.example/',
  'http://localhost:5173@evil.example/',
  'http://localhost:5174/',
  'https://localhost:5173/',
  'http://127.0.0.1:5173/',
  'chrome://settings',
  'chrome-extension://abcdef/index.html',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'app://evil/index.html',
  'app://bundle.evil.example/index.html',
  'view-source:https://www.mof.gov.cn/',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=calc',
  'smb://evil.example/share',
  '\\\\evil.example\\share\\x.exe',
  'ftp://ftp.mof.gov.cn/',
  'mailto:evil@evil.example',
  'mailto:support@mof.gov.cn%0D%0ABcc:all@evil.example',
  'mailto:support@mof.gov.cn?subject=hi%0D%0ABcc:%20all@evil.example',
  'mailto:support@mof.gov.cn?bcc=all@evil.example',
  'mailto:support@mof.gov.cn?cc=all@evil.example',
  'mailto:support@mof.gov.cn,all@evil.example',
  'mailto:support@mof.gov.cn\r\nBcc: all@evil.example',
  'mailto:support@mof.gov.cn?subject=%E0%A4%A',
  // Only https goes to the system: not plain http, not mail, even to an allow-listed address.
  'http://www.mof.gov.cn/',
  'http://yss.mof.gov.cn/',
  'HTTP://czt.zj.gov.cn/',
  'mailto:support@mof.gov.cn',
  'mailto:yss@czt.zj.gov.cn?subject=%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80',
  'https:www.mof.gov.cn',
  'https:/www.mof.gov.cn/',
  'https:///www.mof.gov.cn/',
  'tel:+8657012345',
  '',
  'not a url',
];

describe('hostile URLs', () => {
  it.each(HOSTILE)('refuses %j everywhere', (url) => {
    expect(isAllowedExternal(url)).toBe(false);
    expect(externalUrl(url)).toBeNull();
    expect(windowOpenDecision(url)).toBe('deny');
    expect(navigationDecision(url, PROD_APP)).toBe('deny');
    expect(navigationDecision(url, DEV_APP)).toBe('deny');
    expect(navigationDecision(url, BUNDLE_APP)).toBe('deny');
  });
});

describe('allowed links', () => {
  it.each([
    'https://www.mof.gov.cn/zhengwuxinxi/',
    'https://yss.mof.gov.cn/',
    'https://MOF.GOV.CN/',
    'https://czt.zj.gov.cn/',
    'https://www.gov.cn/zhengce/',
    'https://www.mof.gov.cn:443/?a=1#b',
  ])('opens %s in the system browser, never in the app', (url) => {
    expect(isAllowedExternal(url)).toBe(true);
    expect(windowOpenDecision(url)).toBe('external');
    expect(navigationDecision(url, PROD_APP)).toBe('external');
  });

  it('hands the system the normalised URL it checked', () => {
    expect(externalUrl('https://MOF.GOV.CN/')).toBe('https://mof.gov.cn/');
    expect(externalUrl('https://www.mof.gov.cn:443/x?y=中文')).toBe('https://www.mof.gov.cn/x?y=%E4%B8%AD%E6%96%87');
  });

  it('keeps the app on its own page', () => {
    expect(navigationDecision(`${PROD_APP}#/draft/1`, PROD_APP)).toBe('allow');
    expect(navigationDecision('http://localhost:5173/index.html', DEV_APP)).toBe('allow');
    expect(navigationDecision('app://bundle/index.html#/draft/1', BUNDLE_APP)).toBe('allow');
    expect(windowOpenDecision(PROD_APP)).toBe('deny');
  });
});

describe('isPrintResourceAllowed', () => {
  const page = '/tmp/budget-print-ab12.html';
  it('lets the print page load itself and inline images only', () => {
    expect(isPrintResourceAllowed('file:///tmp/budget-print-ab12.html', page, 'linux')).toBe(true);
    expect(isPrintResourceAllowed('data:image/png;base64,AAAA', page, 'linux')).toBe(true);
    for (const url of HOSTILE.filter((u) => !u.startsWith('data:')))
      expect(isPrintResourceAllowed(url, page, 'linux'), url).toBe(false);
    expect(isPrintResourceAllowed('file:///tmp/other.html', page, 'linux')).toBe(false);
    expect(isPrintResourceAllowed('file://evil.example/tmp/budget-print-ab12.html', page, 'linux')).toBe(false);
    expect(isPrintResourceAllowed('https://fonts.example/x.woff2', page, 'linux')).toBe(false);
  });

  it('compares Windows paths, not URL spellings', () => {
    const winPage = 'C:\\Users\\张三\\AppData\\Local\\Temp\\budget-print-ab12.html';
    expect(
      isPrintResourceAllowed(
        'file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Local/Temp/budget-print-ab12.html',
        winPage,
        'win32',
      ),
    ).toBe(true);
    expect(
      isPrintResourceAllowed('file:///c:/users/张三/appdata/local/temp/BUDGET-print-ab12.html', winPage, 'win32'),
    ).toBe(true);
    expect(isPrintResourceAllowed('file:///C:/Windows/win.ini', winPage, 'win32')).toBe(false);
  });
});
