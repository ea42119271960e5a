import de from '../../content/i18n/de.json';
import en from '../../content/i18n/en.json';
import type { Locale } from '../content/vocabulary';
import { fillTemplate } from './template';

// Strings of single charts may live in their own files, content/i18n/<locale>/<chart>.json, merged in here.
const extra = import.meta.glob<Record<string, string>>('/content/i18n/*/*.json', { eager: true, import: 'default' });
const bases: Record<Locale, Record<string, string>> = { de, en };

/** A UI string key: flat and dotted, e.g. "site.footer.asOf". */
export type StringKey = keyof typeof de | (string & {});

// Merged on first use rather than at import, so that browser bundles which import this module only for a type or
// an unused helper can drop it (and every string file) entirely.
const merged = new Map<Locale, Record<string, string>>();

/** All UI strings of a locale, flat with dotted keys. */
export function stringsOf(locale: Locale): Record<string, string> {
  let strings = merged.get(locale);
  if (!strings) {
    const files = Object.entries(extra).filter(([path]) => path.startsWith(`/content/i18n/${locale}/`));
    strings = Object.assign({}, bases[locale], ...files.map(([, s]) => s)) as Record<string, string>;
    merged.set(locale, strings);
  }
  return strings;
}

/** UI strings per locale (merged on first access). */
export const strings: Record<Locale, Record<string, string>> = {
  get de() {
    return stringsOf('de');
  },
  get en() {
    return stringsOf('en');
  },
};

/** Look up a UI string and fill its `{name}` placeholders; an unknown key fails the build. */
export function t(locale: Locale, key: StringKey, vars: Record<string, string | number> = {}): string {
  const template = stringsOf(locale)[key];
  if (template === undefined) throw new Error(`No UI string "${key}" in content/i18n/${locale}.json or content/i18n/${locale}/*.json`);
  return fillTemplate(template, vars, `String "${key}" (${locale})`);
}

/** A lookup bound to one locale, for components. */
export function translator(locale: Locale) {
  return (key: StringKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}
