import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContentDir } from '../../src/content/read';
import { validateContent } from '../../src/content/validate';
import { strings } from '../../src/i18n/t';
import { locales, type Locale } from '../../src/content/schema';

const raw = readContentDir(fileURLToPath(new URL('../../content/', import.meta.url)));
const { data } = validateContent(raw);

// Text in one language, with anything marked as another language (lang="…") taken out, since quotations and
// titles keep their own spelling.
function textsIn(locale: Locale): [string, string][] {
  const texts: [string, string][] = [];
  for (const [file, text] of Object.entries(raw)) {
    if (file.startsWith(`chapters/${locale}/`)) texts.push([file, text.replace(/<(\w+)[^>]*\slang="[^"]*"[^>]*>[\s\S]*?<\/\1>/g, '')]);
  }
  for (const [key, value] of Object.entries(strings[locale])) texts.push([`i18n/${locale}.json ${key}`, value]);
  // Every localized field of every data file (titles of sources are in their own language and are not localized).
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.de === 'string' && typeof record.en === 'string' && !('avoid' in record)) texts.push([where, record[locale] as string]);
      else for (const [k, v] of Object.entries(record)) walk(v, `${where}.${k}`);
    }
  };
  for (const [file, value] of Object.entries(data)) if (file !== 'terminology.yaml') walk(value, `data/${file}`);
  return texts;
}

describe('terminology', () => {
  it('has no spelling that is both used and avoided in the same language', () => {
    for (const term of data['terminology.yaml']) for (const l of locales) expect(term.avoid[l]).not.toContain(term[l]);
  });

  it.each(locales)('%s texts use the chosen spellings, never the avoided ones', (locale) => {
    const found: string[] = [];
    for (const [where, original] of textsIn(locale)) {
      for (const term of data['terminology.yaml']) {
        const text = term.names.reduce((t, name) => t.replaceAll(name, ''), original);
        for (const avoided of term.avoid[locale]) {
          // An avoided spelling may be the start of the chosen one ("Selensky" in "Selenskyj"): skip those.
          const hits = [...text.matchAll(new RegExp(`(?<![\\p{L}])${avoided}`, 'gu'))].filter((m) => !text.startsWith(term[locale], m.index));
          if (hits.length) found.push(`${where}: "${avoided}" (use "${term[locale]}")`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
