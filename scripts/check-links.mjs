// Checks every internal link, asset reference and #anchor in the built site: each must resolve to a file
// (and an element id) under the base path. Usage: node scripts/check-links.mjs [dist] (env BASE_PATH).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, urlPathOf } from './site-files.mjs';

const dir = process.argv[2] ?? 'dist';
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');
const origin = 'http://site.invalid';
const pages = listFiles(dir).filter((f) => f.endsWith('.html'));

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const html = readFileSync(join(dir, file), 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file);
}

function fileForPath(pathname) {
  if (!pathname.startsWith(base)) return { error: `outside the base path ${base}` };
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  const found = candidates.find((c) => existsSync(join(dir, c)));
  return found ? { file: found } : { error: 'no such file' };
}

const problems = [];
let checked = 0;
for (const page of pages) {
  const html = readFileSync(join(dir, page), 'utf8');
  const pageUrl = new URL(urlPathOf(page, base), origin);
  const refs = [...html.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  for (const ref of refs) {
    if (/^(mailto:|tel:|data:|javascript:)/.test(ref)) continue;
    const url = new URL(ref, pageUrl);
    if (url.origin !== origin) continue; // external links are not ours to check here
    checked++;
    const target = fileForPath(url.pathname);
    if (target.error) {
      problems.push(`${page}: ${ref} → ${target.error}`);
      continue;
    }
    if (url.hash && target.file.endsWith('.html') && !idsOf(target.file).has(decodeURIComponent(url.hash.slice(1)))) {
      problems.push(`${page}: ${ref} → no element with id "${url.hash.slice(1)}" in ${target.file}`);
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} broken internal reference(s).`);
  process.exit(1);
}
console.log(`Links: ${checked} internal references in ${pages.length} pages, none broken.`);
