import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { smallestFontPx as smallestFontPxOf, horizontalOverflow } from './helpers';

const chapters = [
  { path: '/kraftwerk/', russia: 'Russland', live: /Ukrainischer Plan mit 10\s%.*Russland 10\s%/ },
  { path: '/en/the-plant/', russia: 'Russia', live: /Ukraine's plan with 10%.*Russia 10%/ },
];

/** The chart variant the reader can see (the other is hidden by a container query). */
const visibleSvg = (page: Page) => page.locator('#chart-ownership-proposals .chart-variant:visible svg');

const smallestFontPx = (page: Page) => smallestFontPxOf(visibleSvg(page));

for (const { path, russia, live } of chapters) {
  test.describe(path, () => {
    test('without JavaScript the chart is in the HTML, visible and legible at 320 px', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(visibleSvg(page)).toHaveCount(1);
      await expect(visibleSvg(page)).toBeVisible();
      expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
      const overflow = await horizontalOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator('#chart-ownership-proposals table')).toHaveCount(1);
      await context.close();
    });

    for (const width of [320, 375, 768, 1200]) {
      test(`fits ${width} px without horizontal scrolling, text ≥ 12 px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const box = await visibleSvg(page).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
        const overflow = await horizontalOverflow(page);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test('the keyboard control moves part of the US half to Russia, announced and drawn', async ({ page }) => {
      await page.goto(path);
      const slider = page.locator('#chart-ownership-proposals input[type="range"]');
      await slider.scrollIntoViewIfNeeded();
      await expect(slider).toBeEnabled();
      const before = await visibleSvg(page).getAttribute('aria-label');
      await slider.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue('10');
      await expect(page.locator('#chart-ownership-proposals [aria-live="polite"]')).toHaveText(live);
      const after = await visibleSvg(page).getAttribute('aria-label');
      expect(after).not.toBe(before);
      await expect(visibleSvg(page).locator('text', { hasText: russia }).last()).toBeVisible();
      await page.keyboard.press('End');
      await expect(slider).toHaveValue('50');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => v.id), colorScheme).toEqual([]);
      }
    });

    test('hydrating the island does not move the chart or anything below it', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const chart = page.locator('#chart-ownership-proposals');
      const footer = page.locator('.site-footer');
      const before = { chart: await chart.boundingBox(), footer: await footer.boundingBox() };
      // client:visible hydrates once the chart scrolls into view.
      await chart.scrollIntoViewIfNeeded();
      await expect(page.locator('#chart-ownership-proposals input[type="range"]')).toBeEnabled();
      await page.evaluate(() => window.scrollTo(0, 0));
      const after = { chart: await chart.boundingBox(), footer: await footer.boundingBox() };
      expect(after.chart).toEqual(before.chart);
      expect(after.footer).toEqual(before.footer);
    });
  });
}
