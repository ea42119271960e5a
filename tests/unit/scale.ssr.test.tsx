import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { data } from '../../src/content';
import { ScaleChart } from '../../src/charts/scale/ScaleChart';
import { scaleChartData } from '../../src/charts/scale/scale.data';
import { layoutWidths } from '../../src/charts/text';

const assumptions = data['feasibility.yaml'].assumptions;
const render = (locale: 'de' | 'en') => renderToString(<ScaleChart data={scaleChartData(assumptions, locale)} />);
const variants = Object.keys(layoutWidths).length;

describe('ScaleChart rendered on the server', () => {
  const html = render('en');

  it('draws one SVG per build-time width, each named for screen readers item by item', () => {
    expect(html.match(/<svg/g)).toHaveLength(variants);
    for (const variant of Object.keys(layoutWidths)) expect(html).toContain(`chart-variant--${variant}`);
    expect(html.match(/role="img"/g)).toHaveLength(variants);
    expect(html).toMatch(/aria-label="The reports(&#x27;|')[^"]*33\u00a0kW per hour[^"]*: 33\u00a0kW; kind of figure: wrong in the reports\./);
    expect(html).toMatch(/aria-label="[^"]*Bitcoin network, end of 2025: 21\.4 to 30\.2\u00a0GW; kind of figure: estimate\."/);
  });

  it('draws four dots and two range bars in every variant, styled by the kind of figure', () => {
    expect(html.match(/<circle/g)).toHaveLength(4 * variants);
    expect(html.match(/<rect/g)).toHaveLength(2 * variants);
    expect(html).toContain('scale-mark scale-mark--wrong-in-reports');
    expect(html).toContain('scale-mark scale-mark--weakly-sourced');
  });

  it('writes the kind of figure, the axis explanation and the tick labels as text', () => {
    expect(html).toContain('>wrong in the reports</tspan>');
    expect(html).toContain('>weakly sourced</tspan>');
    expect(html).toContain('each step to the right is ten times more');
    expect(html).toContain('>100\u00a0GW</text>');
  });

  it('speaks German on the German page', () => {
    const de = render('de');
    expect(de).toContain('>in den Berichten falsch</tspan>');
    expect(de).toContain('jeder Schritt nach rechts ist das Zehnfache');
    expect(de).toContain('>21,4 bis 30,2\u00a0GW</text>');
  });

  it('uses no inline style attribute and no script (the chart is static)', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/tabindex/i);
  });
});
