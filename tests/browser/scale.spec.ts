import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { smallestFontPx as smallestFontPxOf, horizontalOverflow } from './helpers';

const chapters = [
  { path: '/realitaetscheck/', wrong: 'in den Berichten falsch', table: 'Daten als Tabelle' },
  { path: '/en/reality-check/', wrong: 'wrong in the reports', table: 'Data as a table' },
];
const figure = '#chart-power-scale';

/** The chart variant the reader can see (the others are hidden by container queries). */
const visibleSvg = (page: Page) => page.locator(`${figure} .chart-variant:visible svg`);

const smallestFontPx = (page: Page) => smallestFontPxOf(visibleSvg(page));

/** Text drawn outside the chart's own box, measured with the real font: should be none. */
async function clippedText(page: Page): Promise<string[]> {
  return visibleSvg(page).evaluate((svg: SVGSVGElement) => {
    const { width, height } = svg.viewBox.baseVal;
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const b = t.getBBox();
        return b.x < -0.5 || b.y < -0.5 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5;
      })
      .map((t) => t.textContent ?? '');
  });
}

/** Value labels that touch their own mark, measured with the real font: should be none. */
async function valuesOnMarks(page: Page): Promise<string[]> {
  return visibleSvg(page).evaluate((svg: SVGSVGElement) =>
    [...svg.querySelectorAll('.scale-row')].flatMap((row) => {
      const value = row.querySelector<SVGTextElement>('.scale-value')!.getBBox();
      const mark = row.querySelector<SVGGraphicsElement>('.scale-mark')!.getBBox();
      const apart = value.x >= mark.x + mark.width || value.x + value.width <= mark.x;
      return apart ? [] : [row.querySelector('.scale-value')!.textContent ?? ''];
    }),
  );
}


for (const { path, wrong, table } of chapters) {
  test.describe(`${path} scale comparison`, () => {
    test('without JavaScript the chart is in the HTML, visible and legible at 320 px, and ships no script', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(visibleSvg(page)).toHaveCount(1);
      await expect(visibleSvg(page)).toBeVisible();
      expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expect(visibleSvg(page).locator('tspan', { hasText: wrong })).toHaveCount(1);
      await expect(page.locator(`${figure} astro-island, ${figure} script`)).toHaveCount(0);
      await expect(page.locator(`${figure} table tbody tr`)).toHaveCount(6);
      await context.close();
    });

    for (const width of [320, 375, 768, 1200]) {
      test(`fits ${width} px without horizontal scrolling, text ≥ 12 px, no label clipped or on its mark`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const box = await visibleSvg(page).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await clippedText(page)).toEqual([]);
        expect(await valuesOnMarks(page)).toEqual([]);
      });
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${colorScheme}: the data table opens by keyboard and the figure passes axe before and after`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const axe = () => new AxeBuilder({ page }).include(figure).analyze();
        expect((await axe()).violations.map((v) => v.id)).toEqual([]);
        const summary = page.locator(`${figure} details.figure__data summary`);
        await summary.focus();
        await expect(summary).toBeFocused();
        await expect(summary).toHaveText(table);
        await page.keyboard.press('Enter');
        await expect(page.locator(`${figure} table`)).toBeVisible();
        await expect(page.locator(`${figure} table tbody tr`).first()).toContainText(wrong);
        expect((await axe()).violations.map((v) => v.id)).toEqual([]);
      });
    }

    test('in forced-colours mode doubtful figures stay hollow and solid ones filled, in system colours', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      const fill = (selector: string) => visibleSvg(page).locator(selector).first().evaluate((el) => getComputedStyle(el).fill);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await fill('.scale-mark--wrong-in-reports')).toBe(background);
      expect(await fill('.scale-mark--confirmed')).not.toBe(background);
    });
  });
}
