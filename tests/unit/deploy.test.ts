import { describe, expect, it } from 'vitest';
import { basePath, siteUrl } from '../../src/lib/deploy';
import { withBase } from '../../src/i18n/routes';

describe('BASE_PATH and SITE_URL', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['sub', '/sub/'],
    ['/sub/dir', '/sub/dir/'],
    ['sub/dir/', '/sub/dir/'],
    ['//a//b//', '/a/b/'],
  ])('basePath(%s) = %s', (raw, expected) => {
    expect(basePath(raw)).toBe(expected);
  });

  it.each(['/a/../b', '/a b/', '/<script>/'])('rejects unsafe BASE_PATH %s', (raw) => {
    expect(() => basePath(raw)).toThrow(/BASE_PATH/);
  });

  it.each([
    [undefined, 'http://localhost:4321'],
    ['https://example.org/', 'https://example.org'],
    ['https://example.org/ignored/path', 'https://example.org'],
  ])('siteUrl(%s) = %s', (raw, expected) => {
    expect(siteUrl(raw)).toBe(expected);
  });

  it.each(['example.org', 'ftp://example.org'])('rejects SITE_URL %s', (raw) => {
    expect(() => siteUrl(raw)).toThrow(/SITE_URL/);
  });

  it.each([
    ['/', '', '/'],
    ['/', 'en/', '/en/'],
    ['/sub/dir/', 'kraftwerk/', '/sub/dir/kraftwerk/'],
    ['/sub/dir/', '/favicon.svg', '/sub/dir/favicon.svg'],
  ])('withBase(%s, %s) = %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});
