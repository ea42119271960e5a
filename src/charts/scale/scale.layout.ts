import { scaleLog } from 'd3-scale';
import type { SubstanceStatus } from '../../content/schema';
import { formatPower } from '../power';
import { estimateTextWidth, wrapText } from '../text';
import type { ScaleChartData, ScaleItemId } from './scale.data';

/** A positioned line of text; `anchor` says which end of the text `x` is. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** One item, laid out: its words (label, kind, source, note), its mark on the axis and its value beside the mark. */
export interface ScaleRowLayout {
  id: ScaleItemId;
  status: SubstanceStatus;
  /** Top and bottom of the row, for spacing and tests. */
  top: number;
  bottom: number;
  label: TextLine[];
  /** The kind of figure in words; `after` is the source when it fits on the same line (the browser places it). */
  tag: TextLine & { after?: string };
  source: TextLine[];
  note: TextLine[];
  /** A dot for one value, a bar from x1 to x2 for a range; cy is the mark's vertical centre. */
  mark: { range: boolean; x1: number; x2: number; cy: number };
  /** The strip the mark sits in, where the decade grid lines are drawn. */
  band: { y1: number; y2: number };
  value: TextLine;
}

/** The scale comparison, laid out: plain objects the view draws as they are. */
export interface ScaleLayout {
  width: number;
  height: number;
  plot: { left: number; right: number };
  title: TextLine[];
  ticks: { x: number; watts: number; label?: TextLine }[];
  tickLine: { y1: number; y2: number };
  rows: ScaleRowLayout[];
}

/** Font sizes in px; at the narrowest layout (320 px) nothing is smaller than 12 px. */
export const fontSizes = { label: 14, meta: 12, value: 13, axis: 12 } as const;
/** Size of the marks: dot radius and range bar height. */
export const markSize = { radius: 6, barHeight: 18 } as const;

const lineHeight = 1.35;
const rowGap = 18;
const gap = 8;
// Sets the source apart from the kind of figure when both share a line.
const separator = '·';
const line = (size: number) => size * lineHeight;
// Tenths of a pixel are plenty once scaled up, and keep the three SVGs in the page small.
const px = (value: number) => Math.round(value * 10) / 10;

/** Estimated left and right edge of a text line, from its anchor. */
export function textExtent(t: TextLine, fontSize: number, weight: 'regular' | 'bold' = 'regular'): { left: number; right: number } {
  const w = estimateTextWidth(t.text, fontSize, weight);
  const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return { left, right: left + w };
}

/**
 * Lay the scale comparison out for a width: a log axis of powers of ten, one row per item. Each row's words sit
 * above its mark at every width, so the axis keeps the full width (a label column would halve it, and squeeze
 * the ranges to a few pixels).
 */
export function layoutScale(data: ScaleChartData, width: number): ScaleLayout {
  const { locale, items } = data;

  // The axis spans whole decades around the data: 33 kW to 30 GW gives 10 kW to 100 GW.
  const lowExp = Math.floor(Math.log10(Math.min(...items.map((i) => i.low))));
  const highExp = Math.ceil(Math.log10(Math.max(...items.map((i) => i.high))));
  const powers = Array.from({ length: highExp - lowExp + 1 }, (_, i) => 10 ** (lowExp + i));
  const tickText = powers.map((p) => formatPower(locale, p, 0));
  // Leave room for the end ticks' centred labels.
  const pad = Math.ceil(Math.max(...[tickText[0], tickText[tickText.length - 1]].map((s) => estimateTextWidth(s, fontSizes.axis))) / 2) + 2;
  const plot = { left: 0, right: width };
  const log = scaleLog()
    .domain([powers[0], powers[powers.length - 1]])
    .range([plot.left + pad, plot.right - pad]);
  const x = (watts: number) => px(log(watts));

  let y = 0;
  const title = wrapText(data.labels.axis, fontSizes.axis, width).map((text): TextLine => {
    y += line(fontSizes.axis);
    return { x: 0, y: px(y), text, anchor: 'start' };
  });

  // Label every k-th decade so that tick labels never touch: k = 1 when there is room, 2 at phone width.
  const widest = Math.max(...tickText.map((s) => estimateTextWidth(s, fontSizes.axis)));
  const step = x(powers[1]) - x(powers[0]);
  const every = Math.max(1, Math.ceil((widest + gap) / step));
  y += line(fontSizes.axis) + 4;
  const ticks = powers.map((watts, i) => ({
    x: x(watts),
    watts,
    label: i % every === 0 ? { x: x(watts), y: px(y), text: tickText[i], anchor: 'middle' as const } : undefined,
  }));
  const tickLine = { y1: px(y + 4), y2: px(y + 10) };
  y = tickLine.y2 + rowGap / 2;

  const rows = items.map((item): ScaleRowLayout => {
    const top = y;
    let ty = top;
    const next = (size: number) => px((ty += line(size)));
    const label = wrapText(item.label, fontSizes.label, width, 'bold').map((text): TextLine => ({ x: 0, y: next(fontSizes.label), text, anchor: 'start' }));

    // The kind of figure, then its source: on one line when both fit, else the source wraps below.
    const tag: ScaleRowLayout['tag'] = { x: 0, y: next(fontSizes.meta), text: item.statusLabel, anchor: 'start' };
    const after = ` ${separator} ${item.source}`;
    const fitsInline = estimateTextWidth(tag.text, fontSizes.meta, 'bold') + estimateTextWidth(after, fontSizes.meta) <= width;
    if (fitsInline) tag.after = after;
    const source = fitsInline
      ? []
      : wrapText(item.source, fontSizes.meta, width).map((text): TextLine => ({ x: 0, y: next(fontSizes.meta), text, anchor: 'start' }));
    const note = wrapText(item.chartNote ?? '', fontSizes.meta, width).map((text): TextLine => ({ x: 0, y: next(fontSizes.meta), text, anchor: 'start' }));
    const textBottom = ty + fontSizes.meta * (lineHeight - 1);

    // The mark, in a strip below the words.
    const bandHeight = markSize.barHeight + 8;
    const cy = px(textBottom + 4 + bandHeight / 2);
    const band = { y1: cy - bandHeight / 2, y2: cy + bandHeight / 2 };
    const mark = { range: item.high > item.low, x1: x(item.low), x2: x(item.high), cy };

    // The value goes right of the mark if it fits, else left of it.
    const valueWidth = estimateTextWidth(item.value, fontSizes.value, 'bold');
    const reach = mark.range ? 0 : markSize.radius;
    const right = mark.x2 + reach + gap;
    const value: TextLine =
      right + valueWidth <= plot.right
        ? { x: px(right), y: px(cy + fontSizes.value * 0.35), text: item.value, anchor: 'start' }
        : { x: px(mark.x1 - reach - gap), y: px(cy + fontSizes.value * 0.35), text: item.value, anchor: 'end' };

    const bottom = band.y2;
    y = bottom + rowGap;
    return { id: item.id, status: item.status, top, bottom, label, tag, source, note, mark, band, value };
  });

  return { width, height: Math.ceil(y - rowGap + 4), plot, title, ticks, tickLine, rows };
}
