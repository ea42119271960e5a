import { describe, expect, it } from 'vitest';
import { data } from '../../src/content';
import type { ContentData } from '../../src/content/schema';
import {
  chainStartDate,
  findJoin,
  provenanceAsOf,
  provenanceChartData,
  rankNodes,
  sourceNames,
} from '../../src/charts/provenance/provenance.data';
import { boldRoles, fontSizes, layoutProvenance, twoColumnMinWidth, type Box, type ProvenanceLayout, type TextLine } from '../../src/charts/provenance/provenance.layout';
import { estimateTextWidth, layoutWidths } from '../../src/charts/text';
import { locales } from '../../src/content/vocabulary';

const provenance = data['provenance.yaml'];
const sources = data['sources.yaml'];
const chartData = { de: provenanceChartData(provenance, sources, 'de'), en: provenanceChartData(provenance, sources, 'en') };

// A small chain that is not the site's data: the layout must not depend on it.
type Provenance = ContentData['provenance.yaml'];
const node = (id: string, chain: 'remarks' | 'proposals', label = id): Provenance['nodes'][number] => ({
  id,
  chain,
  label: { de: label, en: label },
  kind: { de: 'Art', en: 'kind' },
  sources: [],
});
const link = (from: string, to: string, basis: 'documented' | 'inferred' = 'documented'): Provenance['links'][number] => ({
  from,
  to,
  basis,
  changed: { de: 'geändert', en: 'changed' },
  sources: [],
});

describe('provenance data', () => {
  it.each([
    ['putin-remarks', 0],
    ['kommersant', 1],
    ['wire-reports', 2],
    ['ambcrypto', 3],
    ['german-article-a', 4],
    ['german-article-b', 4],
    ['zelensky-briefing', 0],
    ['ap-pbs', 1],
    ['ambcrypto-proposals', 2],
  ])('ranks %s at step %d of its chain', (id, rank) => {
    expect(rankNodes(provenance).get(id)).toBe(rank);
  });

  it('ranks a node below the longest way into it, and refuses a cycle', () => {
    const nodes = ['a', 'b', 'c'].map((id) => node(id, 'remarks'));
    expect(Object.fromEntries(rankNodes({ nodes, links: [link('b', 'c'), link('a', 'b'), link('a', 'c')] }))).toEqual({ a: 0, b: 1, c: 2 });
    expect(() => rankNodes({ nodes, links: [link('a', 'b'), link('b', 'a')] })).toThrow(/cycle/);
  });

  it('finds where AMBCrypto attached the proposals to the remarks: the same article in both chains', () => {
    expect(findJoin(provenance.nodes)).toEqual({ from: 'ambcrypto-proposals', to: 'ambcrypto' });
    expect(findJoin([node('x', 'remarks', 'X'), node('y', 'proposals', 'Y')])).toBeUndefined();
  });

  it.each([
    [1, 'putin-remarks', 'kommersant', 'documented', '2025-12-25'],
    [2, 'kommersant', 'wire-reports', 'documented', '2025-12-26'],
    [3, 'wire-reports', 'ambcrypto', 'inferred', undefined],
    [4, 'ambcrypto', 'german-article-a', 'documented', undefined],
    [5, 'ambcrypto', 'german-article-b', 'inferred', undefined],
    [6, 'zelensky-briefing', 'ap-pbs', 'documented', '2025-12-24'],
    [7, 'ap-pbs', 'ambcrypto-proposals', 'inferred', undefined],
  ])('numbers step %d (%s → %s) in reading order, %s', (number, from, to, basis, date) => {
    const step = chartData.en.links[number - 1];
    expect(step).toMatchObject({ number, from, to, basis });
    expect(provenance.links.find((l) => l.from === from && l.to === to)?.date).toBe(date);
  });

  it('lists each step with what changed, its basis in words and a date or "not known", in both languages', () => {
    expect(chartData.en.links[0]).toMatchObject({ date: '25 December 2025', basisLabel: 'documented', heading: "From Putin's remarks to business leaders to Kommersant / Andrei Kolesnikov" });
    expect(chartData.de.links[0]).toMatchObject({ date: '25. Dezember 2025', basisLabel: 'belegt' });
    expect(chartData.de.links[2]).toMatchObject({ date: undefined, basisLabel: 'erschlossen' });
    for (const l of locales) for (const step of chartData[l].links) expect(step.changed.length).toBeGreaterThan(40);
  });

  it('keeps the date of the remarks disputed (24 or 25 December), not a single fact', () => {
    const remarks = chartData.en.nodes.find((n) => n.id === 'putin-remarks')!;
    expect(remarks.date).toBeUndefined();
    expect(remarks.dateNote).toMatch(/24 December.*25 December/);
  });

  it('gives every node who, when and what kind, and a detail that names the steps in and out', () => {
    for (const l of locales) {
      for (const n of chartData[l].nodes) {
        expect(n.label && n.kind && (n.date ?? n.dateNote)).toBeTruthy();
        const steps = chartData[l].links.filter((s) => s.from === n.id || s.to === n.id);
        expect(n.detail.slice(0, 1)).toEqual([n.label]);
        for (const s of steps) expect(n.detail.join(' ')).toContain(s.basisLabel);
      }
    }
    expect(chartData.en.nodes.find((n) => n.id === 'ambcrypto')!.detail).toContain('Passed on in step 5 (inferred)');
  });

  it('notes the join in the box of the proposals chain, in both languages', () => {
    expect(chartData.en.nodes.find((n) => n.id === 'ambcrypto-proposals')!.joinNote).toMatch(/chain 1/);
    expect(chartData.de.nodes.find((n) => n.id === 'ambcrypto-proposals')!.joinNote).toMatch(/Kette 1/);
    expect(chartData.en.nodes.filter((n) => n.joinNote)).toHaveLength(1);
  });

  it('names sources by outlet, once each', () => {
    expect(sourceNames(['ap', 'ap-newindianexpress', 'pbs'], sources)).toEqual(['AP', 'PBS NewsHour']);
  });

  it('dates the chart by its latest step and starts the proposals chain at the briefing', () => {
    expect(provenanceAsOf(provenance)).toBe('2025-12-26');
    expect(chainStartDate(chartData.de, 'proposals')).toBe('23. Dezember 2025');
  });
});

const within = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
// The box a line of text occupies: from its cap height to its descent.
const textBox = (line: TextLine): Box => {
  const width = estimateTextWidth(line.text, fontSizes[line.role], boldRoles.has(line.role) ? 'bold' : 'regular');
  return { x: line.x, y: line.y - fontSizes[line.role], width, height: fontSizes[line.role] * 1.25 };
};

const cases = locales.flatMap((locale) => Object.entries(layoutWidths).map(([variant, width]) => ({ locale, variant, width })));
const layouts = new Map(cases.map((c) => [`${c.locale}-${c.width}`, layoutProvenance(chartData[c.locale], c.width)]));
const layoutOf = (c: { locale: string; width: number }) => layouts.get(`${c.locale}-${c.width}`) as ProvenanceLayout;

describe.each(cases)('layoutProvenance ($locale, $variant: $width px)', (c) => {
  const layout = layoutOf(c);
  const frame: Box = { x: 0, y: 0, width: layout.width, height: layout.height };

  it('keeps every box, detail box and line inside the chart', () => {
    expect(layout.width).toBe(c.width);
    for (const n of layout.nodes) {
      expect(within(n, frame), n.id).toBe(true);
      expect(within(n.detail, frame), `${n.id} detail`).toBe(true);
    }
    for (const line of [...layout.headings, ...layout.links.flatMap((l) => l.lines)]) expect(within(textBox(line), frame), line.text).toBe(true);
  });

  it('fits every line of a box inside that box, and boxes never overlap', () => {
    for (const n of layout.nodes) for (const line of n.lines) expect(within(textBox(line), n, 1), `${n.id}: ${line.text}`).toBe(true);
    for (const n of layout.nodes) for (const line of n.detail.lines) expect(within(textBox(line), n.detail, 1), `${n.id} detail: ${line.text}`).toBe(true);
    for (const a of layout.nodes) for (const b of layout.nodes) if (a !== b) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
  });

  it('keeps step labels and markers clear of the boxes and of each other', () => {
    const marks = layout.links.flatMap((l) => [
      ...l.lines.map((line) => textBox(line)),
      { x: l.marker.x - l.marker.r, y: l.marker.y - l.marker.r, width: 2 * l.marker.r, height: 2 * l.marker.r },
    ]);
    const headings = layout.headings.map((h) => textBox(h));
    for (const m of marks) {
      for (const n of layout.nodes) expect(overlaps(m, n), n.id).toBe(false);
      for (const h of headings) expect(overlaps(m, h)).toBe(false);
    }
    for (const [i, a] of marks.entries()) for (const b of marks.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('draws each step from the bottom of its source to an arrowhead on top of its target, numbered as in the list', () => {
    expect(layout.links.map((l) => l.number)).toEqual(chartData[c.locale].links.map((l) => l.number));
    for (const l of layout.links) {
      const from = layout.nodes.find((n) => n.id === l.from)!;
      const to = layout.nodes.find((n) => n.id === l.to)!;
      const [, sx, sy] = /^M([\d.]+),([\d.]+)/.exec(l.d)!.map(Number);
      expect(sy).toBeCloseTo(from.y + from.height, 0);
      expect(sx).toBeGreaterThan(from.x);
      expect(sx).toBeLessThan(from.x + from.width);
      expect(l.arrow).toMatch(new RegExp(`L${l.marker.x},${to.y}Z$`));
      expect(l.marker.label.text).toBe(String(l.number));
      expect(l.marker.y).toBeGreaterThan(sy);
      expect(l.marker.y).toBeLessThan(to.y);
    }
  });

  it('dashes inferred steps and also says so in words; documented steps are solid and say so', () => {
    for (const l of layout.links) {
      const step = chartData[c.locale].links.find((s) => s.number === l.number)!;
      expect(l.dashed).toBe(step.basis === 'inferred');
      expect(l.lines[0]).toMatchObject({ text: step.basisLabel, role: 'basis' });
    }
  });

  it('shows each detail box over its own node, growing upward over what is drawn before it', () => {
    for (const n of layout.nodes) {
      expect(n.detail.y).toBeLessThanOrEqual(n.y);
      expect(n.detail.y + n.detail.height).toBeCloseTo(n.y + n.height, 0);
      expect(n.detail.x).toBeLessThanOrEqual(n.x);
      expect(n.detail.x + n.detail.width).toBeCloseTo(n.x + n.width, 0);
      // Anything the detail box reaches over must come earlier in the document (SVG paints in order).
      const later = layout.nodes.slice(layout.nodes.indexOf(n) + 1);
      for (const other of later) expect(overlaps(n.detail, other), `${n.id} detail over ${other.id}`).toBe(false);
    }
  });

  it('names each node for screen readers with everything its detail box says', () => {
    for (const n of layout.nodes) {
      const view = chartData[c.locale].nodes.find((v) => v.id === n.id)!;
      expect(n.description).toBe(view.detail.join('. '));
    }
  });
});

describe('layoutProvenance: arrangement by width', () => {
  it.each(locales)('stacks the chains in one column below %s px wide, the remarks chain first (%s)', (locale) => {
    for (const width of Object.values(layoutWidths).filter((w) => w < twoColumnMinWidth)) {
      const layout = layoutProvenance(chartData[locale], width);
      expect(layout.columns).toBe(1);
      const remarks = layout.nodes.filter((n) => n.chain === 'remarks');
      const proposals = layout.nodes.filter((n) => n.chain === 'proposals');
      expect(Math.max(...remarks.map((n) => n.y + n.height))).toBeLessThan(Math.min(...proposals.map((n) => n.y)));
      // The connector runs in the gutter left of the boxes, from one AMBCrypto box to the other.
      const [top, bottom] = layout.connector!.ends;
      expect(top.y).toBeLessThan(bottom.y);
      expect(Math.min(...layout.nodes.map((n) => n.x))).toBeGreaterThan(0);
    }
  });

  it.each(locales)('sets the chains side by side at the wide width, the joined boxes level and connected (%s)', (locale) => {
    const layout = layoutProvenance(chartData[locale], layoutWidths.wide);
    expect(layout.columns).toBe(2);
    const remarks = layout.nodes.filter((n) => n.chain === 'remarks');
    const proposals = layout.nodes.filter((n) => n.chain === 'proposals');
    expect(Math.min(...proposals.map((n) => n.x))).toBeGreaterThan(Math.max(...remarks.map((n) => n.x + n.width)));
    const from = layout.nodes.find((n) => n.id === 'ambcrypto-proposals')!;
    const to = layout.nodes.find((n) => n.id === 'ambcrypto')!;
    expect(from.y).toBe(to.y);
    expect(layout.connector!.ends).toEqual([
      { x: to.x + to.width, y: expect.closeTo(to.y + 18, 1) },
      { x: from.x, y: expect.closeTo(from.y + 18, 1) },
    ]);
  });

  it('puts the two German articles side by side under AMBCrypto at every width', () => {
    for (const width of Object.values(layoutWidths)) {
      const layout = layoutProvenance(chartData.en, width);
      const [a, b] = ['german-article-a', 'german-article-b'].map((id) => layout.nodes.find((n) => n.id === id)!);
      expect(a.y).toBe(b.y);
      expect(a.x + a.width).toBeLessThan(b.x);
    }
  });

  it('lays out chains without a join, and without a connector', () => {
    const small = provenanceChartData(
      { nodes: [node('a', 'remarks'), node('b', 'remarks'), node('c', 'proposals')], links: [link('a', 'b', 'inferred')] },
      sources,
      'en',
    );
    for (const width of Object.values(layoutWidths)) {
      const layout = layoutProvenance(small, width);
      expect(layout.connector).toBeUndefined();
      expect(layout.links).toHaveLength(1);
      expect(layout.links[0].dashed).toBe(true);
    }
  });

  it('uses no font smaller than 12 px, and its narrowest layout fits a 320 px screen minus page padding', () => {
    expect(Math.min(...Object.values(fontSizes))).toBeGreaterThanOrEqual(12);
    expect(Math.min(...Object.values(layoutWidths))).toBeLessThanOrEqual(320 - 2 * 16);
  });
});
