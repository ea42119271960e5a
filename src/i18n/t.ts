import de from '../../content/i18n/de.json';
import en from '../../content/i18n/en.json';
import type { Locale } from '../content/vocabulary';
import { fillTemplate } from './template';

// Strings of single charts may live in their own files, content/i18n/<locale>/<chart>.json, merged in here.
const extra = import.meta.glob<Record<string, string>>('/content/i18n/*/*.json', { eager: true, import: 'default' });
const merged = (locale: Locale, base: Record<string, string>) =>
  Object.assign(
    {},
    base,
    ...Object.entries(extra)
      .filter(([path]) => path.startsWith(`/content/i18n/${locale}/`))
      .map(([, strings]) => strings),
  ) as Record<string, string>;

/** A UI string key: flat and dotted, e.g. "site.footer.asOf". */
export type StringKey = keyof typeof de | (string & {});

/** UI strings per locale, flat with dotted keys. */
export const strings: Record<Locale, Record<string, string>> = { de: merged('de', de), en: merged('en', en) };

/** Look up a UI string and fill its `{name}` placeholders; an unknown key fails the build. */
export function t(locale: Locale, key: StringKey, vars: Record<string, string | number> = {}): string {
  const template = strings[locale][key];
  if (template === undefined) throw new Error(`No UI string "${key}" in content/i18n/${locale}.json or content/i18n/${locale}/*.json`);
  return fillTemplate(template, vars, `String "${key}" (${locale})`);
}

/** A lookup bound to one locale, for components. */
export function translator(locale: Locale) {
  return (key: StringKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}
