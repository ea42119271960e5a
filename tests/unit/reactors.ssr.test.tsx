import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { ReactorsChart } from '../../src/charts/reactors/ReactorsChart';
import { reactorChartData } from '../../src/charts/reactors/reactors.data';
import { layoutWidths, softHyphen } from '../../src/charts/text';
import { data } from '../../src/content';

const render = (locale: 'de' | 'en') => renderToString(<ReactorsChart data={reactorChartData(data['plant.yaml'], data['timeline.yaml'], locale)} />);
const variants = Object.keys(layoutWidths).length;

describe('ReactorsChart rendered on the server', () => {
  const html = { de: render('de'), en: render('en') };

  it('draws one SVG per build-time width, each a named group', () => {
    expect(html.en.match(/<svg/g)).toHaveLength(variants);
    for (const variant of Object.keys(layoutWidths)) expect(html.en).toContain(`chart-variant--${variant}`);
    expect(html.en).toMatch(/<svg[^>]*role="group"[^>]*aria-label="The units one by one, each with capacity and state"/);
  });

  it('makes every unit a focusable, named image in every variant, in reading order', () => {
    const names = [...html.en.matchAll(/<g class="reactors__unit[^"]*" tabindex="0" role="img" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(6 * variants);
    expect(names.slice(0, 6).map((n) => n.split(':')[0])).toEqual(['Unit 1', 'Unit 2', 'Unit 3', 'Unit 4', 'Unit 5', 'Unit 6']);
    expect(names[0]).toMatch(/^Unit 1: VVER-1000 with 950\u00a0MW net and 1,000\u00a0MW gross; .*around 1985.*; cold shutdown since 13 April 2024; .*Rostekhnadzor, 23 December 2025: an act of the occupying power/);
  });

  it.each([
    ['de', ['Leistung heute: 0\u00a0MW von 5.700\u00a0MW netto', 'Leistung heute: 0\u00a0MW', 'Block 1', 'kalt', 'abgeschaltet', 'Russische Lizenz', '(Besatzungsmacht)', 'Fläche: Nettoleistung', 'Rahmen: Bruttoleistung']],
    ['en', ['Output today: 0\u00a0MW of 5,700\u00a0MW net', 'of 5,700\u00a0MW net', 'Unit 6', 'cold shutdown', 'Russian licence', '(occupying power)', 'Fill: net capacity', 'Outline: gross capacity']],
  ] as const)('%s: shows the total, units, state as text, the licence badge and the legend', (locale, texts) => {
    for (const text of texts) expect(html[locale]).toContain(`>${text}</text>`);
  });

  it('puts each detail box after the units that follow it, so it paints over them, hidden until CSS shows it and from screen readers', () => {
    const detail = html.en.indexOf('class="reactors__detail"');
    const lastUnit = html.en.indexOf('aria-label="Unit 6:');
    expect(detail).toBeGreaterThan(lastUnit);
    expect(html.en).toMatch(/<g class="reactors__detail" aria-hidden="true" display="none">/);
  });

  it('draws a symbol for the state next to its name, never colour alone', () => {
    expect(html.en.match(/class="reactors__symbol"/g)).toHaveLength(6 * variants);
  });

  it('uses no inline style attribute and leaves no soft hyphen in drawn text', () => {
    expect(html.de).not.toMatch(/\sstyle=/);
    expect(html.en).not.toMatch(/\sstyle=/);
    const drawn = [...html.de.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(drawn.join(' ')).not.toContain(softHyphen);
  });
});
