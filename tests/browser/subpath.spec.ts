import { expect, test } from '@playwright/test';
import { subPath } from '../../playwright.config';

// The second build (BASE_PATH=/sub/dir/, npm run build:subpath) served under that path: crawl it from its home page.
test('under a sub-path every page, link and request stays inside the base and succeeds', async ({ page }) => {
  test.setTimeout(120_000);
  const origin = `http://127.0.0.1:${process.env.E2E_SUB_PORT}`;
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin || !url.pathname.startsWith(subPath)) problems.push(`outside the base: ${r.url()}`);
  });

  const queue = [`${origin}${subPath}`];
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const links = await page.locator('a[href], link[href]').evaluateAll((els) =>
      els.map((el) => ({ href: (el as HTMLAnchorElement).href, rel: el.getAttribute('rel') ?? '' })),
    );
    for (const { href, rel } of links) {
      const target = new URL(href);
      if (target.origin !== origin) {
        // Absolute URLs (canonical, hreflang) use SITE_URL's origin; their path must still carry the base.
        if (/canonical|alternate/.test(rel) && !target.pathname.startsWith(subPath)) problems.push(`${url}: ${rel} ${href} outside the base`);
        continue;
      }
      if (!target.pathname.startsWith(subPath)) {
        problems.push(`${url}: link outside the base: ${href}`);
        continue;
      }
      target.hash = '';
      if (/\/$|\.html$/.test(target.pathname)) queue.push(target.href);
    }
  }
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThanOrEqual(12);
});
