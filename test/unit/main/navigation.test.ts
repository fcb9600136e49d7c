import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../src-main/main/navigation';

describe('isAppUrl', () => {
  it('keeps the built app to its own index.html', () => {
    const app = 'file:///opt/app/out/renderer/index.html';
    expect(isAppUrl('file:///opt/app/out/renderer/index.html#T01', app)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('https://www.mof.gov.cn/', app)).toBe(false);
  });

  it('keeps the dev build to the dev server origin', () => {
    const app = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/index.html', app)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', app)).toBe(false);
    expect(isAppUrl('https://example.com/', app)).toBe(false);
  });

  it('refuses what is not a URL', () => {
    expect(isAppUrl('not a url', 'http://localhost:5173/')).toBe(false);
  });
});
