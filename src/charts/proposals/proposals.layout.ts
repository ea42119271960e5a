import { scaleLinear } from 'd3-scale';
import type { Locale, Party } from '../../content/schema';
import { formatPercent } from '../../i18n/format';
import { estimateTextWidth, wrapText } from '../text';
import { sharesAfterTransfer, type ProposalChartData } from './proposals.data';

/** A positioned line of text. */
export interface TextMark {
  x: number;
  y: number;
  text: string;
}

/** A party's label under its segment: name and share, anchored so it stays inside the chart. */
export interface SegmentLabel {
  party: Party;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  name: string;
  value: string;
}

/** One proposal, laid out. */
export interface ProposalRowLayout {
  id: string;
  title: TextMark[];
  lines: TextMark[];
  bar: { y: number; height: number };
  segments: { party: Party; x: number; width: number; percent: number }[];
  labels: SegmentLabel[];
}

/** The whole chart, laid out: plain objects the view draws as they are. */
export interface ProposalLayout {
  width: number;
  height: number;
  rows: ProposalRowLayout[];
  grid: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  axis: { y: number; label: TextMark };
}

/** Font sizes in px; at the narrowest layout (320 px) nothing is smaller than 12 px. */
export const fontSizes = { title: 15, line: 13, label: 13, axis: 12 } as const;
const lineHeight = 1.35;
const barHeight = 28;
const rowGap = 26;
const labelGap = 6;

/** Lay the proposal comparison out for a width, with `passed` percent moved along each proposal's transfer. */
export function layoutProposals(data: ProposalChartData, width: number, passed: number, locale: Locale = data.locale): ProposalLayout {
  const x = scaleLinear().domain([0, 100]).range([0, width]);
  const line = (size: number) => size * lineHeight;
  let y = 0;

  const rows = data.proposals.map((proposal): ProposalRowLayout => {
    const title = wrapText(proposal.name, fontSizes.title, width, 'bold').map((text) => {
      y += line(fontSizes.title);
      return { x: 0, y, text };
    });
    const lines = [proposal.operator, proposal.note]
      .filter((text): text is string => Boolean(text))
      .flatMap((text) => wrapText(text, fontSizes.line, width))
      .map((text) => {
        y += line(fontSizes.line);
        return { x: 0, y, text };
      });
    y += 8;
    const bar = { y, height: barHeight };

    const shares = sharesAfterTransfer(proposal, passed);
    const shown = shares.filter((s) => s.percent > 0 || proposal.shares.some((p) => p.party === s.party) || proposal.transfer?.to === s.party);
    let offset = 0;
    const segments = shown.map((s) => {
      const segment = { party: s.party, x: x(offset), width: x(offset + s.percent) - x(offset), percent: s.percent };
      offset += s.percent;
      return segment;
    });

    // Labels sit under their segment; one that would collide with its left neighbour drops a line.
    const labelLines: { right: number }[] = [];
    const labels = segments.map((segment) => {
      const name = data.partyNames[segment.party];
      const value = formatPercent(locale, segment.percent, segment.percent % 1 === 0 ? 0 : 1);
      const textWidth = Math.max(estimateTextWidth(name, fontSizes.label, 'bold'), estimateTextWidth(value, fontSizes.label));
      const centre = segment.x + segment.width / 2;
      let anchor: SegmentLabel['anchor'] = 'middle';
      let left = centre - textWidth / 2;
      if (left < 0) [anchor, left] = ['start', 0];
      else if (left + textWidth > width) [anchor, left] = ['end', width - textWidth];
      let level = labelLines.findIndex((l) => l.right + 10 <= left);
      if (level === -1) level = labelLines.push({ right: 0 }) - 1;
      labelLines[level].right = left + textWidth;
      const labelX = anchor === 'start' ? left : anchor === 'end' ? width : centre;
      return { party: segment.party, x: labelX, y: bar.y + barHeight + labelGap + level * 2 * line(fontSizes.label) + fontSizes.label, anchor, name, value };
    });
    y = bar.y + barHeight + labelGap + Math.max(1, labelLines.length) * 2 * line(fontSizes.label) + rowGap;
    return { id: proposal.id, title, lines, bar, segments, labels };
  });

  const grid = [0, 25, 50, 75, 100].map((tick) => ({
    x: x(tick),
    label: formatPercent(locale, tick),
    anchor: tick === 0 ? ('start' as const) : tick === 100 ? ('end' as const) : ('middle' as const),
  }));
  const axisY = y - rowGap + 10 + fontSizes.axis;
  const axisLabelY = axisY + line(fontSizes.axis);
  return {
    width,
    height: Math.ceil(axisLabelY + 6),
    rows,
    grid,
    axis: { y: axisY, label: { x: width / 2, y: axisLabelY, text: data.labels.axis } },
  };
}
