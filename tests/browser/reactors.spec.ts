import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { smallestFontPx as smallestFontPxOf, horizontalOverflow } from './helpers';

const chapters = [
  { path: '/kraftwerk/', unit1: /^Block 1: WWER-1000/, total: 'Leistung heute: 0\u00a0MW', licence: 'Russische Lizenz' },
  { path: '/en/the-plant/', unit1: /^Unit 1: VVER-1000/, total: 'Output today: 0\u00a0MW', licence: 'Russian licence' },
];

const figure = '#chart-reactor-status';
/** The chart variant the reader can see (the others are hidden by container queries). */
const visibleSvg = (page: Page) => page.locator(`${figure} .chart-variant:visible svg`);
const units = (page: Page) => visibleSvg(page).locator('.reactors__unit');
/** The detail box of the nth unit: the detail group that is a sibling of that unit. */
const detailOf = (page: Page, n: number) => units(page).nth(n).locator('xpath=following-sibling::*[contains(@class, "reactors__detail")]');

const smallestFontPx = (page: Page) => smallestFontPxOf(visibleSvg(page));


/** Run axe-core over the figure in both colour schemes; each run takes seconds, so tests that use it get more time. */
async function expectNoAxeViolations(page: Page, when: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include(figure).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${when}, ${colorScheme}`).toEqual([]);
  }
}

for (const { path, unit1, total, licence } of chapters) {
  test.describe(path, () => {
    test('without JavaScript the chart is in the HTML, legible at 320 px, and its details open on focus', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(visibleSvg(page)).toHaveCount(1);
      await expect(visibleSvg(page)).toBeVisible();
      await expect(visibleSvg(page).locator('text', { hasText: total })).toBeVisible();
      await expect(visibleSvg(page).locator('text', { hasText: licence })).toBeVisible();
      await expect(units(page)).toHaveCount(6);
      expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expect(page.locator(`${figure} table tbody tr`)).toHaveCount(6);
      await units(page).first().focus();
      await expect(detailOf(page, 0)).toBeVisible();
      await context.close();
    });

    for (const [width, columns] of [
      [320, 2],
      [375, 2],
      [480, 3],
      [768, 6],
      [1200, 6],
    ] as const) {
      test(`at ${width} px: ${columns} columns, no horizontal scrolling, text ≥ 12 px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const box = await visibleSvg(page).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        const xs = await units(page).evaluateAll((gs) => gs.map((g) => Math.round((g as SVGGElement).getBoundingClientRect().x)));
        expect(new Set(xs).size).toBe(columns);
      });
    }

    test('each unit is reached with Tab, shows its focus and its details, and axe finds nothing', async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(path);
      await expect(detailOf(page, 0)).toBeHidden();
      await expectNoAxeViolations(page, 'at rest');

      // Start from the element just before the first unit, so Tab itself moves into the chart.
      await units(page).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(units(page).first()).toBeFocused();
      await expect(units(page).first()).toHaveAttribute('aria-label', unit1);
      await expect(detailOf(page, 0)).toBeVisible();
      const ring = await units(page).first().locator('.reactors__cell').evaluate((r) => getComputedStyle(r).strokeWidth);
      expect(ring).toBe('3px');
      await expectNoAxeViolations(page, 'unit 1 focused');

      for (let n = 1; n < 6; n++) {
        await page.keyboard.press('Tab');
        await expect(units(page).nth(n)).toBeFocused();
        await expect(detailOf(page, n)).toBeVisible();
        await expect(detailOf(page, n - 1)).toBeHidden();
      }
      // The detail box never covers its own unit.
      const [unitBox, detailBox] = [await units(page).nth(5).boundingBox(), await detailOf(page, 5).boundingBox()];
      const overlaps = unitBox!.x < detailBox!.x + detailBox!.width && detailBox!.x < unitBox!.x + unitBox!.width && unitBox!.y < detailBox!.y + detailBox!.height && detailBox!.y < unitBox!.y + unitBox!.height;
      expect(overlaps).toBe(false);
      await expectNoAxeViolations(page, 'unit 6 focused');
    });

    test('hovering a unit shows its details, and they give way to the next unit hovered', async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 768, height: 900 });
      await page.goto(path);
      await units(page).nth(1).hover();
      await expect(detailOf(page, 1)).toBeVisible();
      await units(page).nth(2).hover();
      await expect(detailOf(page, 2)).toBeVisible();
      await expect(detailOf(page, 1)).toBeHidden();
      await expectNoAxeViolations(page, 'unit 3 hovered');
    });

    test('in forced-colours mode marks and cells take the system colours', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      const [fill, text] = await visibleSvg(page).evaluate((svg) => [
        getComputedStyle(svg.querySelector('.reactors__unit .reactors__net')!).fill,
        getComputedStyle(document.body).color,
      ]);
      expect(fill).toBe(text);
    });
  });
}
