import { expect, test } from '@playwright/test';

test('a claim shows its status in words, and its attribution on keyboard focus', async ({ page }) => {
  await page.goto('/staatsrat/');
  const first = page.locator('.claim__ref').first();
  await expect(first.locator('.status')).toHaveText(/\p{L}{4,}/u);
  const tip = page.locator('.claim__tip').first();
  await expect(tip).toBeHidden();
  await first.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Wer:');
  const description = await first.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent);
  expect(description).toContain('Quellen:');
});

test('a claim links to its numbered note, and the note links back', async ({ page }) => {
  await page.goto('/en/the-plant/');
  await page.locator('#claim-ref-1').click();
  await expect(page).toHaveURL(/#note-1$/);
  await expect(page.locator('#note-1')).toBeInViewport();
  await expect(page.locator('#note-1 .notes__sources a').first()).toHaveAttribute('href', /^https?:/);
  await page.locator('#note-1 .notes__back').click();
  await expect(page).toHaveURL(/#claim-ref-1$/);
});

test('a term opens its definition without JavaScript and closes again', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/reality-check/');
  const button = page.locator('.term__button').first();
  const popover = page.locator('.term__popover').first();
  await expect(popover).toBeHidden();
  await button.click();
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(':');
  await popover.locator('.term__close').click();
  await expect(popover).toBeHidden();
  await context.close();
});

test('each chapter has a table of contents whose links reach their headings, and a reading time', async ({ page }) => {
  for (const path of ['/staatsrat/', '/en/crypto-policy/']) {
    await page.goto(path);
    await expect(page.locator('.chapter__meta')).toHaveText(/\d+/);
    const links = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) await expect(page.locator(`h2${href}`)).toHaveCount(1);
  }
});

for (const path of ['/korrekturen/feed.xml', '/en/corrections/feed.xml']) {
  test(`${path} is a well-formed Atom feed`, async ({ page, baseURL }) => {
    const response = await page.request.get(new URL(path, baseURL).href);
    expect(response.headers()['content-type']).toContain('xml');
    const text = await response.text();
    await page.goto('/');
    const result = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const root = doc.documentElement;
      const atom = 'http://www.w3.org/2005/Atom';
      const one = (name: string) => root.getElementsByTagNameNS(atom, name).length;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        required: [one('id'), one('title'), one('updated'), one('author')],
        self: root.querySelector('link[rel="self"]')?.getAttribute('href'),
      };
    }, text);
    expect(result.error).toBe(0);
    expect(result.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(result.required.every((n) => n >= 1)).toBe(true);
    expect(result.self).toMatch(/feed\.xml$/);
  });
}
