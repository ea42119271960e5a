import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { palette } from '../../src/charts/palette';
import { smallestFontPx as smallestFontPxOf, horizontalOverflow } from './helpers';

const chapters = [
  { path: '/kraftwerk/', labels: ['AKW Saporischschja', 'bei Enerhodar', 'Kyjiw', 'Krim', '(Ukraine)'], coordinates: '47,512° N, 34,586° O' },
  { path: '/en/the-plant/', labels: ['Zaporizhzhia NPP', 'near Enerhodar', 'Kyiv', 'Crimea', '(Ukraine)'], coordinates: '47.512° N, 34.586° E' },
];

const figure = (page: Page) => page.locator('#chart-locator-map');
/** The map variant the reader can see (the others are hidden by container queries). */
const visibleSvg = (page: Page) => page.locator('#chart-locator-map .chart-variant:visible svg');

const smallestFontPx = (page: Page) => smallestFontPxOf(visibleSvg(page));

/** Labels whose drawn box reaches outside the SVG's view box (they would be cut off). */
async function clippedLabels(page: Page): Promise<string[]> {
  return visibleSvg(page).evaluate((svg: SVGSVGElement) => {
    const view = svg.viewBox.baseVal;
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const b = t.getBBox();
        return b.x < -0.5 || b.y < -0.5 || b.x + b.width > view.width + 0.5 || b.y + b.height > view.height + 0.5;
      })
      .map((t) => t.textContent ?? '');
  });
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

for (const { path, labels, coordinates } of chapters) {
  test.describe(path, () => {
    test('without JavaScript the map is in the HTML, labelled, legible at 320 px, with its table and note', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(visibleSvg(page)).toHaveCount(1);
      await expect(visibleSvg(page)).toBeVisible();
      for (const label of labels) await expect(visibleSvg(page).locator('tspan', { hasText: label }).first()).toBeVisible();
      expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expect(figure(page).locator('table')).toHaveCount(1);
      await expect(figure(page).locator('.locator-note')).toBeVisible();
      // Static: nothing in the figure hydrates or runs.
      await expect(figure(page).locator('astro-island, script')).toHaveCount(0);
      await context.close();
    });

    for (const width of [320, 1200]) {
      test(`fits ${width} px without horizontal scrolling, text ≥ 12 px, no label cut off`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const box = await visibleSvg(page).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
        expect(await clippedLabels(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      });
    }

    test('the map has no keyboard stops of its own; its data table opens by keyboard; axe passes in light and dark', async ({ page }) => {
      // Two axe runs over a figure with three map layouts take a while on a busy machine.
      test.setTimeout(120_000);
      await page.goto(path);
      await expect(visibleSvg(page).locator('[tabindex]')).toHaveCount(0);
      const summary = figure(page).locator('.figure__data summary');
      await summary.focus();
      const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(figure(page).locator('table')).toBeVisible();
      await expect(figure(page).locator('tbody tr').first()).toContainText(coordinates);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const hatch = await visibleSvg(page).locator('.locator-hatch--plant').first().evaluate((el) => getComputedStyle(el).stroke);
        expect(hatch, colorScheme).toBe(rgb(palette[colorScheme].mapPlant));
        const axe = await new AxeBuilder({ page }).include('#chart-locator-map').analyze();
        expect(axe.violations.map((v) => v.id), colorScheme).toEqual([]);
      }
    });

    test('in forced-colours mode the map keeps its outlines, hatching and labels in system colours', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      const colours = await visibleSvg(page).evaluate((svg) => {
        const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
        return {
          water: style('.locator-water').fill,
          land: style('.locator-land').fill,
          outline: style('.locator-ukraine').stroke,
          hatch: style('.locator-hatch--donbas').stroke,
          label: style('.locator-label').fill,
        };
      });
      expect(colours.land).toBe(colours.water);
      expect(colours.hatch).toBe(colours.label);
      expect(colours.outline).toBe(colours.label);
      expect(colours.label).not.toBe(colours.water);
    });
  });
}
