import type { APIRoute } from 'astro';
import { content, data, site } from '../../content';
import { pagePath, withBase } from '../../i18n/routes';
import { correctionsFeed } from '../../lib/atom';
import { t } from '../../i18n/t';

/** The corrections log as an Atom feed (de). */
export const GET: APIRoute = ({ site: origin }) => {
  const page = new URL(withBase(import.meta.env.BASE_URL, pagePath('corrections', 'de', content.chapters)), origin).href;
  const body = correctionsFeed({
    locale: 'de',
    title: `${t('de', 'corrections.title')} – ${site.title.de}`,
    pageUrl: page,
    feedUrl: `${page}feed.xml`,
    author: site.publisher.name,
    updated: site.lastReviewed,
    corrections: data['site-corrections.yaml'],
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
