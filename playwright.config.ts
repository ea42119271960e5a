import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

// One free loopback port per served build, picked once in the main process; workers inherit them via env.
async function freePort(): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(String(port)));
    });
  });
}
process.env.E2E_PORT ??= await freePort();
process.env.E2E_SUB_PORT ??= await freePort();

/** The sub-path the second build is served under (tests/browser/subpath.spec.ts). */
export const subPath = '/sub/dir/';
/** The builds under test: E2E_DIST (default dist/) at the root, and the BASE_PATH=/sub/dir/ build when it exists. */
const dist = (process.env.E2E_DIST ??= 'dist');
const subDist = '.cache/dist-sub';

const chromium = process.env.CHROME_PATH;
if (!chromium) throw new Error('Set CHROME_PATH to a Chromium binary (Debian: apt-get install chromium; CHROME_PATH=$(command -v chromium)).');

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${process.env.E2E_PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // Publisher pages in the embed tests are stubbed with page.route; Chromium treats such a page as public and
        // would refuse its frames into the loopback test server. Real publishers and this site are both public.
        '--disable-features=LocalNetworkAccessChecks',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${dist} --port ${process.env.E2E_PORT}`,
      url: `http://127.0.0.1:${process.env.E2E_PORT}/`,
      reuseExistingServer: false,
      env: { BASE_PATH: '/' },
    },
    // npm test always builds it first; a developer running one spec file may not have it.
    ...(existsSync(subDist)
      ? [
          {
            command: `node scripts/serve.mjs --dir ${subDist} --port ${process.env.E2E_SUB_PORT}`,
            url: `http://127.0.0.1:${process.env.E2E_SUB_PORT}${subPath}`,
            reuseExistingServer: false,
            env: { BASE_PATH: subPath },
          },
        ]
      : []),
  ],
});
