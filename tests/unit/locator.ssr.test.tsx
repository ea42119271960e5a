import { gzipSync } from 'node:zlib';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocatorMap } from '../../src/charts/locator/LocatorMap';
import { locatorData } from '../../src/charts/locator/locator.data';
import { layoutWidths } from '../../src/charts/text';

const render = (locale: 'de' | 'en') => renderToString(<LocatorMap data={locatorData(locale)} />);
const svgs = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

describe('LocatorMap rendered on the server', () => {
  const html = { de: render('de'), en: render('en') };

  it('draws one SVG per build-time width, each an image with a description naming Crimea as Ukraine’s', () => {
    expect(svgs(html.en)).toHaveLength(Object.keys(layoutWidths).length);
    for (const variant of Object.keys(layoutWidths)) expect(html.en).toContain(`chart-variant--${variant}`);
    for (const svg of svgs(html.en)) {
      expect(svg).toMatch(/^<svg[^>]*role="img"/);
      expect(svg).toMatch(/aria-label="Map of Ukraine and its neighbours\. Ukraine is drawn in its internationally recognised borders, Crimea included\./);
    }
  });

  it.each([
    ['de', ['AKW Saporischschja', 'bei Enerhodar', 'Kyjiw', 'Krim', '(Ukraine)', 'Donezk', 'Luhansk', 'Russland', 'Schwarzes Meer']],
    ['en', ['Zaporizhzhia NPP', 'near Enerhodar', 'Kyiv', 'Crimea', '(Ukraine)', 'Donetsk', 'Luhansk', 'Russia', 'Black Sea']],
  ] as const)('%s: labels the places and areas in the page’s language', (locale, labels) => {
    for (const svg of svgs(html[locale])) for (const label of labels) expect(svg).toContain(`>${label}</tspan>`);
  });

  it('uses the site’s spellings only', () => {
    expect(html.de).not.toMatch(/Kiew|Donbass|Saporoschje|Zaporizhzhia/);
    expect(html.en).not.toMatch(/Kiev|Donbass|Zaporozhye|Saporischschja/);
  });

  it('gives every SVG its own hatch patterns, and each pattern it uses is defined in the same SVG', () => {
    const ids = svgs(html.en).flatMap((svg) => [...svg.matchAll(/<pattern[^>]* id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(2 * Object.keys(layoutWidths).length);
    for (const svg of svgs(html.en)) {
      const defined = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      const used = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
      expect(used.length).toBeGreaterThanOrEqual(5);
      for (const id of used) expect(defined).toContain(id);
    }
  });

  it('marks the plant with a triangle and Kyiv with a circle, not by colour alone', () => {
    for (const svg of svgs(html.en)) {
      expect(svg).toMatch(/<path class="locator-plant" transform="translate\([\d.]+,[\d.]+\)" d="M0,-[\d.]+L[\d.]+,[\d.]+L-[\d.]+,[\d.]+Z"/);
      expect(svg).toMatch(/<circle class="locator-kyiv"/);
    }
  });

  it('states under the map that the boundary data was corrected and the annexation is not recognised', () => {
    expect(html.en).toMatch(/<p class="locator-note">About the map data:[^<]*assign Crimea and Sevastopol to Russia[^<]*not recognised internationally/);
    expect(html.de).toMatch(/<p class="locator-note">Zu den Kartendaten:[^<]*international ist das nicht anerkannt/);
  });

  it('uses no inline style attribute (the Content-Security-Policy blocks them)', () => {
    expect(html.de).not.toMatch(/\sstyle=/);
    expect(html.en).not.toMatch(/\sstyle=/);
  });

  it.each(['de', 'en'] as const)('%s: the figure’s HTML stays well under 60 KB gzip', (locale) => {
    const bytes = gzipSync(html[locale]).length;
    expect(bytes).toBeLessThan(60 * 1024);
    // A budget with room to spare: three widths of map come to about 22 KB.
    expect(bytes).toBeLessThan(30 * 1024);
  });
});
