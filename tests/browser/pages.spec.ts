import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { embedPages, sitePages, watch } from './helpers';

for (const path of [...sitePages, ...embedPages]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} (${colorScheme}): loads cleanly, stays on its origin, passes axe`, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme });
      const problems = watch(page, new URL(baseURL!).origin);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

test('every page has hreflang alternates for both languages and x-default, and a canonical link', async ({ page }) => {
  for (const path of sitePages) {
    await page.goto(path);
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(hreflangs.sort(), path).toEqual(['de', 'en', 'x-default']);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveCount(1);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data['@type'], path).toBe('NewsArticle');
    expect(data.datePublished, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.dateModified, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});

test('the language switch keeps the reader on the same page, both ways', async ({ page }) => {
  for (const path of sitePages) {
    await page.goto(path);
    const lang = await page.locator('html').getAttribute('lang');
    await page.locator('.site-header__lang').click();
    const other = await page.locator('html').getAttribute('lang');
    expect(other, path).not.toBe(lang);
    const alternate = await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');
    await page.locator('.site-header__lang').click();
    expect(new URL(page.url()).pathname, path).toBe(path);
    expect(new URL(alternate!).pathname).toBe(path);
  }
});

test('the footer says as of when and when last reviewed, in both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.site-footer')).toContainText(/Berichtsstand: \d+\. \w+ \d{4}/);
  await expect(page.locator('.site-footer')).toContainText(/Zuletzt geprüft: \d+\. \w+ \d{4}/);
  await page.goto('/en/');
  await expect(page.locator('.site-footer')).toContainText(/Reporting as of \d+ \w+ \d{4}/);
  await expect(page.locator('.site-footer')).toContainText(/Last reviewed \d+ \w+ \d{4}/);
});

test('an unknown address gets the 404 page in both languages, accessible', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await expect(page.locator('h1')).toHaveText('Seite nicht gefunden');
  await expect(page.locator('[lang="en"] h2')).toHaveText('Page not found');
});
