import { content, site } from './index';
import type { Locale } from './vocabulary';
import { allPages, type PageId } from '../i18n/routes';
import { t, type StringKey } from '../i18n/t';
import { formatDate } from '../i18n/format';

// The string prefix of each fixed page's title and description ("<prefix>.title", "<prefix>.description").
const fixedPagePrefix: Record<string, string> = { home: 'home', sources: 'sources', about: 'about', corrections: 'corrections', charts: 'gallery' };

/** Title, description and kicker of any page in a language. */
export function pageMeta(page: PageId, locale: Locale): { title: string; description: string; kicker: string } {
  if (page.startsWith('chapter/')) {
    const chapter = content.chapters.find((c) => `chapter/${c.chapter}` === page && c.lang === locale)!;
    return { title: chapter.title, description: chapter.description, kicker: t(locale, 'site.chapterNumber', { number: chapter.number }) };
  }
  const prefix = fixedPagePrefix[page];
  return { title: t(locale, `${prefix}.title` as StringKey), description: t(locale, `${prefix}.description` as StringKey), kicker: site.title[locale] };
}

/** The file name of a page's sharing image: "og/de-chapter-plant.png". */
export function ogImagePath(page: PageId, locale: Locale): string {
  return `og/${locale}-${page.replace('/', '-')}.png`;
}

/** Every sharing card to render: one per page and language. */
export function ogCards() {
  return allPages(content.chapters).map(({ page, locale }) => {
    const meta = pageMeta(page, locale);
    return {
      path: ogImagePath(page, locale),
      card: {
        kicker: meta.kicker,
        title: meta.title,
        description: meta.description,
        site: site.title[locale],
        footer: t(locale, 'site.footer.asOf', { date: formatDate(locale, site.reportingAsOf) }),
      },
    };
  });
}
