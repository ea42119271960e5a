import { pagePath, withBase } from '../i18n/routes';
import type { ChapterMeta } from './schema';
import { validateContent, type RawContent } from './validate';

// Bundled at build time: the same files the integration validated, read through Vite.
const files = import.meta.glob<string>(['/content/data/*.yaml', '/content/chapters/*/*.mdx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const raw: RawContent = Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^\/content\//, ''), text]));

/** All validated content: data files and chapter front matter. */
export const content = validateContent(raw);
/** The validated data files. */
export const data = content.data;
/** The site configuration. */
export const site = data['site.yaml'];

/** The chapter shown at a URL path (base included), if any: author components use it to number their notes. */
export function chapterAt(pathname: string, base: string): ChapterMeta | undefined {
  return content.chapters.find((c) => withBase(base, pagePath(`chapter/${c.chapter}`, c.lang, content.chapters)) === pathname);
}
