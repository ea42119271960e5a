// Serves the built site (dist/, or OUT_DIR) under BASE_PATH, as a static host would. No dependencies.
// Usage: node scripts/serve.mjs [--port N] [--dir DIR] [--gzip]   (env: PORT, OUT_DIR, BASE_PATH)
// --gzip compresses text responses for clients that accept it, as a CDN would (used by npm run bench).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(arg('dir') ?? process.env.OUT_DIR ?? 'dist');
const port = Number(arg('port') ?? process.env.PORT ?? 4321);
const compress = args.includes('--gzip');
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

async function fileFor(pathname) {
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, relative);
  if (!path.startsWith(root)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    if (await stat(index).catch(() => undefined)) return pathname.endsWith('/') ? index : { redirect: `${pathname}/` };
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const found = pathname.startsWith(base) ? await fileFor(pathname).catch(() => undefined) : undefined;
  if (found && typeof found === 'object') {
    response.writeHead(301, { Location: found.redirect }).end();
    return;
  }
  const path = found ?? join(root, '404.html');
  const raw = await readFile(path).catch(() => Buffer.from('Not found'));
  const type = types[extname(path)] ?? 'application/octet-stream';
  const gzip = compress && /text|json|xml|svg|javascript/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const body = gzip ? gzipSync(raw, { level: 9 }) : raw;
  response.writeHead(found ? 200 : 404, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    // Public static files; the embed host script is loaded cross-origin with integrity, which needs CORS.
    'Access-Control-Allow-Origin': '*',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    ...(/\/_astro\//.test(pathname) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
