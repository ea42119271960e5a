// Measures the JavaScript a built page loads: its module scripts and island chunks, with imports followed,
// in bytes raw and gzip. Used by the budget test (and later the benchmark).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every JS file a page loads (root-relative paths under the site), following static and dynamic imports. */
export function scriptsOf(dir, page, base = '/') {
  const html = readFileSync(join(dir, page), 'utf8');
  const pageDir = posix.dirname(`${base}${page}`);
  const entries = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
  ].map((src) => posix.resolve(pageDir, src));
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !url.endsWith('.js')) continue;
    seen.add(url);
    const code = readFileSync(join(dir, url.slice(base.length)), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      queue.push(posix.resolve(posix.dirname(url), m[1]));
    }
  }
  return [...seen];
}

/** Bytes (raw and gzip) of the given files of a built site. */
export function weigh(dir, urls, base = '/') {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = readFileSync(join(dir, url.slice(base.length)));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}
