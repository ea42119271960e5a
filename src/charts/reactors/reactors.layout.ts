import { scaleLinear } from 'd3-scale';
import { symbol, symbolAsterisk, symbolCircle, symbolTriangle2, type SymbolType } from 'd3-shape';
import { estimateTextWidth, layoutWidths, wrapText } from '../text';
import type { ReactorChartData, UnitState, UnitView } from './reactors.data';

/** A positioned line of text (y is the baseline). */
export interface TextMark {
  x: number;
  y: number;
  text: string;
}

/** A rectangle in layout units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One unit's cell, laid out in chart coordinates. */
export interface UnitLayout {
  unit: number;
  state: UnitState;
  ariaLabel: string;
  cell: Box;
  title: TextMark;
  /** Capacity bar: the outline is gross capacity, the fill net capacity, on one scale for all units. */
  bar: { x: number; y: number; height: number; grossWidth: number; netWidth: number };
  capacity: TextMark[];
  /** The state's symbol (a path centred on x, y) and its name: never colour alone. */
  status: { symbol: { x: number; y: number; d: string }; lines: TextMark[] };
  since: TextMark[];
  connected: TextMark[];
  badge?: Box & { lines: TextMark[] };
  /** Shown on hover or focus over the other units (beside, above or below), never over the unit itself. */
  detail: Box & { title: TextMark; lines: TextMark[] };
}

/** The whole chart, laid out: plain objects the view draws as they are. */
export interface ReactorsLayout {
  width: number;
  height: number;
  columns: number;
  header: { lines: TextMark[]; note: TextMark[] };
  legend: { swatch: Box; kind: 'net' | 'gross'; label: TextMark }[];
  units: UnitLayout[];
  hint: TextMark[];
}

/** Font sizes in px; at the narrowest layout (320 px) nothing is smaller than 12 px. */
export const fontSizes = { total: 15, title: 14, body: 12 } as const;
/** Inner padding of a cell, and of the badge text inside its frame. */
export const padding = { cell: 4, badge: 3, detail: 8 } as const;
// Layout units to one decimal: finer positions add bytes to the HTML, not sharpness.
const round = (value: number) => Math.round(value * 10) / 10;
const line = (size: number) => round(size * 1.35);
const gap = 6;
const barHeight = 10;
const symbolSize = 60;
const statusIndent = 17;
const detailMaxWidth = 300;
const detailMinWidth = 200;
const entryGap = 4;

// Each state has its own symbol shape, so the state reads without colour.
const symbols: Record<UnitState, SymbolType> = {
  'cold-shutdown': symbolAsterisk,
  'hot-shutdown': symbolTriangle2,
  operating: symbolCircle,
};

/** Small multiples per width: 2 columns × 3 rows when narrow, 3 × 2 at medium, 6 in one row when wide. */
export function columnsFor(width: number, units: number): number {
  const columns = width >= layoutWidths.wide ? 6 : width >= layoutWidths.medium ? 3 : 2;
  return Math.max(1, Math.min(columns, units));
}

/** Lines of text stacked below `top`, one line-height apart; returns them and the last baseline. */
function stack(texts: string[], x: number, top: number, size: number): [TextMark[], number] {
  let y = top;
  const marks = texts.map((text) => {
    y = round(y + line(size));
    return { x: round(x), y, text };
  });
  return [marks, y];
}

/**
 * The state's name in bold, its first line indented for the symbol and the rest at full width; when not even the
 * first word fits beside the symbol, the first line stays empty and the name starts below it.
 */
function hangingLines(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const fits = (candidate: string) => estimateTextWidth(candidate, fontSizes.body, 'bold') <= width - statusIndent;
  let count = 0;
  while (count < words.length && fits(words.slice(0, count + 1).join(' '))) count++;
  const rest = words.slice(count).join(' ');
  return [words.slice(0, count).join(' '), ...(rest ? wrapText(rest, fontSizes.body, width, 'bold') : [])];
}

/** A unit's cell content from the cell's top-left corner, and the height that content needs. */
function layoutUnit(unit: UnitView, cell: Omit<Box, 'height'>, barScale: (mw: number) => number) {
  const inner = cell.width - 2 * padding.cell;
  const x = cell.x + padding.cell;
  const body = (text: string, width = inner) => wrapText(text, fontSizes.body, width);

  const title = { x, y: cell.y + padding.cell + fontSizes.title, text: unit.name };
  const bar = { x, y: title.y + 7, height: barHeight, grossWidth: round(barScale(unit.grossMW)), netWidth: round(barScale(unit.netMW)) };
  const [capacity, afterCapacity] = stack([...body(unit.net), ...body(unit.gross)], x, bar.y + barHeight + 1, fontSizes.body);
  const [statusLines, afterStatus] = stack(hangingLines(unit.stateLabel, inner), x, afterCapacity + 5, fontSizes.body);
  const status = {
    // Centred on the first line's x-height, in the indent left of the state's name.
    symbol: { x: round(x + statusIndent / 2 - 2), y: round(statusLines[0].y - fontSizes.body * 0.35), d: symbol(symbols[unit.state], symbolSize)() ?? '' },
    lines: statusLines.map((l, i) => (i === 0 ? { ...l, x: x + statusIndent } : l)).filter((l) => l.text),
  };
  const [since, afterSince] = stack(body(unit.since), x, afterStatus, fontSizes.body);
  const [connected, afterConnected] = stack(body(unit.connected), x, afterSince, fontSizes.body);

  let bottom = afterConnected + 4;
  let badge: UnitLayout['badge'];
  if (unit.licence) {
    const top = bottom + 6;
    const textWidth = inner - 2 * padding.badge;
    const [lines, last] = stack([...body(unit.licence.label, textWidth), ...body(unit.licence.date, textWidth)], x + padding.badge, top, fontSizes.body);
    badge = { x, y: top, width: inner, height: round(last - top + 6), lines };
    bottom = top + badge.height;
  }
  return { marks: { title, bar, capacity, status, since, connected, badge }, height: round(bottom + padding.cell - cell.y) };
}

/** A unit's detail box: where it goes (see the order of choices in layoutReactors) and its lines. */
function layoutDetail(unit: UnitView, cell: Box, width: number, gridBottom: number): UnitLayout['detail'] {
  const sized = (boxWidth: number) => {
    const entries = unit.detail.map((d) => wrapText(d, fontSizes.body, boxWidth - 2 * padding.detail));
    const lines = entries.reduce((n, e) => n + e.length, 0);
    return { entries, height: round(padding.detail + line(fontSizes.title) + lines * line(fontSizes.body) + (entries.length - 1) * entryGap + padding.detail) };
  };
  const right = cell.x + cell.width + 4;
  const sides = [
    { x: round(right), width: round(Math.min(detailMaxWidth, width - right)) },
    { x: round(Math.max(0, cell.x - 4 - detailMaxWidth)), width: round(Math.min(detailMaxWidth, cell.x - 4)) },
  ];
  let box: Box | undefined;
  let entries: string[][] = [];
  for (const side of sides.filter((s) => s.width >= detailMinWidth)) {
    const sizedSide = sized(side.width);
    // Level with the unit, moved up as far as needed to stay inside the grid.
    const y = round(Math.min(cell.y, gridBottom - sizedSide.height));
    if (y >= 0) {
      [box, entries] = [{ ...side, y, height: sizedSide.height }, sizedSide.entries];
      break;
    }
  }
  if (!box) {
    const boxWidth = Math.min(width, detailMaxWidth);
    const sizedBox = sized(boxWidth);
    const x = round(Math.min(Math.max(0, cell.x + cell.width / 2 - boxWidth / 2), width - boxWidth));
    const above = round(cell.y - 4 - sizedBox.height);
    box = { x, y: above >= 0 ? above : round(cell.y + cell.height + 4), width: boxWidth, height: sizedBox.height };
    entries = sizedBox.entries;
  }

  const title = { x: box.x + padding.detail, y: round(box.y + padding.detail + fontSizes.title), text: unit.name };
  // One block of lines per entry, a little apart, so the entries read as a list.
  let y = title.y + 2 - entryGap;
  const lines = entries.flatMap((entry) => {
    const [marks, last] = stack(entry, box.x + padding.detail, y + entryGap, fontSizes.body);
    y = last;
    return marks;
  });
  return { ...box, title, lines };
}

/** Lay the reactor chart out for a width. */
export function layoutReactors(data: ReactorChartData, width: number): ReactorsLayout {
  // Header: what the plant delivers today against its net capacity, and since when it has delivered nothing.
  // One line when it fits; else broken between its two parts ("0 MW" / "of 5,700 MW net"), not mid-phrase.
  const whole = data.total.line.join(' ');
  const totalTexts = estimateTextWidth(whole, fontSizes.total, 'bold') <= width ? [whole] : data.total.line.flatMap((part) => wrapText(part, fontSizes.total, width, 'bold'));
  const [lines, afterTotal] = stack(totalTexts, 0, 0, fontSizes.total);
  const [note, afterNote] = stack(wrapText(data.total.note, fontSizes.body, width), 0, afterTotal, fontSizes.body);
  let y = round(afterNote + 10);

  // Legend: net and gross swatches side by side when both fit, otherwise one under the other.
  const swatch = 24;
  const items = [
    { kind: 'net' as const, text: data.labels.legendNet },
    { kind: 'gross' as const, text: data.labels.legendGross },
  ].map((item) => ({ ...item, width: swatch + 6 + estimateTextWidth(item.text, fontSizes.body) }));
  const sideBySide = items[0].width + 16 + items[1].width <= width;
  const legend = items.map((item, i) => {
    const left = sideBySide && i === 1 ? round(items[0].width + 16) : 0;
    const baseline = y + fontSizes.body + (sideBySide ? 0 : i * line(fontSizes.body));
    return {
      kind: item.kind,
      swatch: { x: left + 1, y: baseline - barHeight + 1, width: swatch - 2, height: barHeight - 2 },
      label: { x: left + swatch + 6, y: baseline, text: item.text },
    };
  });
  y = round(legend[legend.length - 1].label.y + 10);

  // Grid: columns by width; every cell of a row as tall as its tallest, all bars on one scale.
  const columns = columnsFor(width, data.units.length);
  // Rounded down, so that the last column never passes the right edge.
  const cellWidth = Math.floor(((width - gap * (columns - 1)) / columns) * 10) / 10;
  const barScale = scaleLinear()
    .domain([0, Math.max(...data.units.map((u) => u.grossMW))])
    .range([0, cellWidth - 2 * padding.cell]);
  const placed: { unit: UnitView; cell: Box; marks: ReturnType<typeof layoutUnit>['marks'] }[] = [];
  for (let start = 0; start < data.units.length; start += columns) {
    const row = data.units.slice(start, start + columns).map((unit, i) => {
      const cell = { x: round(i * (cellWidth + gap)), y, width: cellWidth };
      return { unit, cell, ...layoutUnit(unit, cell, barScale) };
    });
    const height = Math.max(...row.map((r) => r.height));
    for (const { unit, cell, marks } of row) placed.push({ unit, cell: { ...cell, height }, marks });
    y = round(y + height + gap);
  }
  const gridBottom = round(y - gap);
  const [hint, afterHint] = stack(wrapText(data.labels.hint, fontSizes.body, width), 0, gridBottom + 2, fontSizes.body);

  // Detail boxes float over the other units, never over their own: beside the unit when a wide enough box fits
  // in the grid, else above its row, else below it (where the chart grows if it must).
  const units = placed.map(
    ({ unit, cell, marks }): UnitLayout => ({
      unit: unit.unit,
      state: unit.state,
      ariaLabel: `${unit.name}: ${unit.detail.join('; ')}`,
      cell,
      ...marks,
      detail: layoutDetail(unit, cell, width, gridBottom),
    }),
  );

  const bottom = Math.max(afterHint + 4, ...units.map((u) => u.detail.y + u.detail.height));
  return { width, height: Math.ceil(bottom + 1), columns, header: { lines, note }, legend, units, hint };
}
