import { describe, expect, it } from 'vitest';
import { strings, t } from '../../src/i18n/t';

// Strings that are rightly the same in both languages: proper names.
const sameInBothLanguages = new Set(['party.ukraine', 'chart.locator.country.ukraine', 'chart.locator.country.belarus', 'chart.locator.oblast.luhansk']);

describe('UI strings', () => {
  const de = Object.keys(strings.de).sort();
  const en = Object.keys(strings.en).sort();

  it('have the same keys in German and English', () => {
    expect(de.filter((k) => !en.includes(k)), 'keys only in de.json').toEqual([]);
    expect(en.filter((k) => !de.includes(k)), 'keys only in en.json').toEqual([]);
  });

  it('are translated: no string is identical in both languages except proper names', () => {
    const identical = de.filter((k) => !sameInBothLanguages.has(k) && strings.de[k] === strings.en[k]);
    expect(identical).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of de) {
      expect(placeholders(strings.en[key]), key).toEqual(placeholders(strings.de[key]));
    }
  });

  it('fills placeholders and refuses a missing value', () => {
    expect(t('en', 'site.footer.asOf', { date: '26 December 2025' })).toBe('Reporting as of 26 December 2025');
    expect(() => t('en', 'site.footer.asOf')).toThrow(/needs a value for \{date\}/);
  });
});
