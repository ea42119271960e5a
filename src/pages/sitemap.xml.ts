import type { APIRoute } from 'astro';
import { content } from '../content';
import { allPages, pagePath, withBase } from '../i18n/routes';
import { locales } from '../content/schema';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The sitemap: every page in both languages, each with its hreflang alternates. */
export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string) => escape(new URL(withBase(import.meta.env.BASE_URL, path), site).href);
  const urls = allPages(content.chapters).map(({ page, path }) => {
    const alternates = locales
      .map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${absolute(pagePath(page, l, content.chapters))}"/>`)
      .join('');
    return `<url><loc>${absolute(path)}</loc><lastmod>${content.data['site.yaml'].lastReviewed}</lastmod>${alternates}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
