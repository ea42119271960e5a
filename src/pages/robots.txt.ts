import type { APIRoute } from 'astro';
import { withBase } from '../i18n/routes';

/** robots.txt: everything may be crawled; the sitemap's absolute address. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
