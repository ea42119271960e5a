import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { smallestFontPx as smallestFontPxOf, horizontalOverflow } from './helpers';

const chapters = [
  {
    path: '/krypto-politik/',
    second: 'Letzter Strom aus dem Kraftwerk',
    last: 'Ende des Mining-Verbots (geplant)',
    today: /^Heute: 15\. März 2027$/,
    built: /^Heute: \d{1,2}\. \S+ \d{4}$/,
  },
  {
    path: '/en/crypto-policy/',
    second: "Plant's last power generation",
    last: 'End of the mining ban (planned)',
    today: /^Today: 15 March 2027$/,
    built: /^Today: \d{1,2} \S+ \d{4}$/,
  },
];

const figure = (page: Page) => page.locator('#chart-timeline');
/** The chart variant the reader can see (the others are hidden by container queries). */
const visibleSvg = (page: Page) => page.locator('#chart-timeline .chart-variant:visible svg');
const todayLabel = (page: Page) => visibleSvg(page).locator('.timeline-today text');

const smallestFontPx = (page: Page) => smallestFontPxOf(visibleSvg(page));

/** Scroll the chart into view (client:visible) and wait until the island runs. */
async function hydrate(page: Page) {
  await figure(page).scrollIntoViewIfNeeded();
  await expect(figure(page).locator('.timeline--ready')).toHaveCount(1, { timeout: 20_000 });
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await horizontalOverflow(page);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectNoAxeViolations(page: Page, when: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('#chart-timeline').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${when}, ${colorScheme}`,
    ).toEqual([]);
  }
}

for (const { path, second, last, today, built } of chapters) {
  test.describe(path, () => {
    test('without JavaScript every event is in the chart, the list and the table, legible at 320 px', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(visibleSvg(page)).toHaveCount(1);
      await expect(visibleSvg(page)).toBeVisible();
      await expect(visibleSvg(page)).toHaveClass(/timeline-svg--vertical/);
      expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
      await expectNoHorizontalScroll(page);
      const items = figure(page).locator('.timeline__item');
      await expect(items).toHaveCount(15);
      await expect(items.nth(14)).toContainText(last);
      await expect(figure(page).locator('table tbody tr')).toHaveCount(15);
      // The narrow chart labels every event; the first event's details are shown.
      await expect(visibleSvg(page).locator('.timeline-label')).toHaveCount(15);
      await expect(items.first()).toContainText((await figure(page).locator('.timeline__details-title').textContent())!);
      await expect(todayLabel(page)).toHaveText(built);
      await context.close();
    });

    for (const width of [320, 375, 768, 1200]) {
      test(`fits ${width} px without horizontal scrolling, text ≥ 12 px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await figure(page).scrollIntoViewIfNeeded();
        const box = await visibleSvg(page).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
        await expect(visibleSvg(page)).toHaveClass(width < 450 ? /timeline-svg--vertical/ : /timeline-svg--horizontal/);
        await expectNoHorizontalScroll(page);
      });
    }

    test('arrow keys, Home and End move through the events in date order and announce each one', async ({ page }) => {
      // axe runs six times here (three steps, two colour schemes).
      test.setTimeout(180_000);
      await page.goto(path);
      await hydrate(page);
      const list = figure(page).getByRole('listbox');
      const details = figure(page).locator('.timeline__details');
      await expect(details).toHaveAttribute('aria-live', 'polite');
      const selected = () => figure(page).getByRole('option', { selected: true });

      await list.focus();
      await expect(list).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(selected()).toContainText(second);
      await expect(details).toContainText(second);
      await expect(visibleSvg(page).locator('.timeline-marker--selected')).toHaveCount(1);
      await expect(list).toHaveAttribute('aria-activedescendant', (await selected().getAttribute('id'))!);
      await expectNoAxeViolations(page, 'after ArrowRight');

      await page.keyboard.press('End');
      await expect(selected()).toContainText(last);
      await expect(details).toContainText(last);
      await expect(details.locator('a').first()).toHaveAttribute('href', /#source-/);
      await page.keyboard.press('ArrowRight');
      await expect(selected()).toContainText(last);
      await expectNoAxeViolations(page, 'after End');

      await page.keyboard.press('ArrowLeft');
      await expect(figure(page).getByRole('option').nth(13)).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Home');
      await expect(figure(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowDown');
      await expect(selected()).toContainText(second);
      await expectNoAxeViolations(page, 'after Home and ArrowDown');
    });

    test('a click on a marker or an entry selects that event', async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(path);
      await hydrate(page);
      const details = figure(page).locator('.timeline__details');
      await visibleSvg(page).locator('[data-events="mining-ban-end"]').click();
      await expect(details).toContainText(last);
      await figure(page).getByRole('option').nth(1).click();
      await expect(details).toContainText(second);
      await expectNoAxeViolations(page, 'after clicks');
    });

    test('"today" is the build date in the HTML and the reader’s date after hydration, and nothing moves', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2027-03-15T12:00:00'));
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      // client:visible: the island has not run while the chart is out of view.
      await expect(figure(page).locator('.timeline--ready')).toHaveCount(0);
      await expect(todayLabel(page)).toHaveText(built);
      const footer = page.locator('.site-footer');
      const marker = visibleSvg(page).locator('.timeline-today line');
      const before = { figure: await figure(page).boundingBox(), footer: await footer.boundingBox(), line: await marker.getAttribute('y1') };

      await hydrate(page);
      await expect(todayLabel(page)).toHaveText(today);
      await page.evaluate(() => window.scrollTo(0, 0));
      const after = { figure: await figure(page).boundingBox(), footer: await footer.boundingBox(), line: await marker.getAttribute('y1') };
      expect(after.figure).toEqual(before.figure);
      expect(after.footer).toEqual(before.footer);
      expect(Number(after.line)).toBeGreaterThan(Number(before.line));
    });

    test('forced colours keep the markers and the selection visible', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      await hydrate(page);
      const fill = await visibleSvg(page)
        .locator('.timeline-marker:not(.timeline-marker--planned) .timeline-marker__shape')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(fill).not.toBe(background);
      await expect(visibleSvg(page).locator('.timeline-marker--selected')).toHaveCount(1);
    });
  });
}
