// The JavaScript budget, in bytes (never time): pages without an interactive chart load no React and at most
// 3 KB of script (gzip); chapter pages at most 100 KB. Prints the weight of every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site-files.mjs';
import { scriptsOf, weigh } from './page-weight.mjs';

const dir = process.argv[2] ?? 'dist';
const limits = { static: 3 * 1024, chapter: 100 * 1024 };
const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
const problems = [];
const rows = [];

for (const page of pages) {
  const html = readFileSync(join(dir, page), 'utf8');
  const interactive = html.includes('<astro-island');
  const scripts = scriptsOf(dir, page);
  const { gzip } = weigh(dir, scripts);
  // React 19 marks its elements with this symbol name; any chunk containing it carries React.
  const loadsReact = scripts.some((s) => readFileSync(join(dir, s.slice(1)), 'utf8').includes('react.transitional.element'));
  rows.push(`${String(gzip).padStart(7)} B gzip  ${scripts.length} files  ${interactive ? 'island ' : 'static '} ${page}`);
  if (!interactive && (loadsReact || gzip > limits.static)) {
    problems.push(`${page}: no interactive chart, yet loads ${gzip} B of script${loadsReact ? ' including React' : ''} (limit ${limits.static} B, no React)`);
  }
  if (interactive && gzip > limits.chapter) problems.push(`${page}: ${gzip} B of script (limit ${limits.chapter} B)`);
}

console.log(rows.join('\n'));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Budget: ${pages.length} pages within limits (static ≤ ${limits.static} B, chapter ≤ ${limits.chapter} B, gzip).`);
