import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { formatDate } from '../../i18n/format';
import { fillTemplate } from '../../i18n/template';
import { parseIsoDate as parse } from '../dates';
import { dodge } from '../dodge';
import { estimateTextWidth, wrapText } from '../text';
import type { TimelineChartData, TimelineEventView } from './timeline.data';

/** A positioned line of text (y is the baseline). */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** A straight line. */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A marker centred on (x, y): one event (a numbered circle), or events too close to tell apart (a pill). */
export interface MarkerLayout {
  key: string;
  ids: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** The event numbers it stands for: "7", or "7–12" for a cluster. */
  text: string;
  planned: boolean;
}

/** A bar for a stretch of time: an event with an end date, or a rule from its start to its planned end. */
export interface SpanLayout {
  key: string;
  line: Line;
  planned: boolean;
  /** An arrowhead where the bar runs on past the axis break. */
  arrow?: string;
}

/** An event's label: its number in bold, then its text, wrapped with a hanging indent. */
export interface LabelLayout {
  id: string;
  number: TextMark;
  lines: TextMark[];
  box: Box;
  planned: boolean;
  /** Set on the shaded stretch of planned dates, so its halo (which keeps lines off the text) matches the shade. */
  onZone: boolean;
  /** From the marker to the label, where the two are apart. */
  leader?: Line;
  /** The lane's symbol in front of the label (vertical layout, where lanes share one axis). */
  icon?: { lane: number; x: number; y: number };
}

/** The "today" marker: a line across the lanes, a pointer on the axis and a label in a row kept free for it. */
export interface TodayLayout {
  line: Line;
  pointer: string;
  label: TextMark;
  /** The pointer's shape again in front of the label, where the label cannot sit at the pointer (vertical). */
  key?: string;
}

/** The whole timeline, laid out for one width: plain objects the view draws as they are. */
export interface TimelineLayout {
  width: number;
  height: number;
  orientation: 'horizontal' | 'vertical';
  /** Lane names: titles above each lane (horizontal) or a legend of lane symbols (vertical). */
  laneTitles: TextMark[];
  legend: { lane: number; x: number; y: number }[];
  tracks: Line[];
  separators: Line[];
  grid: Line[];
  years: TextMark[];
  axis: Line[];
  /** The two strokes that mark the break in the time axis before the far-off dates. */
  axisBreak?: string;
  plannedZone: Box;
  reportingLine: Line;
  reportingLabel?: TextMark;
  plannedLabel: TextMark;
  spans: SpanLayout[];
  markers: MarkerLayout[];
  labels: LabelLayout[];
  today: TodayLayout;
}

/** Font sizes in px; the narrowest layout (280) is only ever scaled up, so nothing is drawn below 12 px. */
export const fontSizes = { label: 12, number: 12, lane: 13, axis: 12 } as const;
/** Marker radius. */
export const markerRadius = 10;
/** Below this width the timeline runs top to bottom. */
export const verticalBelow = 360;
const r = markerRadius;
const slot = 2 * r + 2;
const lineHeight = 15;
const breakGap = 18;
const labelGap = 8;
const maxLevels = 3;
// Planned dates more than this many years after the reporting date sit past a break at the end of the axis,
// so that a date years away (the mining ban's end) does not squeeze the years the story is about.
const horizonYears = 2;
const verticalAxisLength = 600;
const gutter = 56;

const last = <T>(items: T[]) => items[items.length - 1];

/** The time axis: a UTC scale over the years the story covers, and slots past a break for far-off dates. */
interface TimeAxis {
  scale: ScaleTime<number, number>;
  start: Date;
  end: Date;
  /** Where the main axis ends and, if there are far-off dates, where the break sits. */
  mainEnd: number;
  breakAt?: number;
  /** The far end of the axis, after any far-off dates. */
  farEnd: number;
  beyond: TimelineEventView[];
  position: (event: TimelineEventView) => number;
}

function timeAxis(data: TimelineChartData, from: number, to: number, farSlot: number): TimeAxis {
  const horizon = utcYear.offset(parse(data.reportingAsOf), horizonYears);
  const beyond = data.events.filter((e) => parse(e.end ?? e.date) > horizon);
  const near = data.events.filter((e) => !beyond.includes(e));
  const start = utcMonth.floor(new Date(Math.min(...near.map((e) => parse(e.date).getTime()))));
  const end = utcMonth.offset(utcMonth.floor(new Date(Math.max(...near.map((e) => parse(e.end ?? e.date).getTime())))), 3);
  const mainEnd = beyond.length ? to - breakGap - beyond.length * farSlot : to - farSlot / 2;
  const scale = scaleUtc().domain([start, end]).range([from, mainEnd]);
  const beyondAt = (i: number) => mainEnd + breakGap + farSlot * (i + 0.5);
  return {
    scale,
    start,
    end,
    mainEnd,
    breakAt: beyond.length ? mainEnd + breakGap / 2 : undefined,
    farEnd: beyond.length ? beyondAt(beyond.length - 1) + farSlot / 2 : mainEnd,
    beyond,
    position: (event) => (beyond.includes(event) ? beyondAt(beyond.indexOf(event)) : scale(parse(event.date))),
  };
}

/** Where a day falls on the axis: on the scale, in the break before far-off dates, or just after the last of them. */
function dayPosition(axis: TimeAxis, iso: string): number {
  const day = parse(iso);
  if (day <= axis.end) return axis.scale(day < axis.start ? axis.start : day);
  const passed = axis.beyond.filter((e) => parse(e.date) <= day);
  if (!passed.length) return axis.breakAt ?? axis.mainEnd;
  return axis.position(last(passed)) + r + 3;
}

/** The years on the axis: the boundaries between them, and a label centred on each year's stretch where it fits. */
function yearMarks(axis: TimeAxis): { boundaries: { at: number }[]; labels: { at: number; length: number; text: string }[] } {
  const boundaries = utcYear.range(utcYear.ceil(axis.start), axis.end).map((d) => ({ at: axis.scale(d) }));
  const labels = utcYear.range(utcYear.floor(axis.start), axis.end).map((year) => {
    const from = axis.scale(year < axis.start ? axis.start : year);
    const next = utcYear.offset(year, 1);
    const to = axis.scale(next > axis.end ? axis.end : next);
    // A year is a calendar number, written the same in German and English (formatNumber would add a separator).
    return { at: (from + to) / 2, length: to - from, text: String(year.getUTCFullYear()) };
  });
  const far = [...new Set(axis.beyond.map((e) => parse(e.date).getUTCFullYear()))].map((year) => {
    const positions = axis.beyond.filter((e) => parse(e.date).getUTCFullYear() === year).map(axis.position);
    return { at: (Math.min(...positions) + Math.max(...positions)) / 2, length: Number.POSITIVE_INFINITY, text: String(year) };
  });
  return { boundaries, labels: [...labels, ...far] };
}

/** Number ranges for a cluster's label: "7–12", "5, 7". */
function numberRanges(numbers: number[]): string {
  const runs: number[][] = [];
  for (const n of numbers) {
    const run = last(runs);
    if (run && n === last(run) + 1) run.push(n);
    else runs.push([n]);
  }
  return runs.map((run) => (run.length > 1 ? `${run[0]}–${last(run)}` : String(run[0]))).join(', ');
}

/** The text of an event's label, wrapped: bold number, then the label and any caution (e.g. "disputed"). */
function labelText(event: TimelineEventView, maxWidth: number, lead = 0) {
  const number = String(event.number);
  const indent = lead + estimateTextWidth(number, fontSizes.number, 'bold') + 4;
  const text = event.caution ? `${event.label} (${event.caution})` : event.label;
  const lines = wrapText(text, fontSizes.label, maxWidth - indent);
  return { number, indent, lines, width: indent + Math.max(...lines.map((l) => estimateTextWidth(l, fontSizes.label))) };
}

function todayText(data: TimelineChartData, today: string): string {
  return fillTemplate(data.text.todayTemplate, { date: formatDate(data.locale, today) }, 'chart.timeline.today');
}

// Keep a label of this width centred on x where it fits, else flush with the edge it would cross.
function fitAnchor(x: number, textWidth: number, width: number): Pick<TextMark, 'x' | 'anchor'> {
  if (x - textWidth / 2 < 1) return { x: 1, anchor: 'start' };
  if (x + textWidth / 2 > width - 1) return { x: width - 1, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** A row of labels on one side of a lane's markers: the stretches its labels cover and the x of their leaders. */
interface LabelRow {
  spans: [number, number][];
  leaders: number[];
  lines: number;
}

// Places to try for a label, nearest the markers first: below, then above; starting at the marker, then ending there.
function candidates(lefts: number[]) {
  return Array.from({ length: maxLevels }, (_, level) =>
    (['below', 'above'] as const).flatMap((side) => lefts.map((left) => ({ side, level, left }))),
  ).flat();
}

// Whether a label covering `span` fits in row `level` of one side, with its leader at x: no overlap in its row,
// its leader crosses no label nearer the markers, and no leader from a row further out crosses it.
function fits(rows: LabelRow[], level: number, [left, right]: [number, number], x: number): boolean {
  const crosses = (at: number, [l, rr]: [number, number]) => at >= l - 3 && at <= rr + 3;
  const row = rows[level];
  return (
    (!row || row.spans.every(([l, rr]) => right + labelGap <= l || left >= rr + labelGap)) &&
    rows.slice(0, level).every((nearer) => nearer.spans.every((s) => !crosses(x, s))) &&
    rows.slice(level + 1).every((further) => further.leaders.every((at) => !crosses(at, [left, right])))
  );
}

// A rule's bar from its start to its end, drawn by `bar` between two axis positions: solid up to the reporting date,
// dashed (planned) after it; when the end lies past the axis break the bar stops there with an arrow and resumes after.
function periodBars(
  axis: TimeAxis,
  period: { from: TimelineEventView; to: TimelineEventView; reporting: Date },
  bar: (a: number, b: number) => Line,
  arrowAt: (tip: number) => string,
): SpanLayout[] {
  const { from, to } = period;
  const [start, end] = [axis.position(from), axis.position(to)];
  const reporting = axis.scale(period.reporting);
  const far = axis.beyond.includes(to) && axis.breakAt !== undefined;
  const tip = (axis.breakAt ?? end) - 3;
  const bars: SpanLayout[] = [];
  if (start < reporting) bars.push({ key: `${from.id}-past`, line: bar(start, Math.min(end, reporting)), planned: false });
  if (far || end > reporting) {
    bars.push({
      key: `${from.id}-planned`,
      line: bar(Math.max(start, reporting), far ? tip - 6 : end),
      planned: true,
      arrow: far ? arrowAt(tip) : undefined,
    });
  }
  if (far) bars.push({ key: `${from.id}-far`, line: bar(axis.breakAt! + 6, end), planned: true });
  return bars;
}

function layoutHorizontal(data: TimelineChartData, width: number, today: string): TimelineLayout {
  const axis = timeAxis(data, r + 5, width, 2 * r + 8);
  const xRep = axis.scale(parse(data.reportingAsOf));
  const headerY = 14;
  const lanesTop = 24;
  const maxLabelWidth = Math.min(170, Math.max(125, width * 0.28));

  const laneTitles: TextMark[] = [];
  const tracks: Line[] = [];
  const separators: Line[] = [];
  const spans: SpanLayout[] = [];
  const markers: MarkerLayout[] = [];
  const labels: LabelLayout[] = [];
  const trackRight = axis.farEnd;

  let y = lanesTop;
  data.lanes.forEach((lane, laneIndex) => {
    const events = data.events.filter((e) => e.lane === lane.id);

    // Markers closer than a marker's width stack downwards, each at its own date.
    const rows: number[][] = [];
    const stacked = new Map<string, { x: number; row: number }>();
    for (const event of events) {
      const x = axis.position(event);
      let row = rows.findIndex((xs) => xs.every((other) => Math.abs(other - x) >= slot));
      if (row === -1) row = rows.push([]) - 1;
      rows[row].push(x);
      stacked.set(event.id, { x, row });
    }

    // Labels sit in rows above and below the markers, each tied to its marker by a leader that crosses no other
    // label. A label that finds no free place is left out: its marker keeps its number, which the list explains.
    const sides: Record<'above' | 'below', LabelRow[]> = { above: [], below: [] };
    const assigned: { event: TimelineEventView; text: ReturnType<typeof labelText>; left: number; side: 'above' | 'below'; level: number }[] = [];
    for (const event of events) {
      const { x } = stacked.get(event.id)!;
      const text = labelText(event, maxLabelWidth);
      const lefts = [x - r, x + r - text.width].map((left) => Math.max(0, Math.min(left, width - text.width)));
      const fit = candidates(lefts).find(({ side, level, left }) => fits(sides[side], level, [left, left + text.width], x));
      if (!fit) continue;
      const row = (sides[fit.side][fit.level] ??= { spans: [], leaders: [], lines: 0 });
      row.spans.push([fit.left, fit.left + text.width]);
      row.leaders.push(x);
      row.lines = Math.max(row.lines, text.lines.length);
      assigned.push({ event, text, ...fit });
    }
    const rowHeight = (row: LabelRow | undefined) => (row && row.lines ? row.lines * lineHeight + 6 : 0);
    const offsets = (side: LabelRow[]) => side.map((_, k) => side.slice(0, k).reduce((sum, row) => sum + rowHeight(row), 0));
    const aboveHeight = sides.above.reduce((sum, row) => sum + rowHeight(row), 0);

    laneTitles.push({ x: 0, y: y + 15, text: lane.name, anchor: 'start' });
    const trackY = y + 24 + aboveHeight + r;
    const markerBottom = trackY + (rows.length - 1) * slot + r;
    tracks.push({ x1: 0, y1: trackY, x2: trackRight, y2: trackY });
    const at = (id: string) => ({ x: stacked.get(id)!.x, y: trackY + stacked.get(id)!.row * slot });

    for (const event of events) {
      const { x, y: my } = at(event.id);
      markers.push({ key: event.id, ids: [event.id], x, y: my, width: 2 * r, height: 2 * r, text: String(event.number), planned: event.planned });
      if (event.end) spans.push({ key: event.id, line: { x1: x, y1: my, x2: axis.scale(parse(event.end)), y2: my }, planned: event.planned });
    }
    for (const period of data.periods) {
      const from = events.find((e) => e.id === period.from);
      const to = events.find((e) => e.id === period.to);
      if (!from || !to) continue;
      spans.push(
        ...periodBars(
          axis,
          { from, to, reporting: parse(data.reportingAsOf) },
          (a, b) => ({ x1: a, y1: trackY, x2: b, y2: trackY }),
          (tip) => path('M', [tip - 7, trackY - 6], 'L', [tip, trackY], 'L', [tip - 7, trackY + 6], 'Z'),
        ),
      );
    }

    const aboveOffsets = offsets(sides.above);
    const belowOffsets = offsets(sides.below);
    for (const { event, text, left, side, level } of assigned) {
      const marker = at(event.id);
      const height = text.lines.length * lineHeight;
      const top = side === 'below' ? markerBottom + 8 + belowOffsets[level] : trackY - r - 8 - aboveOffsets[level] - height;
      labels.push({
        id: event.id,
        number: { x: left, y: top + 12, text: text.number, anchor: 'start' },
        lines: text.lines.map((line, i) => ({ x: left + text.indent, y: top + 12 + i * lineHeight, text: line, anchor: 'start' })),
        box: { x: left, y: top, width: text.width, height },
        planned: event.planned,
        onZone: left >= xRep,
        leader:
          side === 'below'
            ? { x1: marker.x, y1: marker.y + r, x2: marker.x, y2: top }
            : { x1: marker.x, y1: marker.y - r, x2: marker.x, y2: top + height + 2 },
      });
    }
    y = markerBottom + 8 + sides.below.reduce((sum, row) => sum + rowHeight(row), 0) + 6;
    if (laneIndex < data.lanes.length - 1) separators.push({ x1: 0, y1: y, x2: width, y2: y });
  });

  const axisY = y + 4;
  const years = yearMarks(axis);
  const todayRowY = axisY + 38;
  const xToday = dayPosition(axis, today);
  const todayLabel = todayText(data, today);
  return {
    width,
    height: todayRowY + 6,
    orientation: 'horizontal',
    laneTitles,
    legend: [],
    tracks,
    separators,
    grid: years.boundaries.map(({ at }) => ({ x1: at, y1: lanesTop, x2: at, y2: axisY + 5 })),
    years: years.labels
      .filter((l) => l.length >= estimateTextWidth(l.text, fontSizes.axis) + 6)
      .map((l) => ({ y: axisY + 18, text: l.text, ...fitAnchor(l.at, estimateTextWidth(l.text, fontSizes.axis) + 4, width) })),
    axis: [
      { x1: 0, y1: axisY, x2: axis.mainEnd, y2: axisY },
      ...(axis.breakAt !== undefined ? [{ x1: axis.breakAt + 6, y1: axisY, x2: width, y2: axisY }] : []),
    ],
    axisBreak:
      axis.breakAt !== undefined
        ? path('M', [axis.breakAt - 6, axisY + 6], 'L', [axis.breakAt - 2, axisY - 6], 'M', [axis.breakAt + 2, axisY + 6], 'L', [
            axis.breakAt + 6,
            axisY - 6,
          ])
        : undefined,
    plannedZone: { x: xRep, y: 0, width: width - xRep, height: axisY },
    reportingLine: { x1: xRep, y1: 0, x2: xRep, y2: axisY },
    reportingLabel: { x: xRep - 6, y: headerY, text: data.text.reporting, anchor: 'end' },
    plannedLabel: { x: xRep + 6, y: headerY, text: data.text.plannedAfter, anchor: 'start' },
    spans,
    markers,
    labels,
    today: {
      line: { x1: xToday, y1: lanesTop, x2: xToday, y2: axisY },
      pointer: path('M', [xToday, axisY], 'L', [xToday - 5, axisY + 8], 'L', [xToday + 5, axisY + 8], 'Z'),
      label: { y: todayRowY, text: todayLabel, ...fitAnchor(xToday, estimateTextWidth(todayLabel, fontSizes.axis, 'bold'), width) },
    },
  };
}

function layoutVertical(data: TimelineChartData, width: number, today: string): TimelineLayout {
  // Legend: each lane's symbol and name, flowing onto a new row when the width runs out.
  const legend: TimelineLayout['legend'] = [];
  const laneTitles: TextMark[] = [];
  let lx = 0;
  let ly = 14;
  data.lanes.forEach((lane, i) => {
    const itemWidth = 14 + estimateTextWidth(lane.name, fontSizes.label);
    if (lx > 0 && lx + itemWidth > width) [lx, ly] = [0, ly + 20];
    legend.push({ lane: i, x: lx + 5, y: ly - 4 });
    laneTitles.push({ x: lx + 14, y: ly, text: lane.name, anchor: 'start' });
    lx += itemWidth + 16;
  });

  const top = ly + 22;
  const axisX = gutter + r + 6;
  const axis = timeAxis(data, top + r + 4, top + verticalAxisLength, 2 * r + 8);
  const yRep = axis.scale(parse(data.reportingAsOf));

  // Markers closer than a marker's height on the one axis become a pill with their numbers.
  const groups: { events: TimelineEventView[]; at: number[] }[] = [];
  for (const event of data.events) {
    const at = axis.position(event);
    const group = last(groups);
    if (group && at - last(group.at) < slot) {
      group.events.push(event);
      group.at.push(at);
    } else groups.push({ events: [event], at: [at] });
  }
  const markers: MarkerLayout[] = groups.map(({ events, at }) => {
    const text = numberRanges(events.map((e) => e.number));
    return {
      key: events.map((e) => e.id).join('+'),
      ids: events.map((e) => e.id),
      x: axisX,
      y: (at[0] + last(at)) / 2,
      width: Math.max(2 * r, estimateTextWidth(text, fontSizes.number, 'bold') + 10),
      height: 2 * r,
      text,
      planned: events.every((e) => e.planned),
    };
  });
  const markerOf = (id: string) => markers.find((m) => m.ids.includes(id))!;
  const half = Math.max(...markers.map((m) => m.width / 2));
  const zoneRight = axisX + half + 4;

  const spans: SpanLayout[] = data.events
    .filter((e) => e.end)
    .map((e) => ({ key: e.id, line: { x1: axisX, y1: axis.position(e), x2: axisX, y2: axis.scale(parse(e.end!)) }, planned: e.planned }));
  // A rule's bar runs beside the axis, in the gutter, so it does not hide the spans on the axis.
  const periodX = gutter;
  for (const period of data.periods) {
    const from = data.events.find((e) => e.id === period.from)!;
    const to = data.events.find((e) => e.id === period.to)!;
    spans.push(
      ...periodBars(
        axis,
        { from, to, reporting: parse(data.reportingAsOf) },
        (a, b) => ({ x1: periodX, y1: a, x2: periodX, y2: b }),
        (tip) => path('M', [periodX - 6, tip - 7], 'L', [periodX, tip], 'L', [periodX + 6, tip - 7], 'Z'),
      ),
    );
  }

  // Every event is labelled, to the right, in date order. Labels that would collide are spread up and down around
  // their markers as a block (never above the axis's start), and a leader ties each to its marker.
  const labelX = zoneRight + 14;
  const iconWidth = 14;
  const texts = data.events.map((event) => labelText(event, width - labelX, iconWidth));
  const tops = dodge(
    data.events.map((event, i) => ({ ideal: markerOf(event.id).y - 7.5, size: texts[i].lines.length * lineHeight })),
    5,
    top,
  );
  const labels: LabelLayout[] = data.events.map((event, i) => {
    const [marker, text, topY] = [markerOf(event.id), texts[i], tops[i]];
    return {
      id: event.id,
      number: { x: labelX + iconWidth, y: topY + 12, text: text.number, anchor: 'start' },
      lines: text.lines.map((line, j) => ({ x: labelX + text.indent, y: topY + 12 + j * lineHeight, text: line, anchor: 'start' })),
      box: { x: labelX, y: topY, width: text.width, height: text.lines.length * lineHeight },
      planned: event.planned,
      onZone: false,
      leader: { x1: marker.x + marker.width / 2 + 1, y1: marker.y, x2: labelX - 3, y2: topY + 7.5 },
      icon: { lane: data.lanes.findIndex((l) => l.id === event.lane), x: labelX + 5, y: topY + 7.5 },
    };
  });
  const bottom = Math.max(...labels.map((l) => l.box.y + l.box.height));

  const axisEnd = axis.farEnd;
  const contentBottom = Math.max(bottom, axisEnd);
  const todayRowY = contentBottom + 26;
  const yToday = dayPosition(axis, today);
  const plannedTag = { y1: yRep, y2: yRep + 17 };
  const years = yearMarks(axis);
  return {
    width,
    height: todayRowY + 6,
    orientation: 'vertical',
    laneTitles,
    legend,
    tracks: [],
    separators: [],
    grid: years.boundaries.map(({ at }) => ({ x1: 0, y1: at, x2: axisX, y2: at })),
    years: years.labels
      .filter((l) => l.length >= 18)
      // The "planned" tag shares the gutter with the year labels; it wins.
      .filter((l) => l.at + 5 < plannedTag.y1 - 2 || l.at - 9 > plannedTag.y2)
      .map((l) => ({ x: 0, y: l.at + 4, text: l.text, anchor: 'start' })),
    axis: [
      { x1: axisX, y1: top, x2: axisX, y2: axis.mainEnd },
      ...(axis.breakAt !== undefined ? [{ x1: axisX, y1: axis.breakAt + 6, x2: axisX, y2: axisEnd }] : []),
    ],
    axisBreak:
      axis.breakAt !== undefined
        ? path('M', [axisX - 6, axis.breakAt - 6], 'L', [axisX + 6, axis.breakAt - 2], 'M', [axisX - 6, axis.breakAt + 2], 'L', [
            axisX + 6,
            axis.breakAt + 6,
          ])
        : undefined,
    plannedZone: { x: 0, y: yRep, width: zoneRight, height: axisEnd - yRep },
    reportingLine: { x1: 0, y1: yRep, x2: zoneRight, y2: yRep },
    plannedLabel: { x: 0, y: yRep + 14, text: data.text.planned, anchor: 'start' },
    spans,
    markers,
    labels,
    today: {
      line: { x1: gutter - 14, y1: yToday, x2: zoneRight, y2: yToday },
      pointer: path('M', [gutter - 14, yToday], 'L', [gutter - 22, yToday - 5], 'L', [gutter - 22, yToday + 5], 'Z'),
      label: { x: 14, y: todayRowY, text: todayText(data, today), anchor: 'start' },
      key: path('M', [8, todayRowY - 4], 'L', [0, todayRowY - 9], 'L', [0, todayRowY + 1], 'Z'),
    },
  };
}

/** Lay the timeline out for a width: top to bottom below `verticalBelow`, left to right above. Only the "today"
 * marker depends on `today`, so moving it to the reader's date never changes the chart's size. */
export function layoutTimeline(data: TimelineChartData, width: number, today: string = data.today): TimelineLayout {
  return rounded(width < verticalBelow ? layoutVertical(data, width, today) : layoutHorizontal(data, width, today));
}

// Layout units rounded to tenths: finer steps are invisible and only bloat the HTML (three layouts per page).
const tenth = (v: number) => Math.round(v * 10) / 10;
function rounded<T>(value: T): T {
  if (typeof value === 'number') return tenth(value) as T;
  if (Array.isArray(value)) return value.map(rounded) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
  return value;
}

/** An SVG path from commands and points: "M", [x, y], "L", [x, y], …, with the numbers rounded to tenths. */
function path(...parts: (string | [number, number])[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : `${tenth(p[0])},${tenth(p[1])}`)).join('');
}
