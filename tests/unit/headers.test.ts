import { describe, expect, it } from 'vitest';
import { cachePolicy, headerRules, toHeadersFile, toNginx } from '../../src/deploy/headers';

const pages = (base: string) => [`${base}`, `${base}kraftwerk/`, `${base}embed/de/timeline/`, `${base}404.html`];

describe.each(['/', '/sub/dir/'])('header rules under base %s', (base) => {
  const set = headerRules({ base, pages: pages(base), hostScript: 'embed-host.v1.js' });
  const rule = (path: string) => set.rules.find((r) => r.path === path)!;

  it('let any site frame embed pages, and no other site frame the rest', () => {
    expect(rule(`${base}embed/de/timeline/`).headers['Content-Security-Policy']).toMatch(/^frame-ancestors \*;/);
    expect(rule(`${base}embed/de/timeline/`).headers['X-Frame-Options']).toBeUndefined();
    for (const path of [base, `${base}kraftwerk/`, `${base}404.html`]) {
      expect(rule(path).headers['Content-Security-Policy']).toMatch(/^frame-ancestors 'self';/);
      expect(rule(path).headers['X-Frame-Options']).toBe('SAMEORIGIN');
    }
  });

  it('carry only directives without hashes, so they never contradict the page policy', () => {
    for (const r of set.rules) {
      const csp = r.headers['Content-Security-Policy'];
      if (!csp) continue;
      expect(csp).not.toMatch(/script-src|style-src|sha256|sha384|nonce/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("form-action 'self'");
    }
  });

  it('cache hashed assets forever, HTML and the host script briefly', () => {
    expect(rule(`${base}_astro/*`).headers['Cache-Control']).toBe(cachePolicy.immutable);
    expect(rule(`${base}kraftwerk/`).headers['Cache-Control']).toBe(cachePolicy.html);
    expect(rule(`${base}embed-host.v1.js`).headers['Cache-Control']).toBe(cachePolicy.hostScript);
  });

  it('write _headers with the common headers once for every path', () => {
    const file = toHeadersFile(set);
    expect(file.startsWith(`${base}*\n  X-Content-Type-Options: nosniff`)).toBe(true);
    expect(file.match(/X-Content-Type-Options/g)).toHaveLength(1);
    expect(file).toContain(`${base}embed/de/timeline/\n  Cache-Control: ${cachePolicy.html}\n  Content-Security-Policy: frame-ancestors *`);
  });

  it('write an nginx include whose every location repeats the common headers', () => {
    const conf = toNginx(set);
    const locations = conf.match(/^location /gm)!.length;
    expect(locations).toBe(set.rules.length + 1);
    expect(conf.match(/add_header X-Content-Type-Options "nosniff" always;/g)).toHaveLength(locations);
    expect(conf).toContain(`location = ${base}kraftwerk/ {`);
    expect(conf).toContain(`location ^~ ${base}_astro/ {`);
    expect(conf).toContain('try_files ${uri}index.html =404;');
  });
});
