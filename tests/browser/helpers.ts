import type { Locator, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { listFiles, urlPathOf } from '../../scripts/site-files.mjs';

const dist = fileURLToPath(new URL(`../../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url));

const builtPages: string[] = listFiles(dist)
  .filter((f: string) => f.endsWith('.html') && f !== '404.html')
  .map((f: string) => urlPathOf(f));

/** Every page of the site itself (base "/"): embed pages and the 404 page excluded. */
export const sitePages: string[] = builtPages.filter((p) => !p.startsWith('/embed/'));

/** Every embed page (one per chart and language). */
export const embedPages: string[] = builtPages.filter((p) => p.startsWith('/embed/'));

/** Record console errors, failed requests and requests to any other origin while a page is used. */
export function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** The smallest rendered font size of an SVG's text, in CSS pixels (a layout is scaled to its container). */
export function smallestFontPx(svg: Locator): Promise<number> {
  return svg.evaluate((el: SVGSVGElement) => {
    const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
    return Math.min(...[...el.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale));
  });
}

/** How far the page is wider than the viewport, in CSS pixels (≤ 0: no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
