import { locales, type ChapterMeta, type Locale } from '../content/schema';

/** A page of the site, the same in every language: a fixed page ("home", "sources", …) or "chapter/<id>". */
export type PageId = 'home' | 'sources' | 'about' | 'corrections' | 'charts' | `chapter/${string}`;

const fixedSlugs: Record<Exclude<PageId, 'home' | `chapter/${string}`>, Record<Locale, string>> = {
  sources: { de: 'quellen', en: 'sources' },
  about: { de: 'impressum', en: 'about' },
  corrections: { de: 'korrekturen', en: 'corrections' },
  charts: { de: 'grafiken', en: 'charts' },
};

/** Slugs of the fixed (non-chapter) pages, for page files. */
export function fixedSlug(page: keyof typeof fixedSlugs, locale: Locale): string {
  return fixedSlugs[page][locale];
}

/** The path of a page in a language, relative to the base path, without a leading slash: "", "en/", "kraftwerk/". */
export function pagePath(page: PageId, locale: Locale, chapters: ChapterMeta[]): string {
  const prefix = locale === 'de' ? '' : `${locale}/`;
  if (page === 'home') return prefix;
  if (page.startsWith('chapter/')) {
    const id = page.slice('chapter/'.length);
    const chapter = chapters.find((c) => c.chapter === id && c.lang === locale);
    if (!chapter) throw new Error(`No ${locale} chapter "${id}"`);
    return `${prefix}${chapter.slug}/`;
  }
  return `${prefix}${fixedSlugs[page as keyof typeof fixedSlugs][locale]}/`;
}

/** Join the base path ("/" or "/sub/dir/") and a page path into a root-relative URL. */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\//, '')}`;
}

/** Every page in every language, for sitemaps and tests. */
export function allPages(chapters: ChapterMeta[]): { page: PageId; locale: Locale; path: string }[] {
  const ids: PageId[] = ['home', ...new Set(chapters.map((c) => `chapter/${c.chapter}` as const)), 'sources', 'charts', 'corrections', 'about'];
  return ids.flatMap((page) => locales.map((locale) => ({ page, locale, path: pagePath(page, locale, chapters) })));
}
