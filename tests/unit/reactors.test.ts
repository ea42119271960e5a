import { describe, expect, it } from 'vitest';
import { chart } from '../../src/charts/reactors/reactors.chart';
import { lastPowerEvent, outputMW, reactorChartData, totalNetMW, type ReactorChartData } from '../../src/charts/reactors/reactors.data';
import { columnsFor, fontSizes, layoutReactors, padding, type Box, type ReactorsLayout, type TextMark } from '../../src/charts/reactors/reactors.layout';
import { estimateTextWidth, layoutWidths, softHyphen, wrapText } from '../../src/charts/text';
import { data } from '../../src/content';
import { assumption } from '../../src/content/figures';
import { locales } from '../../src/content/vocabulary';

const units = data['plant.yaml'];
const timeline = data['timeline.yaml'];
const nbsp = '\u00a0';
const widths = Object.values(layoutWidths);
const cases = locales.flatMap((locale) => widths.map((width) => ({ locale, width })));
const layoutFor = (locale: (typeof locales)[number], width: number) => layoutReactors(reactorChartData(units, timeline, locale), width);

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.width <= outer.x + outer.width + 0.01 && inner.y + inner.height <= outer.y + outer.height + 0.01;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The box a line of text takes up: from its x over its estimated width, from its cap height to its baseline. */
const textBox = (t: TextMark, size: number, weight: 'regular' | 'bold' = 'regular'): Box => ({
  x: t.x,
  y: t.y - size * 0.75,
  width: estimateTextWidth(t.text, size, weight),
  height: size * 0.75,
});

describe('wrapText with soft hyphens', () => {
  const word = `Besatzungs${softHyphen}macht`;
  it.each([
    // text, width in px at 12 px, expected lines
    [`Lizenz (${word})`, 200, ['Lizenz (Besatzungsmacht)']],
    [`Lizenz (${word})`, 90, ['Lizenz', '(Besatzungs-', 'macht)']],
    [`die ${word}`, 110, ['die Besatzungs-', 'macht']],
    [`Kalt${softHyphen}ab${softHyphen}schaltung`, 60, ['Kaltab-', 'schaltung']],
    [`${word}`, 20, ['Besatzungs-', 'macht']],
    ['cold shutdown', 50, ['cold', 'shutdown']],
    [`von 5.700${'\u00a0'}MW netto`, 60, ['von', `5.700${'\u00a0'}MW`, 'netto']],
    ['Unbreakable', 20, ['Unbreakable']],
  ])('%s in %d px', (text, width, expected) => {
    expect(wrapText(text, 12, width)).toEqual(expected);
  });

  it('never leaves a soft hyphen in a line', () => {
    for (const width of [20, 60, 100, 300]) for (const l of wrapText(`Russische Lizenz (${word})`, 12, width)) expect(l).not.toContain(softHyphen);
  });
});

describe('reactor data', () => {
  it.each([
    ['all cold', ['cold-shutdown', 'cold-shutdown'], 0],
    ['one operating', ['operating', 'cold-shutdown'], 950],
    ['hot shutdown delivers nothing', ['hot-shutdown', 'cold-shutdown'], 0],
    ['both operating', ['operating', 'operating'], 1900],
  ] as const)('output today: %s', (_name, states, expected) => {
    expect(outputMW(states.map((state) => ({ netMW: 950, state })))).toBe(expected);
  });

  it('adds the six units up to the net capacity the feasibility chapter uses, and delivers nothing today', () => {
    expect(units).toHaveLength(6);
    expect(totalNetMW(units)).toBe(assumption('plant-net-mw'));
    expect(units.reduce((sum, u) => sum + u.grossMW, 0)).toBe(assumption('plant-gross-mw'));
    expect(outputMW(units)).toBe(0);
  });

  it.each([
    ['de', [`Leistung heute: 0${nbsp}MW`, `von 5.700${nbsp}MW netto`], 'Kein Strom mehr seit September 2022'],
    ['en', [`Output today: 0${nbsp}MW`, `of 5,700${nbsp}MW net`], 'No power since September 2022'],
  ] as const)('%s: the total line says 0 of the net capacity, and since when', (locale, line, note) => {
    const { total } = reactorChartData(units, timeline, locale);
    expect(total.line).toEqual(line);
    expect(total.note).toBe(note);
  });

  it.each([
    ['de', 'Block 1', `950${nbsp}MW netto`, `1.000${nbsp}MW brutto`, 'kalt abgeschaltet', 'seit 13. April 2024', 'am Netz ca. 1985', '23. Dezember 2025'],
    ['en', 'Unit 1', `950${nbsp}MW net`, `1,000${nbsp}MW gross`, 'cold shutdown', 'since 13 April 2024', 'on the grid c. 1985', '23 December 2025'],
  ] as const)('%s: unit 1 reads %s, %s, %s, %s, %s, %s, licence %s', (locale, name, net, gross, state, since, connected, licence) => {
    const [first] = reactorChartData(units, timeline, locale).units;
    expect([first.name, first.net, first.gross, first.stateLabel, first.since, first.connected, first.licence?.date]).toEqual([
      name,
      net,
      gross,
      state,
      since,
      connected,
      licence,
    ]);
  });

  it.each(locales)('%s: units in order; only unit 1 carries the occupying power’s licence, named as such', (locale) => {
    const views = reactorChartData([...units].reverse(), timeline, locale).units;
    expect(views.map((v) => v.unit)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(views.filter((v) => v.licence).map((v) => v.unit)).toEqual([1]);
    expect(views[0].licence?.label.replaceAll(softHyphen, '')).toMatch(locale === 'de' ? /Besatzungsmacht/ : /occupying power/);
    expect(views[0].detail.at(-1)).toMatch(/Rostekhnadzor/);
  });

  it.each(locales)('%s: every unit’s details say the grid year is approximate', (locale) => {
    for (const v of reactorChartData(units, timeline, locale).units) expect(v.detail.join(' ')).toMatch(/Wikipedia/);
  });

  it('fails the build with the event id when the last power generation is missing from the timeline', () => {
    expect(() => lastPowerEvent(timeline.filter((e) => e.id !== 'last-power-generation'))).toThrow(/last-power-generation/);
  });
});

describe('reactor chart definition', () => {
  it.each([
    ['de', /0\u00a0MW/, /kalt abgeschaltet/, /Kettenreaktion ist gestoppt/, /Akt der Besatzungsmacht/, /Näherungen/],
    ['en', /0\u00a0MW/, /cold shutdown/, /chain reaction has stopped/, /act of the occupying power/, /approximate/],
  ] as const)('%s: the summary states output, state in plain words, the licence as an occupier’s act and the approximate years', (locale, ...patterns) => {
    const summary = chart.summary(locale);
    for (const p of patterns) expect(summary).toMatch(p);
  });

  it.each(locales)('%s: the table has one row per unit and eight columns, licence only for unit 1', (locale) => {
    const table = chart.table(locale);
    expect(table.columns).toHaveLength(8);
    expect(table.rows).toHaveLength(6);
    for (const row of table.rows) expect(row).toHaveLength(8);
    expect(table.rows[0][7]).toMatch(/2025/);
    expect(new Set(table.rows.slice(1).map((r) => r[7])).size).toBe(1);
    expect(table.caption).toMatch(/Wikipedia/);
  });

  it('is a static chart of the plant chapter with sources for units and the last power', () => {
    expect(chart.interactive).toBe(false);
    expect(chart.chapter).toBe('plant');
    expect(chart.sources).toEqual(expect.arrayContaining(['wikipedia-znpp', 'rbc-ukraine-grossi', 'rosatom-licence', 'raoias']));
  });
});

describe('reactor layout', () => {
  it.each([
    [layoutWidths.narrow, 2],
    [layoutWidths.medium, 3],
    [layoutWidths.wide, 6],
    [1000, 6],
  ])('at %d px the six units sit in %d columns', (width, columns) => {
    expect(columnsFor(width, 6)).toBe(columns);
  });

  it.each(cases)('$locale at $width px: cells in reading order, in the grid, not overlapping, rows level', ({ locale, width }) => {
    const layout = layoutFor(locale, width);
    const rows = Math.ceil(6 / layout.columns);
    expect(new Set(layout.units.map((u) => u.cell.y)).size).toBe(rows);
    layout.units.forEach((u, i) => {
      expect(u.unit).toBe(i + 1);
      expect(inside(u.cell, { x: 0, y: 0, width, height: layout.height })).toBe(true);
      for (const other of layout.units.slice(i + 1)) expect(overlap(u.cell, other.cell)).toBe(false);
      const next = layout.units[i + 1];
      if (next && (i + 1) % layout.columns !== 0) {
        expect(next.cell.x).toBeGreaterThan(u.cell.x);
        expect(next.cell.y).toBe(u.cell.y);
        expect(next.cell.height).toBe(u.cell.height);
      }
    });
  });

  it.each(cases)('$locale at $width px: every label fits its cell, badge or the chart', ({ locale, width }) => {
    const layout = layoutFor(locale, width);
    const chartBox = { x: 0, y: 0, width, height: layout.height };
    for (const t of [...layout.header.lines]) expect(inside(textBox(t, fontSizes.total, 'bold'), chartBox), t.text).toBe(true);
    for (const t of [...layout.header.note, ...layout.hint, ...layout.legend.map((l) => l.label)]) expect(inside(textBox(t, fontSizes.body), chartBox), t.text).toBe(true);
    for (const u of layout.units) {
      expect(inside(textBox(u.title, fontSizes.title, 'bold'), u.cell), u.title.text).toBe(true);
      for (const t of [...u.capacity, ...u.since, ...u.connected]) expect(inside(textBox(t, fontSizes.body), u.cell), t.text).toBe(true);
      for (const t of u.status.lines) expect(inside(textBox(t, fontSizes.body, 'bold'), u.cell), t.text).toBe(true);
      // The state's symbol sits left of its name's first line.
      expect(u.status.symbol.x).toBeLessThan(u.status.lines[0].x);
      if (u.badge) {
        expect(inside(u.badge, u.cell)).toBe(true);
        const textArea = { ...u.badge, x: u.badge.x + padding.badge - 0.01, width: u.badge.width - 2 * padding.badge + 0.02 };
        for (const t of u.badge.lines) expect(inside(textBox(t, fontSizes.body), textArea), t.text).toBe(true);
      }
      for (const t of [u.detail.title, ...u.detail.lines]) expect(inside(textBox(t, fontSizes.body), u.detail), t.text).toBe(true);
    }
  });

  it.each(cases)('$locale at $width px: no two text lines of a cell overlap', ({ locale, width }) => {
    for (const u of layoutFor(locale, width).units) {
      const boxes = [
        textBox(u.title, fontSizes.title, 'bold'),
        ...[...u.capacity, ...u.since, ...u.connected, ...(u.badge?.lines ?? [])].map((t) => textBox(t, fontSizes.body)),
        ...u.status.lines.map((t) => textBox(t, fontSizes.body, 'bold')),
      ];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      // The bar sits between the title and the capacity lines.
      expect(u.bar.y).toBeGreaterThan(u.title.y);
      expect(u.bar.y + u.bar.height).toBeLessThan(u.capacity[0].y - fontSizes.body * 0.75);
    }
  });

  it.each(cases)('$locale at $width px: the capacity bar is gross outline with a net fill of 95 % of it', ({ locale, width }) => {
    for (const u of layoutFor(locale, width).units) {
      expect(u.bar.netWidth / u.bar.grossWidth).toBeCloseTo(950 / 1000, 2);
      expect(u.bar.x + u.bar.grossWidth).toBeLessThanOrEqual(u.cell.x + u.cell.width - padding.cell + 0.01);
    }
  });

  it.each(cases)('$locale at $width px: each detail box lies inside the chart and never covers its own unit', ({ locale, width }) => {
    const layout = layoutFor(locale, width);
    for (const u of layout.units) {
      expect(inside(u.detail, { x: 0, y: 0, width, height: layout.height })).toBe(true);
      expect(overlap(u.detail, u.cell)).toBe(false);
    }
  });

  it('keeps the wide layout compact: detail boxes sit beside their unit, so the chart does not grow for them', () => {
    const layout = layoutFor('de', layoutWidths.wide);
    const gridBottom = Math.max(...layout.units.map((u) => u.cell.y + u.cell.height));
    for (const u of layout.units) expect(u.detail.y + u.detail.height).toBeLessThanOrEqual(gridBottom + 0.01);
  });

  it.each([
    [layoutWidths.narrow, 'en', ['Output today: 0\u00a0MW', 'of 5,700\u00a0MW net']],
    [layoutWidths.medium, 'en', ['Output today: 0\u00a0MW of 5,700\u00a0MW net']],
    [layoutWidths.narrow, 'de', ['Leistung heute: 0\u00a0MW', 'von 5.700\u00a0MW netto']],
  ] as const)('at %d px (%s) the total line breaks only between its two parts', (width, locale, expected) => {
    expect(layoutFor(locale, width).header.lines.map((l) => l.text)).toEqual(expected);
  });

  it('marks each state with its own symbol, so the state never rests on colour alone', () => {
    const base = reactorChartData(units, timeline, 'en');
    const states = ['cold-shutdown', 'hot-shutdown', 'operating'] as const;
    const mixed: ReactorChartData = { ...base, units: base.units.slice(0, 3).map((u, i) => ({ ...u, state: states[i] })) };
    const paths = layoutReactors(mixed, layoutWidths.wide).units.map((u) => u.status.symbol.d);
    expect(new Set(paths).size).toBe(3);
  });

  it('uses no font smaller than 12 px, and its narrowest layout fits a 320 px screen minus page padding', () => {
    expect(Math.min(...Object.values(fontSizes))).toBeGreaterThanOrEqual(12);
    expect(Math.min(...widths)).toBeLessThanOrEqual(320 - 2 * 16);
  });

  it.each(cases)('$locale at $width px: the height covers everything drawn', ({ locale, width }) => {
    const layout: ReactorsLayout = layoutFor(locale, width);
    const bottoms = [...layout.units.flatMap((u) => [u.cell.y + u.cell.height, u.detail.y + u.detail.height]), ...layout.hint.map((h) => h.y + 4)];
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(layout.height);
  });
});
