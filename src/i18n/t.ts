import de from '../../content/i18n/de.json';
import en from '../../content/i18n/en.json';
import type { Locale } from '../content/schema';
import { fillTemplate } from './template';

/** Every UI string key (the German file is the reference; a test keeps English in step). */
export type StringKey = keyof typeof de;

/** UI strings per locale, flat with dotted keys. */
export const strings: Record<Locale, Record<StringKey, string>> = { de, en };

/** Look up a UI string and fill its `{name}` placeholders. */
export function t(locale: Locale, key: StringKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(strings[locale][key], vars, `String "${key}" (${locale})`);
}

/** A lookup bound to one locale, for components. */
export function translator(locale: Locale) {
  return (key: StringKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}
