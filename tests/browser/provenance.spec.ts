import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { smallestFontPx as smallestFontPxOf, horizontalOverflow } from './helpers';

const chapters = [
  {
    path: '/staatsrat/',
    first: /^Putins Äußerungen vor Wirtschaftsvertretern\. 24\. Dezember 2025/,
    last: /^AMBCrypto\. .*Derselbe Artikel wie in Kette 1/,
    inferred: 'erschlossen',
    step5: /Von „AMBCrypto“ zu „Deutscher Artikel B“ \(Datum unbekannt, erschlossen\)/,
  },
  {
    path: '/en/state-council/',
    first: /^Putin's remarks to business leaders\. 24 December 2025/,
    last: /^AMBCrypto\. .*Same article as in chain 1/,
    inferred: 'inferred',
    step5: /From AMBCrypto to German article B \(date not known, inferred\)/,
  },
];
const nodeCount = 9;
const stepCount = 7;

const figure = (page: Page) => page.locator('#chart-claim-provenance');
/** The chart variant the reader can see (the others are hidden by container queries). */
const visibleSvg = (page: Page) => figure(page).locator('.chart-variant:visible svg');
const nodes = (page: Page) => visibleSvg(page).locator('.provenance-node');

const smallestFontPx = (page: Page) => smallestFontPxOf(visibleSvg(page));


/** Put focus on whatever comes just before the chart, so that the next Tab enters it as a reader's would. */
async function focusBeforeChart(page: Page) {
  await page.evaluate(() => {
    const focusable = [...document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, summary, [tabindex="0"]')].filter(
      (el) => el.getClientRects().length > 0,
    );
    const first = focusable.findIndex((el) => el.classList.contains('provenance-node'));
    focusable[first - 1].focus();
  });
}

/** axe-core on the figure, in light and dark, with whatever is focused or hovered at the time. */
async function axe(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).include('#chart-claim-provenance').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
  }
}

for (const { path, first, last, inferred, step5 } of chapters) {
  test.describe(path, () => {
    test('without JavaScript the chart, the list of changes and the table are in the page, legible at 320 px', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(visibleSvg(page)).toHaveCount(1);
      await expect(visibleSvg(page)).toBeVisible();
      await expect(nodes(page)).toHaveCount(nodeCount);
      expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expect(figure(page).locator('.provenance-changes li')).toHaveCount(stepCount);
      await expect(figure(page).locator('.provenance-changes li').nth(4)).toContainText(step5);
      await expect(figure(page).locator('table tbody tr')).toHaveCount(stepCount);
      // A static chart: no island, nothing to hydrate.
      await expect(figure(page).locator('astro-island')).toHaveCount(0);
      await context.close();
    });

    for (const [width, variant] of [
      [320, 'narrow'],
      [375, 'narrow'],
      [768, 'wide'],
      [1200, 'wide'],
    ] as const) {
      test(`fits ${width} px without horizontal scrolling, text ≥ 12 px, ${variant} layout`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(figure(page).locator(`.chart-variant--${variant}`)).toBeVisible();
        const box = (await visibleSvg(page).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        // Two columns only where there is room: the proposals chain beside the remarks chain, else below it.
        const [remarks, proposals] = await Promise.all([nodes(page).first().boundingBox(), nodes(page).nth(6).boundingBox()]);
        if (variant === 'wide') expect(proposals!.x).toBeGreaterThan(remarks!.x + remarks!.width);
        else expect(proposals!.y).toBeGreaterThan(remarks!.y + remarks!.height);
      });
    }

    test('the keyboard reaches every box in reading order, each showing its detail box with a visible focus ring', async ({ page }) => {
      // axe-core on a page full of SVG text takes a while on a busy machine.
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(path);
      await focusBeforeChart(page);
      const labels: string[] = [];
      for (let i = 0; i < nodeCount; i++) {
        await page.keyboard.press('Tab');
        const node = nodes(page).nth(i);
        await expect(node).toBeFocused();
        labels.push((await node.getAttribute('aria-label'))!);
        const detail = node.locator('.provenance-node__detail');
        await expect(detail).toBeVisible();
        const ring = await detail.locator('rect').evaluate((rect) => ({ width: getComputedStyle(rect).strokeWidth, colour: getComputedStyle(rect).stroke }));
        expect(ring.width).toBe('3px');
        expect(ring.colour).not.toBe('none');
      }
      expect(labels[0]).toMatch(first);
      expect(labels[nodeCount - 1]).toMatch(last);
      expect(new Set(labels).size).toBe(nodeCount);
      // Tab leaves the chart; Shift+Tab comes back to its last box.
      await page.keyboard.press('Tab');
      await expect(nodes(page).last()).not.toBeFocused();
      await expect(nodes(page).last().locator('.provenance-node__detail')).toBeHidden();
      await page.keyboard.press('Shift+Tab');
      await expect(nodes(page).last()).toBeFocused();
      await axe(page);
    });

    test('hovering a box shows its detail box; moving away hides it', async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(path);
      const node = nodes(page).nth(2);
      await node.scrollIntoViewIfNeeded();
      await expect(node.locator('.provenance-node__detail')).toBeHidden();
      await node.hover();
      await expect(node.locator('.provenance-node__detail')).toBeVisible();
      await axe(page);
      await page.mouse.move(0, 0);
      await expect(node.locator('.provenance-node__detail')).toBeHidden();
    });

    test('inferred steps are dashed and say so in words, also in forced colours', async ({ page }) => {
      await page.goto(path);
      for (const forcedColors of ['none', 'active'] as const) {
        await page.emulateMedia({ forcedColors });
        const dashed = visibleSvg(page).locator('.provenance-link--inferred');
        await expect(dashed).toHaveCount(3);
        for (const link of await dashed.all()) {
          await expect(link.locator('text', { hasText: inferred })).toBeVisible();
          const stroke = await link.locator('.provenance-link__path').evaluate((p) => ({ dash: getComputedStyle(p).strokeDasharray, colour: getComputedStyle(p).stroke }));
          expect(stroke.dash, forcedColors).not.toBe('none');
          expect(stroke.colour, forcedColors).not.toBe('none');
        }
        await expect(visibleSvg(page).locator('.provenance-link--documented path.provenance-link__path').first()).not.toHaveAttribute('stroke-dasharray');
      }
    });

    test('with reduced motion nothing animates when a box is focused', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      await focusBeforeChart(page);
      await page.keyboard.press('Tab');
      expect(await figure(page).evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
    });
  });
}
