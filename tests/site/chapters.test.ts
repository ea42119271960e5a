// Checks of the built site (dist/) against the content: run after `npm run build` (npm run test:site).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { content, data } from '../../src/content';
import { figure } from '../../src/content/figures';
import { locales } from '../../src/content/schema';
import { pagePath } from '../../src/i18n/routes';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const html = (path: string) => readFileSync(`${dist}${path}index.html`, 'utf8');
const all = (source: string, pattern: RegExp) => [...source.matchAll(pattern)].map((m) => m[1]);
const chapterIds = [...new Set(content.chapters.map((c) => c.chapter))];

describe.each(chapterIds)('chapter %s', (id) => {
  const pages = Object.fromEntries(locales.map((l) => [l, html(pagePath(`chapter/${id}`, l, content.chapters))]));

  it('exists in both languages, each linking its counterpart', () => {
    for (const l of locales) {
      for (const other of locales) {
        expect(pages[l]).toContain(`hreflang="${other}" href="http://localhost:4321/${pagePath(`chapter/${id}`, other, content.chapters)}"`);
      }
    }
  });

  it('shows the same claims, in the same order, with a note each, in both languages', () => {
    const claims = Object.fromEntries(locales.map((l) => [l, all(pages[l], /id="claim-ref-(\d+)"/g)]));
    const notes = Object.fromEntries(locales.map((l) => [l, all(pages[l], /<li id="note-(\d+)"/g)]));
    expect(claims.de).toEqual(claims.en);
    expect(notes.de).toEqual(notes.en);
    expect(notes.de).toEqual(claims.de);
    const order = Object.fromEntries(locales.map((l) => [l, content.chapters.find((c) => c.chapter === id && c.lang === l)!.claims]));
    expect(order.de).toEqual(order.en);
  });

  it('lists every correction the data maps to it in "What the reports got wrong", in both languages', () => {
    const expected = data['corrections.yaml'].filter((c) => c.chapters.includes(id)).map((c) => c.id);
    for (const l of locales) expect(all(pages[l], /data-correction="([^"]+)"/g)).toEqual(expected);
  });

  it('uses the same terms, figures and charts in both languages', () => {
    const [de, en] = locales.map((l) => content.chapters.find((c) => c.chapter === id && c.lang === l)!);
    expect(de.terms).toEqual(en.terms);
    expect(de.charts).toEqual(en.charts);
  });
});

describe('front page', () => {
  it.each(locales)('shows the key numbers exactly as the data gives them (%s)', (locale) => {
    const page = html(pagePath('home', locale, content.chapters));
    const shown = [...page.matchAll(/data-figure="([^"]+)"><span class="key-figures__value">([^<]+)</g)].map((m) => [m[1], m[2]]);
    expect(shown).toEqual(data['key-figures.yaml'].map((k) => [k.figure, figure(k.figure, locale)]));
    expect(shown.length).toBeGreaterThanOrEqual(4);
  });
});
