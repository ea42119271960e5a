import type { ContentData } from '../content/schema';
import type { Locale } from '../content/vocabulary';

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
