// Benchmark: build the site, serve it compressed as a CDN would, and measure per page the bytes it loads (by kind,
// raw and gzip, imports followed), the request count, and Lighthouse (mobile) for the front page, each chapter and
// one embed page (median of 3 runs), plus the build time. Prints a table and writes docs/benchmark.md and
// .cache/bench.json. Needs CHROME_PATH. Numbers only; nothing here asserts time.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { listFiles, urlPathOf } from './site-files.mjs';

const chrome = process.env.CHROME_PATH;
if (!chrome) throw new Error('Set CHROME_PATH to a Chromium binary.');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const started = process.hrtime.bigint();
const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});
const server = spawn('node', ['scripts/serve.mjs', '--dir', 'dist', '--port', String(port), '--gzip'], { stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
await new Promise((r) => setTimeout(r, 500));

const kindOf = (type, url) =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : type === 'image' || /\.(png|svg)$/.test(url) ? 'image' : 'other';
const kinds = ['html', 'css', 'js', 'font', 'image', 'other'];

const pages = listFiles('dist').filter((f) => f.endsWith('.html') && f !== '404.html').map((f) => urlPathOf(f));
const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const weights = [];
for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const seen = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    const url = new URL(request.url());
    let raw;
    try {
      raw = statSync(`dist${url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname}`).size;
    } catch {
      raw = sizes?.responseBodySize ?? 0;
    }
    seen.push({ kind: kindOf(request.resourceType(), url.pathname), raw, transfer: sizes?.responseBodySize ?? 0 });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  // Scroll through the page so lazy content (islands, images) loads as it would for a reader.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  const row = { path, requests: seen.length };
  for (const kind of kinds) {
    row[`${kind}Raw`] = seen.filter((s) => s.kind === kind).reduce((a, s) => a + s.raw, 0);
    row[`${kind}Gzip`] = seen.filter((s) => s.kind === kind).reduce((a, s) => a + s.transfer, 0);
  }
  row.totalGzip = kinds.reduce((a, k) => a + row[`${k}Gzip`], 0);
  weights.push(row);
  await context.close();
}
await browser.close();

const lighthousePages = ['/', ...pages.filter((p) => /^\/(staatsrat|kraftwerk|krypto-politik|realitaetscheck)\/$/.test(p)), pages.find((p) => p.startsWith('/embed/de/'))].filter(Boolean);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lighthouse = [];
for (const path of lighthousePages) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(
      'npx',
      ['lighthouse', `${origin}${path}`, '--quiet', '--output=json', '--output-path=stdout', `--chrome-path=${chrome}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
        '--only-categories=performance,accessibility,best-practices,seo'],
      { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`Lighthouse failed on ${path}: ${run.stderr}`);
    const report = JSON.parse(run.stdout);
    results.push({
      performance: report.categories.performance.score * 100,
      accessibility: report.categories.accessibility.score * 100,
      bestPractices: report.categories['best-practices'].score * 100,
      seo: report.categories.seo.score * 100,
      lcp: report.audits['largest-contentful-paint'].numericValue,
      tbt: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
    });
  }
  const m = (key) => median(results.map((r) => r[key]));
  lighthouse.push({ path, performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls') });
}
server.kill();

const kb = (n) => (n / 1024).toFixed(1);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, Chromium ${spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim()}`;
const date = new Date().toISOString().slice(0, 10);
const weightTable = [
  '| page | requests | HTML | CSS | JS | fonts | images | total transfer |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...weights.map((w) => `| \`${w.path}\` | ${w.requests} | ${kb(w.htmlGzip)} (${kb(w.htmlRaw)}) | ${kb(w.cssGzip)} (${kb(w.cssRaw)}) | ${kb(w.jsGzip)} (${kb(w.jsRaw)}) | ${kb(w.fontGzip)} | ${kb(w.imageGzip)} | ${kb(w.totalGzip)} |`),
].join('\n');
const lighthouseTable = [
  '| page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...lighthouse.map((l) => `| \`${l.path}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${Math.round(l.lcp)} | ${Math.round(l.tbt)} | ${l.cls.toFixed(3)} |`),
].join('\n');
const markdown = `# Benchmark

Measured ${date} on ${machine}, by \`npm run bench\` (build, then the site served with gzip as a CDN would; a 390 px
wide Chromium loads and scrolls each page). Build time: **${buildSeconds.toFixed(1)} s**.

## Page weight (KB transferred, gzip; raw size in brackets)

${weightTable}

## Lighthouse (mobile), median of ${runs} runs

${lighthouseTable}

Embed pages carry \`noindex\` on purpose (the chapter is the canonical page), which Lighthouse's SEO score counts
against them.
`;
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/bench.json', JSON.stringify({ date, machine, buildSeconds, weights, lighthouse }, null, 2));
writeFileSync('docs/benchmark.md', markdown);
console.log(markdown);
