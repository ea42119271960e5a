import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../../scripts/site-files.mjs';

const dist = fileURLToPath(new URL(`../../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url));
// The site is built with the default SITE_URL; embed codes carry it, so they are pointed at the test server.
const builtOrigin = 'http://localhost:4321';
/** A publisher's origin: the test server's port under another host name, so a different origin, still on loopback
 * (Chromium blocks frames from a public origin into the local network). */
const publisherOrigin = (baseURL: string) => `http://localhost:${new URL(baseURL).port}`;

/** Both embed codes of every chart, as a publisher copies them from the gallery. */
async function galleryCodes(page: Page, path: string) {
  await page.goto(path);
  return page.locator('.gallery__chart').evaluateAll((sections) =>
    sections.map((s) => ({
      id: s.id.replace(/^chart-/, ''),
      withHost: (s.querySelector('textarea[id$="-host"]') as HTMLTextAreaElement).value,
      iframeOnly: (s.querySelector('textarea[id$="-iframe"]') as HTMLTextAreaElement).value,
    })),
  );
}

/** Serve a publisher's page on another origin holding the given HTML. */
async function publisherPage(page: Page, baseURL: string, body: string) {
  const hostOrigin = publisherOrigin(baseURL);
  await page.route(`${hostOrigin}/article.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head><body>${body}</body></html>` }),
  );
  await page.goto(`${hostOrigin}/article.html`);
}

test.describe('embed codes on another site', () => {
  for (const width of [320, 640, 1000]) {
    test(`at ${width} px: with the host script the iframe fits its content; nothing overflows`, async ({ page, baseURL }) => {
      test.setTimeout(90_000);
      const origin = new URL(baseURL!).origin;
      const codes = await galleryCodes(page, '/en/charts/');
      expect(codes.length).toBeGreaterThan(0);
      const html = codes
        .map((c) => `<div class="slot" id="slot-${c.id}" style="width:${width}px">${c.withHost.replaceAll(builtOrigin, origin)}</div>`)
        .join('\n');
      await publisherPage(page, baseURL!, html);
      for (const code of codes) {
        const iframe = page.locator(`#slot-${code.id} iframe`);
        await iframe.scrollIntoViewIfNeeded();
        const frame = page.frameLocator(`#slot-${code.id} iframe`);
        await expect(frame.locator('figure')).toBeVisible();
        await expect
          .poll(async () => {
            const outer = (await iframe.boundingBox())!.height;
            const inner = await frame.locator('html').evaluate((el) => el.getBoundingClientRect().height);
            return Math.abs(outer - inner);
          }, { timeout: 15_000 })
          .toBeLessThanOrEqual(3);
        const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, code.id).toBeLessThanOrEqual(0);
        expect((await iframe.boundingBox())!.width).toBeLessThanOrEqual(width);
      }
    });
  }

  test('the iframe-only code keeps a sensible default height and a usable chart', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const [code] = await galleryCodes(page, '/grafiken/');
    await publisherPage(page, baseURL!, `<div style="width:640px">${code.iframeOnly.replaceAll(builtOrigin, origin)}</div>`);
    const iframe = page.locator('iframe');
    const height = (await iframe.boundingBox())!.height;
    expect(height).toBeGreaterThanOrEqual(400);
    await expect(page.frameLocator('iframe').locator('figure .chart-variant:visible svg').first()).toBeVisible();
  });

  test('forged resize messages change no embed', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const [code] = await galleryCodes(page, '/en/charts/');
    const forger = `<iframe id="forger" srcdoc="<p>ad</p>"></iframe>`;
    await publisherPage(page, baseURL!, `<div style="width:640px">${code.withHost.replaceAll(builtOrigin, origin)}</div>${forger}`);
    const iframe = page.locator('iframe[data-znpp-embed]');
    await expect(page.frameLocator('iframe[data-znpp-embed]').locator('figure')).toBeVisible();
    await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 15_000 }).not.toBe(760);
    const settled = (await iframe.boundingBox())!.height;
    const forged = [
      { type: 'znpp-embed:height', version: 1, height: 99999 },
      { type: 'znpp-embed:height', version: 1, height: 3 },
      { type: 'znpp-embed:height', version: 2, height: 500 },
      { type: 'other', height: 500 },
      'znpp-embed:height 500',
      { type: 'znpp-embed:height', version: 1, height: 'Infinity' },
    ];
    // From another frame on the page, and from the page itself: neither is the embed's window.
    await page.frameLocator('#forger').locator('p').evaluate((_, messages) => {
      for (const m of messages) parent.postMessage(m, '*');
    }, forged);
    await page.evaluate((messages) => {
      for (const m of messages) window.postMessage(m, '*');
    }, forged);
    await page.waitForTimeout(500);
    expect((await iframe.boundingBox())!.height).toBe(settled);
  });
});

test.describe('embed pages', () => {
  test('take the publisher theme from the query string, known values only', async ({ page }) => {
    await page.goto('/embed/en/ownership-proposals/?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/embed/en/ownership-proposals/?theme=light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.goto('/embed/en/ownership-proposals/?theme=sepia');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  });

  test('hostile query strings run no script and do not reach the page', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const hostile = [
      '?theme=<script>alert(1)</script>',
      '?theme=dark"><img src=x onerror=alert(2)>',
      '?x=</script><script>alert(3)</script>&theme=light',
      '?theme=javascript:alert(4)',
    ];
    for (const query of hostile) {
      await page.goto(`/embed/de/ownership-proposals/${query}`);
      await expect(page.locator('figure')).toBeVisible();
      const html = await page.content();
      expect(html).not.toContain('alert(');
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });

  test('have no site chrome, a canonical link to the chapter, noindex, credit and licence', async ({ page }) => {
    await page.goto('/embed/de/ownership-proposals/');
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kraftwerk\/$/);
    await expect(page.locator('.figure__credit')).toContainText('CC BY 4.0');
    await expect(page.locator('.figure__credit a').first()).toHaveAttribute('href', /\/kraftwerk\/#chart-ownership-proposals$/);
    await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', /oembed\.json$/);
  });
});

test.describe('downloads', () => {
  const pngs = listFiles(dist).filter((f: string) => f.startsWith('charts/') && f.endsWith('.png'));

  test('every chart has a PNG at 2× with varying pixels', async ({ page }) => {
    expect(pngs.length).toBeGreaterThan(0);
    await page.goto('/');
    for (const file of pngs) {
      const svgFile = file.replace(/\.png$/, '.svg');
      const [, w, h] = /^<svg[^>]*width="(\d+)" height="(\d+)"/.exec(readFileSync(`${dist}${svgFile}`, 'utf8'))!;
      const result = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
      }, `/${file}`);
      expect(result.width, file).toBe(Number(w) * 2);
      expect(result.height, file).toBe(Number(h) * 2);
      expect(result.colours, file).toBeGreaterThan(20);
    }
  });

  test('every standalone SVG declares its namespace and renders without the site CSS', async ({ page }) => {
    const svgs = listFiles(dist).filter((f: string) => f.startsWith('charts/') && f.endsWith('.svg'));
    for (const file of svgs) {
      const text = readFileSync(`${dist}${file}`, 'utf8');
      expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), file).toBe(true);
      expect(text).not.toContain('var(--');
      await page.goto(`/${file}`);
      await expect(page.locator('svg text').first()).toBeVisible();
    }
  });
});
