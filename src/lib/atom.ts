import { content, data, site } from '../content';
import type { ContentData } from '../content/schema';
import type { Locale } from '../content/vocabulary';
import { pagePath, withBase } from '../i18n/routes';
import { t } from '../i18n/t';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed of the site's own corrections in one language. `pageUrl` is the absolute URL of the corrections page. */
export function correctionsFeed(options: {
  locale: Locale;
  title: string;
  pageUrl: string;
  feedUrl: string;
  author: string;
  updated: string;
  corrections: ContentData['site-corrections.yaml'];
}): string {
  const { locale, title, pageUrl, feedUrl, author, updated, corrections } = options;
  const entries = corrections.map((c, i) => {
    const id = `${pageUrl}#correction-${c.date}-${corrections.length - i}`;
    return [
      '  <entry>',
      `    <id>${escape(id)}</id>`,
      `    <title>${escape(`${c.date}: ${c.page}`)}</title>`,
      `    <updated>${c.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${escape(id)}"/>`,
      `    <content type="text">${escape(c.text[locale])}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escape(feedUrl)}</id>`,
    `  <title>${escape(title)}</title>`,
    `  <updated>${(corrections[0]?.date ?? updated)}T00:00:00Z</updated>`,
    `  <author><name>${escape(author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The corrections feed of one language as an HTTP response, for the feed.xml endpoint of its corrections page. */
export function correctionsFeedResponse(locale: Locale, origin: URL | undefined): Response {
  const page = new URL(withBase(import.meta.env.BASE_URL, pagePath('corrections', locale, content.chapters)), origin).href;
  const body = correctionsFeed({
    locale,
    title: `${t(locale, 'corrections.title')} – ${site.title[locale]}`,
    pageUrl: page,
    feedUrl: `${page}feed.xml`,
    author: site.publisher.name,
    updated: site.lastReviewed,
    corrections: data['site-corrections.yaml'],
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
