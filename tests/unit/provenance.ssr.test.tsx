import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import Provenance from '../../src/charts/provenance/Provenance';
import { provenanceChartData } from '../../src/charts/provenance/provenance.data';
import { layoutWidths } from '../../src/charts/text';
import { data } from '../../src/content';

const render = (locale: 'de' | 'en') => renderToString(<Provenance data={provenanceChartData(data['provenance.yaml'], data['sources.yaml'], locale)} />);
const variants = Object.keys(layoutWidths).length;
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('Provenance rendered on the server', () => {
  const en = render('en');
  const de = render('de');

  it('draws one SVG per build-time width, each a named group of focusable boxes', () => {
    expect(count(en, /<svg/g)).toBe(variants);
    for (const variant of Object.keys(layoutWidths)) expect(en).toContain(`chart-variant--${variant}`);
    expect(en).toMatch(/<svg[^>]*role="group"[^>]*aria-label="Diagram of two reporting chains: 9 publications and events, linked by 7 numbered steps/);
    expect(count(en, /<g class="provenance-node" tabindex="0" role="img" aria-label="/g)).toBe(9 * variants);
  });

  it('names each box with who, when, what kind, and its steps', () => {
    expect(en).toContain(
      'aria-label="AMBCrypto. Publication date not known. Crypto-news site. In this article the ownership models of chain 2 join the remarks. Reached through step 3 (inferred). Passed on in step 4 (documented). Passed on in step 5 (inferred)"',
    );
    expect(de).toContain('aria-label="Kommersant / Andrei Kolesnikow. 25. Dezember 2025. Russische Tageszeitung. Erreicht über Schritt 1 (belegt). Weitergegeben in Schritt 2 (belegt)"');
  });

  it('dashes the three inferred steps in every layout and labels them in words', () => {
    expect(count(en, /stroke-dasharray="6 4"/g)).toBe(3 * variants);
    expect(count(en, /class="provenance-link provenance-link--inferred"/g)).toBe(3 * variants);
    expect(count(en, />inferred<\/text>/g)).toBe(3 * variants);
    expect(count(de, />erschlossen<\/text>/g)).toBe(3 * variants);
    expect(count(de, />belegt<\/text>/g)).toBe(4 * variants);
  });

  it('writes out what changed at each step under the diagram, numbered like the markers', () => {
    const items = [...en.matchAll(/<li value="(\d+)"><strong>([^<]+)<\/strong>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(items.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(items[4][1]).toBe('From AMBCrypto to German article B');
    expect(en).toContain('“mining” becomes Bitcoin mining');
    expect(de).toMatch(/<li value="3"><strong>Von „Nachrichtenagenturen[^<]*“ zu „AMBCrypto“<\/strong> <span class="provenance-changes__meta">\(Datum unbekannt, erschlossen\)<\/span>: AMBCrypto nennt/);
  });

  it('hides decorative parts from screen readers and keeps the detail boxes in the HTML for CSS to show', () => {
    expect(count(en, /<g aria-hidden="true">/g)).toBe(variants);
    expect(count(en, /class="provenance-node__detail"/g)).toBe(9 * variants);
  });

  it('uses no inline style attribute (the Content-Security-Policy blocks them) and no ids', () => {
    expect(en).not.toMatch(/\sstyle=/);
    expect(en).not.toMatch(/\sid=/);
  });
});
