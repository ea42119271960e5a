// Byte budgets (never time): pages without an interactive chart load no React and at most 3 KB of script (gzip);
// chapter pages at most 100 KB of script; no page more than 250 KB on first load (HTML, CSS, scripts with imports,
// preloaded fonts and eagerly loaded images; text gzipped). Prints the weight of every page.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './site-files.mjs';
import { scriptsOf, weigh } from './page-weight.mjs';

const dir = process.argv[2] ?? 'dist';
const limits = { static: 3 * 1024, chapter: 100 * 1024, firstLoad: 250 * 1024 };
const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
const problems = [];
const rows = [];

/** Other files a page loads at once: stylesheets, preloaded fonts, images without loading="lazy". */
function eagerFiles(page, html) {
  const pageDir = posix.dirname(`/${page}`);
  const refs = [
    ...[...html.matchAll(/<link[^>]*rel="(?:stylesheet|preload)"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]),
    ...[...html.matchAll(/<img[^>]*>/g)].filter((m) => !m[0].includes('loading="lazy"')).map((m) => /src="([^"]+)"/.exec(m[0])?.[1]),
  ];
  return refs.filter((r) => r && !/^[a-z]+:/.test(r)).map((r) => posix.resolve(pageDir, r));
}

const sizeOf = (url) => {
  const body = readFileSync(join(dir, url.slice(1)));
  return /\.(css|js|svg|html)$/.test(url) ? gzipSync(body, { level: 9 }).length : body.length;
};

for (const page of pages) {
  const html = readFileSync(join(dir, page), 'utf8');
  const interactive = html.includes('<astro-island');
  const scripts = scriptsOf(dir, page);
  // Scripts small enough for Astro to inline count too (JSON-LD data blocks are not scripts).
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter(Boolean)
    .reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  const gzip = weigh(dir, scripts).gzip + inline;
  // React 19 marks its elements with this symbol name; any chunk containing it carries React.
  const loadsReact = scripts.some((s) => readFileSync(join(dir, s.slice(1)), 'utf8').includes('react.transitional.element'));
  const firstLoad = gzipSync(html, { level: 9 }).length + gzip + [...new Set(eagerFiles(page, html))].reduce((sum, f) => sum + sizeOf(f), 0);
  rows.push(`${String(gzip).padStart(7)} B script  ${String(firstLoad).padStart(7)} B first load  ${interactive ? 'island ' : 'static '} ${page}`);
  if (!interactive && (loadsReact || gzip > limits.static)) {
    problems.push(`${page}: no interactive chart, yet loads ${gzip} B of script${loadsReact ? ' including React' : ''} (limit ${limits.static} B, no React)`);
  }
  if (interactive && gzip > limits.chapter) problems.push(`${page}: ${gzip} B of script (limit ${limits.chapter} B)`);
  if (firstLoad > limits.firstLoad) problems.push(`${page}: ${firstLoad} B on first load (limit ${limits.firstLoad} B)`);
}

console.log(rows.join('\n'));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Budget: ${pages.length} pages within limits (script: static ≤ ${limits.static} B without React, island pages ≤ ${limits.chapter} B; first load ≤ ${limits.firstLoad} B; gzip).`,
);
