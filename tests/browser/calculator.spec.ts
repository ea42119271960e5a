import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { smallestFontPx as smallestFontPxOf, horizontalOverflow } from './helpers';

const figure = '#chart-feasibility-calculator';
const chapters = [
  { path: '/realitaetscheck/', note: /Einige Werte in der Adresse .* angepasst: Reaktoren in Betrieb, Mining-Gerät, Zusatzbedarf der Anlage \(PUE\)\./ },
  { path: '/en/reality-check/', note: /Some values in the address .* adjusted: Reactors online, Mining machine, Facility overhead \(PUE\)\./ },
];

/** The share bar the reader can see (the others are hidden by container queries). */
const visibleSvg = (page: Page) => page.locator(`${figure} .chart-variant:visible svg`);
const result = (page: Page, id: string) => page.locator(`${figure} [data-result="${id}"] .calculator__result-value`);
const control = (page: Page, label: RegExp) => page.locator(figure).getByLabel(label);
const live = (page: Page) => page.locator(`${figure} [aria-live="polite"]`);

/** Every result's value, in order. */
const results = (page: Page) => page.locator(`${figure} .calculator__result-value`).allTextContents();

const smallestFontPx = (page: Page) => smallestFontPxOf(visibleSvg(page));


/** Scroll the calculator into view (it hydrates when visible) and wait until its controls work. */
async function hydrate(page: Page) {
  await page.locator(figure).scrollIntoViewIfNeeded();
  await expect(page.locator(`${figure} input[type="range"]`).first()).toBeEnabled();
}

/** Zero axe violations in the calculator, in light and dark. */
async function expectAccessible(page: Page, step: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include(figure).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), `${step} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const resultIds = ['power', 'machines', 'hashrate', 'before', 'after', 'energy'];
const minerControl = /^(Mining-Gerät|Mining machine)$/;
const networkControl = /^(Hashrate des Netzes vor|Network hashrate before)/;

/** Replace a number field's content by keyboard and leave the field. */
async function typeInto(page: Page, label: RegExp, text: string) {
  await control(page, label).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Each input, what using it by keyboard must change (everything else must stay), and the address it leaves. */
const steps: { name: string; act: (page: Page) => Promise<void>; changes: string[]; address: RegExp }[] = [
  {
    name: 'reactors',
    act: async (page) => {
      await control(page, /^(Reaktoren in Betrieb|Reactors online)$/).focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
    },
    changes: ['power', 'machines', 'hashrate', 'before', 'after', 'energy'],
    address: /\?reactors=4&miner=antminer-s21&pue=1\.1&cf=80&network=1070$/,
  },
  {
    name: 'miner',
    act: async (page) => {
      await control(page, minerControl).focus();
      await page.keyboard.press('ArrowDown');
    },
    changes: ['machines', 'hashrate', 'before', 'after'],
    address: /\?reactors=6&miner=antminer-s21-pro&pue=1\.1&cf=80&network=1070$/,
  },
  {
    name: 'efficiency',
    act: (page) => typeInto(page, /J\/TH/, '20'),
    changes: ['machines', 'hashrate', 'before', 'after'],
    address: /\?reactors=6&miner=custom&jth=20&pue=1\.1&cf=80&network=1070$/,
  },
  {
    name: 'overhead',
    act: async (page) => {
      await control(page, /PUE/).focus();
      await page.keyboard.press('End');
    },
    changes: ['power', 'machines', 'hashrate', 'before', 'after'],
    address: /\?reactors=6&miner=antminer-s21&pue=1\.5&cf=80&network=1070$/,
  },
  {
    name: 'capacity factor',
    act: async (page) => {
      await control(page, /Kapazitätsfaktor|Capacity factor/).focus();
      await page.keyboard.press('ArrowLeft');
    },
    changes: ['energy'],
    address: /\?reactors=6&miner=antminer-s21&pue=1\.1&cf=79&network=1070$/,
  },
  {
    name: 'network',
    act: (page) => typeInto(page, networkControl, '500'),
    changes: ['before', 'after'],
    address: /\?reactors=6&miner=antminer-s21&pue=1\.1&cf=80&network=500$/,
  },
];

// axe on a long chapter page takes seconds per run, and several tests run it in both schemes.
test.describe.configure({ timeout: 90_000 });

for (const { path, note } of chapters) {
  test.describe(path, () => {
    test('without JavaScript the calculator shows its defaults, disabled, with chart and table, at 320 px', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${path}?reactors=1`);
      await expect(visibleSvg(page)).toHaveCount(1);
      await expect(visibleSvg(page)).toBeVisible();
      expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expect(page.locator(`${figure} input, ${figure} select, ${figure} button`).first()).toBeDisabled();
      // Without script the address is not read: the figures are the chapter's.
      await expect(result(page, 'hashrate')).toHaveText(/296[.,]1\sEH\/s/);
      await expect(page.locator(`${figure} table`)).toHaveCount(1);
      await context.close();
    });

    for (const width of [320, 1200]) {
      test(`fits ${width} px without horizontal scrolling, text ≥ 12 px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await hydrate(page);
        const box = await page.locator(figure).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await smallestFontPx(page)).toBeGreaterThanOrEqual(12);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      });
    }

    for (const step of steps) {
      test(`the ${step.name} input, used by keyboard, changes the results, the chart, the announcement and the address`, async ({ page }) => {
        await page.goto(path);
        await hydrate(page);
        const values = await results(page);
        const before = Object.fromEntries(resultIds.map((id, i) => [id, values[i]]));
        const chart = await visibleSvg(page).getAttribute('aria-label');
        const announcement = await live(page).textContent();
        await step.act(page);
        for (const id of step.changes) await expect(result(page, id), `changes ${id}`).not.toHaveText(before[id]);
        for (const id of resultIds.filter((r) => !step.changes.includes(r))) await expect(result(page, id), `keeps ${id}`).toHaveText(before[id]);
        if (step.changes.includes('before')) expect(await visibleSvg(page).getAttribute('aria-label')).not.toBe(chart);
        await expect(live(page), 'announced').not.toHaveText(announcement ?? '');
        await expect(page).toHaveURL(step.address);
        await expectAccessible(page, step.name);
      });
    }

    test('the reset button, used by keyboard, brings back the chapter’s figures', async ({ page }) => {
      await page.goto(`${path}?reactors=2&miner=custom&jth=40&pue=1.3&cf=60&network=3000`);
      await hydrate(page);
      await expect(result(page, 'machines')).toHaveText('–');
      await expectAccessible(page, 'restored');
      await page.locator(`${figure} .calculator__reset`).focus();
      await page.keyboard.press('Enter');
      await expect(result(page, 'hashrate')).toHaveText(/296[.,]1\sEH\/s/);
      await expect(control(page, minerControl)).toHaveValue('antminer-s21');
      await expect(page).toHaveURL(/\?reactors=6&miner=antminer-s21&pue=1\.1&cf=80&network=1070$/);
      await expectAccessible(page, 'reset');
    });

    test('a keyboard-focused control shows a visible focus ring', async ({ page }) => {
      await page.goto(path);
      await hydrate(page);
      await control(page, minerControl).focus();
      await page.keyboard.press('Shift+Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
    });

    test('a shared address restores the state', async ({ page }) => {
      await page.goto(`${path}?reactors=3&miner=antminer-s21-xp&pue=1.25&cf=50&network=900`);
      await hydrate(page);
      await expect(control(page, /^(Reaktoren in Betrieb|Reactors online)$/)).toHaveValue('3');
      await expect(control(page, minerControl)).toHaveValue('antminer-s21-xp');
      await expect(control(page, /PUE/)).toHaveValue('1.25');
      await expect(control(page, /Kapazitätsfaktor|Capacity factor/)).toHaveValue('50');
      await expect(control(page, networkControl)).toHaveValue('900');
      // 3 × 950 MW ÷ 1.25 = 2,280 MW; ÷ 13.5 J/TH = 168.9 EH/s.
      await expect(result(page, 'power')).toHaveText(/2[.,]280\sMW/);
      await expect(result(page, 'hashrate')).toHaveText(/168[.,]9\sEH\/s/);
      await expect(page.locator(`${figure} .calculator__note`)).toHaveCount(0);
      await expectAccessible(page, 'shared address');
    });

    test('a hostile address is clamped and explained, runs no script and stays accessible', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${path}?miner=<script>alert(1)</script>&pue=999&reactors=-3`);
      await hydrate(page);
      await expect(page.locator(`${figure} .calculator__note`)).toHaveText(note);
      await expect(control(page, /^(Reaktoren in Betrieb|Reactors online)$/)).toHaveValue('0');
      await expect(control(page, /PUE/)).toHaveValue('1.5');
      await expect(control(page, minerControl)).toHaveValue('antminer-s21');
      await expect(result(page, 'hashrate')).toHaveText(/^0\sEH\/s$/);
      // The corrected address replaces the hostile one.
      await expect(page).toHaveURL(/\?reactors=0&miner=antminer-s21&pue=1\.5&cf=80&network=1070$/);
      expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
      expect(await page.content()).not.toContain('<script>alert(1)</script>');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await expectAccessible(page, 'hostile address');
    });

    test('hydrating the island does not move the chart or anything below it', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const chart = page.locator(figure);
      const footer = page.locator('.site-footer');
      const before = { chart: await chart.boundingBox(), footer: await footer.boundingBox() };
      await hydrate(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      const after = { chart: await chart.boundingBox(), footer: await footer.boundingBox() };
      expect(after.chart).toEqual(before.chart);
      expect(after.footer).toEqual(before.footer);
    });
  });
}
