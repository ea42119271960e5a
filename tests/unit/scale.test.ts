import { describe, expect, it } from 'vitest';
import { data } from '../../src/content';
import type { ContentData } from '../../src/content/schema';
import { averageWatts, formatPower, toWatts } from '../../src/charts/power';
import { cambridgeAverageWatts, formatPowerRange, scaleChartData, scaleItemIds } from '../../src/charts/scale/scale.data';
import { fontSizes, layoutScale, markSize, textExtent, type ScaleLayout, type TextLine } from '../../src/charts/scale/scale.layout';
import { layoutWidths } from '../../src/charts/text';

type Assumption = ContentData['feasibility.yaml']['assumptions'][number];
const assumptions = data['feasibility.yaml'].assumptions;
const nbsp = '\u00a0';
const locales = ['de', 'en'] as const;
const cases = locales.flatMap((locale) => Object.values(layoutWidths).map((width) => ({ locale, width })));
const layoutFor = (locale: (typeof locales)[number], width: number) => layoutScale(scaleChartData(assumptions, locale), width);
const value = (id: string) => assumptions.find((a) => a.id === id)!.value;

/** Every line of text in a layout with the size and weight it is drawn in. */
function allText(layout: ScaleLayout): { line: TextLine; size: number; weight: 'regular' | 'bold' }[] {
  const ticks = layout.ticks.flatMap((t) => (t.label ? [t.label] : []));
  return [
    ...[...layout.title, ...ticks].map((line) => ({ line, size: fontSizes.axis, weight: 'regular' as const })),
    ...layout.rows.flatMap((row) => [
      ...row.label.map((line) => ({ line, size: fontSizes.label, weight: 'bold' as const })),
      { line: row.tag, size: fontSizes.meta, weight: 'bold' as const },
      // The source on the tag's line follows the tag where the browser ends it.
      ...(row.tag.after
        ? [{ line: { ...row.tag, x: textExtent(row.tag, fontSizes.meta, 'bold').right, text: row.tag.after }, size: fontSizes.meta, weight: 'regular' as const }]
        : []),
      ...[...row.source, ...row.note].map((line) => ({ line, size: fontSizes.meta, weight: 'regular' as const })),
      { line: row.value, size: fontSizes.value, weight: 'bold' as const },
    ]),
  ];
}

describe('power units', () => {
  it.each([
    [33, 'kW', 33e3],
    [616, 'MW', 616e6],
    [21.4, 'GW', 21.4e9],
    [12, 'W', 12],
  ])('%d %s is %d W', (v, unit, watts) => {
    expect(toWatts(v, unit)).toBeCloseTo(watts, 3);
  });

  it('refuses an energy where a power is expected', () => {
    expect(() => toWatts(138, 'TWh/yr')).toThrow(/"TWh\/yr" is not a unit of power/);
    expect(() => averageWatts(5, 'MW', 8760)).toThrow(/"MW" is not an energy per year/);
  });

  it.each([
    [33e3, '33 kW', '33 kW'],
    [1e5, '100 kW', '100 kW'],
    [1e6, '1 MW', '1 MW'],
    [487e6, '487 MW', '487 MW'],
    [1.5e9, '1,5 GW', '1.5 GW'],
    [15.7534e9, '15,8 GW', '15.8 GW'],
    [1e11, '100 GW', '100 GW'],
  ])('%d W is written %s | %s', (watts, de, en) => {
    expect(formatPower('de', watts)).toBe(de.replace(' ', nbsp));
    expect(formatPower('en', watts)).toBe(en.replace(' ', nbsp));
  });

  it.each([
    ['en', 487e6, 616e6, `487 to 616${nbsp}MW`],
    ['de', 21.4e9, 30.2e9, `21,4 bis 30,2${nbsp}GW`],
    ['en', 900e3, 1.2e6, `900${nbsp}kW to 1.2${nbsp}MW`],
    ['en', 5.7e9, 5.7e9, `5.7${nbsp}GW`],
  ] as const)('a %s range from %d to %d W reads %s', (locale, low, high, expected) => {
    expect(formatPowerRange(locale, low, high)).toBe(expected);
  });
});

describe('scaleChartData', () => {
  const chart = scaleChartData(assumptions, 'en');
  const item = (id: string) => chart.items.find((i) => i.id === id)!;

  it('has one row per item, smallest first', () => {
    expect(chart.items.map((i) => i.id).sort()).toEqual([...scaleItemIds].sort());
    const lows = chart.items.map((i) => i.low);
    expect(lows).toEqual([...lows].sort((a, b) => a - b));
    expect(chart.items[0].id).toBe('reports');
  });

  it('derives Cambridge’s 2024 average from the energy per year and the hours of the year', () => {
    const expected = (value('cambridge-energy') * 1e6) / value('hours-per-year'); // MWh ÷ h = MW
    expect(item('cambridge').low / 1e6).toBeCloseTo(expected, 6);
    expect(item('cambridge').low / 1e9).toBeCloseTo(15.75, 2);
    expect(item('cambridge').value).toBe(`15.8${nbsp}GW`);
    expect(item('cambridge').note).toBe(`Average power: 138${nbsp}TWh a year ÷ 8,760${nbsp}h.`);
  });

  it('follows the content data, not a typed number', () => {
    const edited: Assumption[] = assumptions.map((a) => (a.id === 'cambridge-energy' ? { ...a, value: 87.6 } : a));
    expect(cambridgeAverageWatts(edited)).toBeCloseTo(10e9, 0);
  });

  it.each([
    ['ukraine', 487e6, 616e6],
    ['network', 21.4e9, 30.2e9],
  ])('shows %s as a range from the lower to the higher figure', (id, low, high) => {
    expect(item(id).low).toBeCloseTo(low, 0);
    expect(item(id).high).toBeCloseTo(high, 0);
  });

  it.each([
    ['reports', 33e3],
    ['russia', 1.5e9],
    ['plant', 5.7e9],
  ])('shows %s as one value of %d W', (id, watts) => {
    expect(item(id).low).toBeCloseTo(watts, 0);
    expect(item(id).high).toBe(item(id).low);
  });

  it('flags the reports’ 33 kW as wrong in the reports, and explains why with the mark', () => {
    const reports = item('reports');
    expect(reports.status).toBe('wrong-in-reports');
    expect(reports.statusLabel).toBe('wrong in the reports');
    expect(reports.chartNote).toMatch(/kW per hour.*power and energy/);
    expect(reports.chartNote).toMatch(/six miners/);
    expect(scaleChartData(assumptions, 'de').items[0].statusLabel).toBe('in den Berichten falsch');
  });

  it.each([
    ['ukraine', 'weakly-sourced', 'weakly sourced'],
    ['russia', 'estimate', 'estimate'],
    ['plant', 'confirmed', 'confirmed'],
    ['cambridge', 'confirmed', 'confirmed'],
    ['network', 'estimate', 'estimate'],
  ])('labels %s with the status of its data: %s', (id, status, label) => {
    expect(item(id).status).toBe(status);
    expect(item(id).statusLabel).toBe(label);
  });

  it('dates a range by both ends', () => {
    expect(item('ukraine').asOf).toBe('April 2024 to May 2024');
    expect(scaleChartData(assumptions, 'de').items.find((i) => i.id === 'ukraine')!.asOf).toBe('April 2024 bis Mai 2024');
  });

  it('fails the build when the two ends of a range disagree on their status, or an assumption is missing', () => {
    const mixed = assumptions.map((a) => (a.id === 'network-power-estimate-high' ? { ...a, status: 'confirmed' as const } : a));
    expect(() => scaleChartData(mixed, 'en')).toThrow(/network-power-estimate-low and network-power-estimate-high must share one status/);
    expect(() => scaleChartData(assumptions.filter((a) => a.id !== 'plant-net-mw'), 'en')).toThrow(/no assumption "plant-net-mw"/);
  });
});

describe('layoutScale', () => {
  it.each(cases)('$locale at $width px: ten times more is always the same distance', ({ locale, width }) => {
    const layout = layoutFor(locale, width);
    const steps = layout.ticks.slice(1).map((t, i) => t.x - layout.ticks[i].x);
    // Positions are kept to a tenth of a pixel.
    for (const step of steps) expect(Math.abs(step - steps[0])).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(layout.ticks.map((t) => t.watts)).toEqual([1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11]);
    // Each mark sits log10(value / 10 kW) decades right of the first tick.
    const [first, last] = [layout.ticks[0].x, layout.ticks[layout.ticks.length - 1].x];
    const decade = (last - first) / (layout.ticks.length - 1);
    const items = scaleChartData(assumptions, locale).items;
    for (const [i, row] of layout.rows.entries()) {
      expect(Math.abs(row.mark.x1 - (first + Math.log10(items[i].low / 1e4) * decade))).toBeLessThanOrEqual(0.15);
      expect(Math.abs(row.mark.x2 - (first + Math.log10(items[i].high / 1e4) * decade))).toBeLessThanOrEqual(0.15);
    }
  });

  it.each(cases)('$locale at $width px: ranges are drawn as bars, single values as dots', ({ locale, width }) => {
    const rows = layoutFor(locale, width).rows;
    for (const id of ['ukraine', 'network']) {
      const { mark } = rows.find((r) => r.id === id)!;
      expect(mark.range).toBe(true);
      expect(mark.x2 - mark.x1).toBeGreaterThan(2);
    }
    for (const id of ['reports', 'russia', 'plant', 'cambridge']) {
      const { mark } = rows.find((r) => r.id === id)!;
      expect(mark.range).toBe(false);
      expect(mark.x2).toBe(mark.x1);
    }
  });

  it.each(cases)('$locale at $width px: every label stays inside the width and the height', ({ locale, width }) => {
    const layout = layoutFor(locale, width);
    for (const { line, size, weight } of allText(layout)) {
      const { left, right } = textExtent(line, size, weight);
      expect(left, line.text).toBeGreaterThanOrEqual(-0.01);
      expect(right, line.text).toBeLessThanOrEqual(width + 0.01);
      expect(line.y, line.text).toBeLessThanOrEqual(layout.height);
    }
    for (const row of layout.rows) {
      expect(row.mark.x1 - markSize.radius).toBeGreaterThanOrEqual(layout.plot.left);
      expect(row.mark.x2 + markSize.radius).toBeLessThanOrEqual(width);
      expect(row.band.y2).toBeLessThanOrEqual(layout.height);
    }
  });

  it.each(cases)('$locale at $width px: no label overlaps another label or a mark', ({ locale, width }) => {
    const layout = layoutFor(locale, width);
    const tickLabels = layout.ticks.flatMap((t) => (t.label ? [textExtent(t.label, fontSizes.axis)] : []));
    for (let i = 1; i < tickLabels.length; i++) expect(tickLabels[i].left).toBeGreaterThan(tickLabels[i - 1].right);
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i].top).toBeGreaterThan(layout.rows[i - 1].bottom);
    for (const row of layout.rows) {
      const value = textExtent(row.value, fontSizes.value, 'bold');
      const reach = row.mark.range ? 0 : markSize.radius;
      expect(value.left >= row.mark.x2 + reach || value.right <= row.mark.x1 - reach, row.id).toBe(true);
      expect(value.left).toBeGreaterThanOrEqual(layout.plot.left);
    }
    // The words of a row sit above its mark strip, and the source shares a line with the kind only if both fit.
    for (const row of layout.rows) {
      for (const line of [...row.label, row.tag, ...row.source, ...row.note]) expect(line.y, line.text).toBeLessThanOrEqual(row.band.y1);
      if (row.tag.after) {
        const after = textExtent({ ...row.tag, text: row.tag.after }, fontSizes.meta);
        expect(textExtent(row.tag, fontSizes.meta, 'bold').right + after.right - after.left).toBeLessThanOrEqual(width);
        expect(row.source).toEqual([]);
      } else {
        expect(row.source.length).toBeGreaterThan(0);
      }
    }
  });

  it('labels every decade when wide, and every other one on a phone, in the reader’s number format', () => {
    const labels = (locale: 'de' | 'en', width: number) => layoutFor(locale, width).ticks.flatMap((t) => (t.label ? [t.label.text.replace(nbsp, ' ')] : []));
    expect(labels('en', layoutWidths.medium)).toEqual(['10 kW', '100 kW', '1 MW', '10 MW', '100 MW', '1 GW', '10 GW', '100 GW']);
    expect(labels('de', layoutWidths.narrow)).toEqual(['10 kW', '1 MW', '100 MW', '10 GW']);
  });

  it('shows the kind of each figure as words, and the reports’ unit error next to its mark', () => {
    const rows = layoutFor('en', layoutWidths.narrow).rows;
    expect(rows.map((r) => r.tag.text)).toEqual(['wrong in the reports', 'weakly sourced', 'estimate', 'confirmed', 'confirmed', 'estimate']);
    expect(rows[0].note.map((l) => l.text).join(' ')).toMatch(/kW per hour/);
    expect(rows.slice(1).every((r) => r.note.length === 0)).toBe(true);
  });

  it('uses no font smaller than 12 px', () => {
    expect(Math.min(...Object.values(fontSizes))).toBeGreaterThanOrEqual(12);
  });
});
