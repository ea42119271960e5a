import { scaleBand } from 'd3-scale';
import { linkHorizontal, linkVertical } from 'd3-shape';
import { wrapText } from '../text';
import { chainOrder, type Chain, type ProvenanceChartData, type ProvenanceNodeView } from './provenance.data';

/** The role of a line of text, which sets its size, weight and colour. */
export type LineRole = 'heading' | 'label' | 'date' | 'note' | 'kind' | 'join' | 'basis' | 'linkDate' | 'marker';

/** A positioned line of text. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  role: LineRole;
}

/** A box: a node, or its detail box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One node, laid out: its box and lines, and the detail box shown on hover and focus. */
export interface NodeLayout extends Box {
  id: string;
  chain: Chain;
  lines: TextLine[];
  detail: Box & { lines: TextLine[] };
  /** The accessible name: everything the detail box says. */
  description: string;
}

/** One step, laid out: its path, arrowhead, numbered marker and label lines. */
export interface LinkLayout {
  number: number;
  from: string;
  to: string;
  /** Path from the source box to just above the target box; drawn dashed when the step is inferred. */
  d: string;
  arrow: string;
  dashed: boolean;
  marker: { x: number; y: number; r: number; label: TextLine };
  lines: TextLine[];
}

/** The connector between the two boxes that are one publication seen from two chains. */
export interface ConnectorLayout {
  d: string;
  ends: { x: number; y: number }[];
}

/** The whole chart, laid out: plain objects the view draws as they are. */
export interface ProvenanceLayout {
  width: number;
  height: number;
  columns: 1 | 2;
  label: string;
  headings: TextLine[];
  nodes: NodeLayout[];
  links: LinkLayout[];
  connector?: ConnectorLayout;
}

/** Font sizes in px; at the narrowest layout (320 px screen) nothing is smaller than 12 px. */
export const fontSizes: Record<LineRole, number> = {
  heading: 14,
  label: 13,
  date: 12,
  note: 12,
  kind: 12,
  join: 12,
  basis: 12,
  linkDate: 12,
  marker: 12,
};
/** Roles set in bold. */
export const boldRoles: ReadonlySet<LineRole> = new Set(['heading', 'label', 'basis', 'marker']);
const lineHeight = 1.35;
/** Container width from which the chains stand side by side. */
export const twoColumnMinWidth = 560;
const padding = 8;
const siblingGap = 10;
const columnGap = 40;
const chainGap = 28;
const headingGap = 6;
/** Links leave and enter boxes this far from their left edge, leaving room on the right for their labels. */
const anchorInset = 22;
const markerRadius = 10;
const arrowLength = 7;
const bendHeight = 26;
const linkPadding = 8;
/** In one column, the connector between the joined boxes runs in a gutter left of the boxes. */
const gutter = 18;
const connectorDrop = 18;

// One decimal is finer than a pixel at any scale the chart is shown at, and keeps the HTML short.
const round = (v: number) => Math.round(v * 10) / 10;

/** A block of wrapped text: lines laid out from `top`, with the block's height. */
function textBlock(parts: { text?: string; role: LineRole }[], x: number, top: number, maxWidth: number) {
  const lines: TextLine[] = [];
  let cursor = top;
  for (const part of parts) {
    if (!part.text) continue;
    const size = fontSizes[part.role];
    for (const text of wrapText(part.text, size, maxWidth, boldRoles.has(part.role) ? 'bold' : 'regular')) {
      // The baseline sits one font size below the line's top; the rest of the line height is descent and leading.
      lines.push({ x: round(x), y: round(cursor + size), text, role: part.role });
      cursor += size * lineHeight;
    }
  }
  return { lines, height: cursor - top };
}

const nodeParts = (node: ProvenanceNodeView) => [
  { text: node.label, role: 'label' as const },
  { text: node.date, role: 'date' as const },
  { text: node.dateNote, role: 'note' as const },
  { text: node.kind, role: 'kind' as const },
  { text: node.joinNote, role: 'join' as const },
];

const shift = (line: TextLine, dy: number): TextLine => ({ ...line, y: round(line.y + dy) });

/** Lay one chain out in a column from `top`: boxes rank by rank, links with their markers between them. */
function layoutChain(data: ProvenanceChartData, chain: Chain, column: { x: number; width: number }, top: number) {
  const chainNodes = data.nodes.filter((n) => n.chain === chain);
  const ranks = [...new Set(chainNodes.map((n) => n.rank))].sort((a, b) => a - b);
  const heading = data.chains.find((c) => c.id === chain)!.heading;
  const head = textBlock([{ text: heading, role: 'heading' }], column.x, top, column.width);
  let y = top + head.height + headingGap;

  const nodes: Omit<NodeLayout, 'detail' | 'description'>[] = [];
  const links: LinkLayout[] = [];
  for (const rank of ranks) {
    const row = chainNodes.filter((n) => n.rank === rank);
    // Side by side with a fixed gap: scaleBand's inner padding is a share of each step, so convert the gap.
    const x = scaleBand<string>()
      .domain(row.map((n) => n.id))
      .range([column.x, column.x + column.width])
      .paddingInner(row.length > 1 ? (siblingGap * row.length) / (column.width + siblingGap) : 0);
    const width = x.bandwidth();

    const incoming = data.links.filter((l) => row.some((n) => n.id === l.to));
    if (incoming.length) {
      const bends = incoming.some((l) => {
        const source = nodes.find((n) => n.id === l.from);
        return source && Math.abs(source.x - (x(l.to) ?? 0)) > 0.5;
      });
      const labelled = incoming.map((l) => {
        const left = (x(l.to) ?? 0) + anchorInset + markerRadius + 6;
        const block = textBlock(
          [
            { text: l.basisLabel, role: 'basis' },
            { text: l.date, role: 'linkDate' },
          ],
          left,
          0,
          (x(l.to) ?? 0) + width - left,
        );
        return { link: l, block };
      });
      const labelHeight = Math.max(2 * markerRadius, ...labelled.map((l) => l.block.height));
      const straight = labelHeight + 2 * linkPadding + arrowLength;
      const bend = bends ? bendHeight : 0;
      const gapTop = y;
      y += bend + straight;
      for (const { link, block } of labelled) {
        const source = nodes.find((n) => n.id === link.from)!;
        const [sx, sy] = [source.x + anchorInset, source.y + source.height];
        const tx = (x(link.to) ?? 0) + anchorInset;
        const curve = linkVertical().digits(1)({ source: [sx, sy], target: [tx, gapTop + bend] }) ?? '';
        const markerY = gapTop + bend + linkPadding + labelHeight / 2;
        links.push({
          number: link.number,
          from: link.from,
          to: link.to,
          d: `${curve}V${round(y - arrowLength)}`,
          arrow: `M${round(tx - 5)},${round(y - arrowLength - 1)}L${round(tx + 5)},${round(y - arrowLength - 1)}L${round(tx)},${round(y)}Z`,
          dashed: link.basis === 'inferred',
          marker: {
            x: round(tx),
            y: round(markerY),
            r: markerRadius,
            label: { x: round(tx), y: round(markerY + fontSizes.marker * 0.35), text: String(link.number), role: 'marker' },
          },
          lines: block.lines.map((line) => shift(line, markerY - block.height / 2)),
        });
      }
    }

    const blocks = row.map((n) => textBlock(nodeParts(n), (x(n.id) ?? 0) + padding, y + padding, width - 2 * padding));
    const height = Math.max(...blocks.map((b) => b.height)) + 2 * padding;
    row.forEach((n, i) => nodes.push({ id: n.id, chain, x: round(x(n.id) ?? 0), y: round(y), width: round(width), height: round(height), lines: blocks[i].lines }));
    y += height;
  }
  return { headings: head.lines, nodes, links, bottom: y };
}

/**
 * Lay the provenance chains out for a width. Narrow: one column, the remarks chain above the proposals chain, the
 * joined boxes connected in a left gutter. Wide: the chains side by side, the proposals chain lowered so that its
 * last box sits level with the box it joins, connected across the gap.
 */
export function layoutProvenance(data: ProvenanceChartData, width: number): ProvenanceLayout {
  const columns = width >= twoColumnMinWidth ? 2 : 1;
  const inset = columns === 1 && data.join ? gutter : 0;
  const firstWidth = columns === 2 ? Math.round((width - columnGap) * 0.6) : width - inset;
  const chainColumns: Record<Chain, { x: number; width: number }> =
    columns === 2
      ? { remarks: { x: 0, width: firstWidth }, proposals: { x: firstWidth + columnGap, width: width - firstWidth - columnGap } }
      : { remarks: { x: inset, width: firstWidth }, proposals: { x: inset, width: firstWidth } };

  // Place the chains from `top`: stacked in one column, or side by side with the joined boxes level.
  const arrange = (top: number) => {
    if (columns === 1) {
      const parts: ReturnType<typeof layoutChain>[] = [];
      for (const chain of chainOrder) parts.push(layoutChain(data, chain, chainColumns[chain], parts.length ? parts[parts.length - 1].bottom + chainGap : top));
      return parts;
    }
    const parts = chainOrder.map((chain) => layoutChain(data, chain, chainColumns[chain], top));
    if (!data.join) return parts;
    const { from, to } = data.join;
    const level = (id: string) => parts.flatMap((p) => p.nodes).find((n) => n.id === id)!.y;
    const dy = level(to) - level(from);
    // Lower whichever chain holds the higher of the two boxes.
    const lower = chainOrder.indexOf(data.nodes.find((n) => n.id === (dy >= 0 ? from : to))!.chain);
    parts[lower] = layoutChain(data, chainOrder[lower], chainColumns[chainOrder[lower]], top + Math.abs(dy));
    return parts;
  };

  // The detail box covers its node and grows upward over what is drawn before it (SVG paints in document order),
  // reaching left to its column's edge so that it also covers siblings drawn earlier. Where it would reach above the
  // chart, everything moves down to make room.
  const detailBoxes = (nodes: ReturnType<typeof layoutChain>['nodes']) =>
    nodes.map((node) => {
      const view = data.nodes.find((n) => n.id === node.id)!;
      const left = chainColumns[node.chain].x;
      const boxWidth = node.x + node.width - left;
      const block = textBlock(
        view.detail.map((text, i) => ({ text, role: i === 0 ? ('label' as const) : ('date' as const) })),
        left + padding,
        0,
        boxWidth - 2 * padding,
      );
      const height = Math.max(node.height, block.height + 2 * padding);
      const y = node.y + node.height - height;
      return { x: left, y: round(y), width: round(boxWidth), height: round(height), lines: block.lines.map((l) => shift(l, y + padding)) };
    });

  let parts = arrange(0);
  const overflow = Math.max(0, ...detailBoxes(parts.flatMap((p) => p.nodes)).map((d) => -d.y));
  if (overflow > 0) parts = arrange(overflow);
  const placed = parts.flatMap((p) => p.nodes);
  const details = detailBoxes(placed);
  const laidOut: NodeLayout[] = placed.map((node, i) => ({
    ...node,
    detail: details[i],
    description: data.nodes.find((n) => n.id === node.id)!.detail.join('. '),
  }));
  const headings = parts.flatMap((p) => p.headings);
  const links = parts.flatMap((p) => p.links);

  let connector: ConnectorLayout | undefined;
  if (data.join) {
    const from = laidOut.find((n) => n.id === data.join!.from)!;
    const to = laidOut.find((n) => n.id === data.join!.to)!;
    const [fy, ty] = [round(from.y + connectorDrop), round(to.y + connectorDrop)];
    connector =
      columns === 2
        ? {
            d: linkHorizontal().digits(1)({ source: [to.x + to.width, ty], target: [from.x, fy] }) ?? '',
            ends: [
              { x: to.x + to.width, y: ty },
              { x: from.x, y: fy },
            ],
          }
        : {
            d: `M${from.x},${fy}H${gutter / 2}V${ty}H${to.x}`,
            ends: [
              { x: to.x, y: ty },
              { x: from.x, y: fy },
            ],
          };
  }

  const bottom = Math.max(...laidOut.map((n) => n.y + n.height));
  return { width, height: Math.ceil(bottom + 2), columns, label: data.labels.diagram, headings, nodes: laidOut, links, connector };
}
