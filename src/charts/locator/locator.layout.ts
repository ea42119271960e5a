import { geoConicEqualArea, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { symbol, symbolTriangle } from 'd3-shape';
import { formatQuantity } from '../../i18n/format';
import { estimateTextWidth, wrapText } from '../text';
import type { LabelKind, LocatorData, LonLat, OblastGroup, OblastId } from './locator.data';

/** A rectangle in layout units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A positioned line of text. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** A placed label: its lines, how they are anchored, and the box they take up. */
export interface PlacedLabel {
  id: string;
  kind: LabelKind | 'place';
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  /** The first line is bold (a name); further lines are regular. */
  bold: boolean;
  lines: TextLine[];
  box: Box;
}

/** The map, laid out for one width: SVG path data in layout units, and everything placed on it. */
export interface LocatorLayout {
  width: number;
  height: number;
  /** The map area (the legend follows below it). */
  map: { width: number; height: number };
  shapes: {
    neighbours: string;
    ukraine: string;
    borders: string;
    oblasts: { id: OblastId; group: OblastGroup; d: string }[];
  };
  plant: { x: number; y: number; d: string; box: Box };
  kyiv: { x: number; y: number; r: number; box: Box };
  labels: PlacedLabel[];
  scaleBar: { x: number; y: number; length: number; label: TextLine; box: Box };
  legend: { group: OblastGroup; swatch: Box; lines: TextLine[] }[];
}

/** Font sizes in layout units; layouts are only scaled up, so nothing is below 12 px on screen. */
export const fontSizes = { ukraine: 15, country: 13, sea: 12, oblast: 12, crimea: 12, place: 13, legend: 13, scale: 12 } as const;
const lineHeight = 1.25;
const pad = 4;
// Room above and below Ukraine for the neighbours' names, the sea and the scale bar.
const margin = { top: 30, bottom: 34 };
// Labels keep this distance from each other and from the symbols.
const gap = 2;
const plantSymbolArea = 130;
const kyivRadius = 4.5;
// Longest line of an area label before it wraps (Crimea's "(Ukraine)" goes on its own line).
const maxLabelWidth: Record<LabelKind, number> = { ukraine: 200, country: 120, sea: 110, oblast: 120, crimea: 70 };
const legend = { swatchWidth: 22, swatchHeight: 14, textX: 30, gapAbove: 14, itemGap: 6 };
const niceKilometres = [50, 100, 150, 200, 250, 300, 400, 500];

const round = (value: number) => Math.round(value * 10) / 10;
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
const inside = (box: Box, frame: Box) => box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;

/** The conic projection fitted to Ukraine's width, with room above and below; neighbours are cropped at the frame. */
function fitProjection(data: LocatorData, width: number): { projection: GeoProjection; height: number } {
  // Standard parallels and central meridian bracket Ukraine, so its shape is true and its area undistorted.
  const projection = geoConicEqualArea().parallels([45.5, 50.5]).rotate([-31.5, 0]).fitWidth(width - 2 * pad, data.geography.ukraine);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(data.geography.ukraine);
  const [tx, ty] = projection.translate();
  projection.translate([tx + pad - x0, ty + margin.top - y0]);
  const height = Math.ceil(y1 - y0 + margin.top + margin.bottom);
  return { projection: projection.clipExtent([[0, 0], [width, height]]), height };
}

/** The lines of a label whose anchor point is (x, y), and the box they take up (measured bold if the name is). */
function textBlock(lines: string[], x: number, y: number, anchor: PlacedLabel['anchor'], fontSize: number, bold: boolean) {
  const widths = lines.map((line) => estimateTextWidth(line, fontSize, bold ? 'bold' : 'regular'));
  const w = Math.max(...widths);
  const h = lines.length * fontSize * lineHeight;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  // The block is centred vertically on y; a baseline sits about 0.35 em below a line's middle.
  const top = y - h / 2;
  return {
    lines: lines.map((text, i) => ({ x: round(x), y: round(top + (i + 0.5) * fontSize * lineHeight + fontSize * 0.35), text })),
    box: { x0, y0: top, x1: x0 + w, y1: top + h },
  };
}

/** A scale bar of a round length, about a fifth of the width, true along the map's middle parallel. */
function scaleBar(data: LocatorData, projection: GeoProjection, width: number, height: number) {
  const [x, y] = projection([31.5, 48.5])!;
  const east = projection.invert!([x + 100, y])!;
  const kmPerUnit = (geoDistance([31.5, 48.5], east as LonLat) * 6371) / 100;
  const km = niceKilometres.filter((k) => k / kmPerUnit <= width / 5).pop() ?? niceKilometres[0];
  const length = round(km / kmPerUnit);
  const barY = height - 8;
  const barX = pad + 2;
  const label = { x: barX, y: round(barY - 6), text: formatQuantity(data.locale, km, 'km') };
  const labelWidth = estimateTextWidth(label.text, fontSizes.scale);
  return { x: barX, y: barY, length, label, box: { x0: barX - 2, y0: barY - 6 - fontSizes.scale, x1: barX + Math.max(length, labelWidth) + 2, y1: barY + 4 } };
}

/** Lay the locator map out for a width: project the shapes, mark the places, place as many labels as fit. */
export function layoutLocator(data: LocatorData, width: number): LocatorLayout {
  const { projection, height: mapHeight } = fitProjection(data, width);
  const path = geoPath(projection).digits(1);
  const project = (lonLat: LonLat) => projection(lonLat)!.map(round) as [number, number];
  // Labels stay clear of the map's frame line.
  const frame: Box = { x0: 2, y0: 2, x1: width - 2, y1: mapHeight - 2 };

  const [px, py] = project(data.places.plant.lonLat);
  const plantRadius = Math.sqrt(plantSymbolArea) * 0.7;
  const plant = {
    x: px,
    y: py,
    d: symbol(symbolTriangle, plantSymbolArea)()!,
    box: { x0: px - plantRadius, y0: py - plantRadius, x1: px + plantRadius, y1: py + plantRadius },
  };
  const [kx, ky] = project(data.places.kyiv.lonLat);
  const kyiv = { x: kx, y: ky, r: kyivRadius, box: { x0: kx - kyivRadius, y0: ky - kyivRadius, x1: kx + kyivRadius, y1: ky + kyivRadius } };
  const bar = scaleBar(data, projection, width, mapHeight);

  const taken: Box[] = [plant.box, kyiv.box, bar.box];
  const labels: PlacedLabel[] = [];
  const tryPlace = (label: PlacedLabel) => {
    if (!inside(label.box, frame) || taken.some((box) => overlaps(box, label.box))) return false;
    taken.push(label.box);
    labels.push(label);
    return true;
  };

  // The two places come first and try the spots around their symbol in turn.
  const offset = plantRadius + 5;
  const pointSpots = (x: number, y: number, r: number, h: number) => ({
    left: { x: x - r, y, anchor: 'end' as const },
    right: { x: x + r, y, anchor: 'start' as const },
    above: { x, y: y - r - h / 2, anchor: 'middle' as const },
    below: { x, y: y + r + h / 2, anchor: 'middle' as const },
  });
  const plantLines = [data.places.plant.name, data.places.plant.detail];
  const plantHeight = plantLines.length * fontSizes.place * lineHeight;
  const plantSpots = pointSpots(px, py, offset, plantHeight);
  for (const spot of [plantSpots.left, plantSpots.below, plantSpots.right, plantSpots.above]) {
    const block = textBlock(plantLines, spot.x, spot.y, spot.anchor, fontSizes.place, true);
    if (tryPlace({ id: 'plant', kind: 'place', anchor: spot.anchor, fontSize: fontSizes.place, bold: true, ...block })) break;
  }
  const kyivSpots = pointSpots(kx, ky, kyivRadius + 3, fontSizes.place * lineHeight);
  for (const spot of [kyivSpots.right, kyivSpots.left, kyivSpots.above, kyivSpots.below]) {
    const block = textBlock([data.places.kyiv.name], spot.x, spot.y, spot.anchor, fontSizes.place, true);
    if (tryPlace({ id: 'kyiv', kind: 'place', anchor: spot.anchor, fontSize: fontSizes.place, bold: true, ...block })) break;
  }

  // Area labels in order of importance, each at the first of its points where it fits; the rest are left out.
  for (const label of data.areaLabels) {
    const fontSize = fontSizes[label.kind];
    const bold = label.kind === 'ukraine';
    const lines = wrapText(label.text, fontSize, maxLabelWidth[label.kind], bold ? 'bold' : 'regular');
    for (const anchor of label.anchors) {
      const [x, y] = project(anchor);
      if (tryPlace({ id: label.id, kind: label.kind, anchor: 'middle', fontSize, bold, ...textBlock(lines, x, y, 'middle', fontSize, bold) })) break;
    }
  }

  // The legend explains the two hatchings below the map.
  let y = mapHeight + legend.gapAbove;
  const legendItems = data.legend.map((item) => {
    const lines = wrapText(item.text, fontSizes.legend, width - legend.textX).map((text, i) => ({
      x: legend.textX,
      y: round(y + fontSizes.legend + i * fontSizes.legend * lineHeight),
      text,
    }));
    const swatch = { x0: 0, y0: y + 1, x1: legend.swatchWidth, y1: y + 1 + legend.swatchHeight };
    y += Math.max(legend.swatchHeight, lines.length * fontSizes.legend * lineHeight) + legend.itemGap;
    return { group: item.group, swatch, lines };
  });

  return {
    width,
    height: Math.ceil(y),
    map: { width, height: mapHeight },
    shapes: {
      neighbours: path(data.geography.neighbours) ?? '',
      ukraine: path(data.geography.ukraine) ?? '',
      borders: path(data.geography.borders) ?? '',
      oblasts: data.geography.oblasts.map((o) => ({ id: o.id, group: o.group, d: path(o.shape) ?? '' })),
    },
    plant,
    kyiv,
    labels,
    scaleBar: bar,
    legend: legendItems,
  };
}
