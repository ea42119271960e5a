import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sitePages } from './helpers';

// The built site behind a real nginx with the generated header include (dist/nginx-headers.conf).
const dist = resolve(process.env.E2E_DIST ?? 'dist');
const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
const missing = 'nginx is not installed, so the HTTP header tests cannot run. Install it: apt-get install nginx (Debian/Ubuntu) or brew install nginx.';

if (!nginxBinary && process.env.CI) throw new Error(`${missing} In CI a missing nginx is a failure, not a skip.`);

test.describe('behind nginx with the generated headers', () => {
  test.skip(!nginxBinary, missing);
  let server: ChildProcess;
  let origin = '';

  test.beforeAll(async () => {
    const port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      });
    });
    const prefix = mkdtempSync(join(tmpdir(), 'znpp-nginx-'));
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(
      conf,
      // As root, nginx's workers would run as an unprivileged user that may not read a checkout in a private temp dir.
      `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  gzip on; gzip_types text/css application/javascript text/javascript application/json image/svg+xml;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    error_page 404 /404.html;
    include ${dist}/nginx-headers.conf;
  }
}
`,
    );
    server = spawn(nginxBinary!, ['-c', conf, '-p', prefix], { stdio: 'inherit' });
    origin = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${origin}/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('no page logs a Content-Security-Policy violation', async ({ page }) => {
    test.setTimeout(120_000);
    const violations: string[] = [];
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: number };
      w.__cspViolations = 0;
      document.addEventListener('securitypolicyviolation', () => w.__cspViolations++);
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    for (const path of sitePages) {
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState('networkidle');
      const reported = await page.evaluate(() => (window as unknown as { __cspViolations?: number }).__cspViolations ?? 0);
      expect(reported).toBe(0);
    }
    expect(violations).toEqual([]);
  });

  test('embed pages load inside an iframe on another origin; chapter pages refuse', async ({ page }) => {
    // Another origin on loopback (Chromium blocks frames from a public origin into the local network).
    const publisher = origin.replace('127.0.0.1', 'localhost');
    await page.route(`${publisher}/article.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>p</title><iframe id="embed" src="${origin}/embed/de/ownership-proposals/"></iframe><iframe id="chapter" src="${origin}/kraftwerk/"></iframe>`,
      }),
    );
    await page.goto(`${publisher}/article.html`);
    await expect(page.frameLocator('#embed').locator('figure')).toBeVisible();
    // A refused frame shows the browser's error page instead of the chapter.
    await page.waitForTimeout(1000);
    const urls = page.frames().map((f) => f.url());
    expect(urls.some((u) => u.includes('/embed/de/ownership-proposals/'))).toBe(true);
    expect(urls.some((u) => u.includes('/kraftwerk/'))).toBe(false);
  });

  test('headers: hashed assets immutable, pages framing rules, hardening on every response', async ({ request }) => {
    const home = await request.get(`${origin}/`);
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await home.text())![1];
    const asset = await request.get(`${origin}${css}`);
    expect(asset.headers()['cache-control']).toContain('immutable');
    expect(home.headers()['x-frame-options']).toBe('SAMEORIGIN');
    expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    const embed = await request.get(`${origin}/embed/en/ownership-proposals/`);
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    for (const response of [home, asset, embed, await request.get(`${origin}/og/de-home.png`)]) {
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(response.headers()['referrer-policy']).toBeTruthy();
      expect(response.headers()['permissions-policy']).toBeTruthy();
    }
    const host = await request.get(`${origin}/embed-host.v1.js`);
    expect(host.headers()['cache-control']).toBe('public, max-age=3600');
  });
});
