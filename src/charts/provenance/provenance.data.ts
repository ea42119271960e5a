import type { ContentData } from '../../content/schema';
import type { Locale } from '../../content/vocabulary';
import { formatDate, formatNumber } from '../../i18n/format';
import { t } from '../../i18n/t';

type Provenance = ContentData['provenance.yaml'];
type ProvenanceNode = Provenance['nodes'][number];
type Source = ContentData['sources.yaml'][number];

/** A reporting chain: Putin's remarks, or the ownership models from Zelensky's briefing. */
export type Chain = ProvenanceNode['chain'];
/** Whether a step rests on sources or is only inferred. */
export type Basis = Provenance['links'][number]['basis'];

/** The chains in the order they are read and numbered: the remarks first. */
export const chainOrder: readonly Chain[] = ['remarks', 'proposals'];

/** A publication or event in a chain, as the chart shows it: localized, with its place in the chain. */
export interface ProvenanceNodeView {
  id: string;
  chain: Chain;
  /** Steps from the start of its chain (longest path): nodes of equal rank sit side by side. */
  rank: number;
  label: string;
  date?: string;
  dateNote?: string;
  kind: string;
  /** Shown in the box of the node where this chain joins another (the same article appears in both). */
  joinNote?: string;
  /** Lines of the detail box shown on hover and focus, and read as the node's accessible name. */
  detail: string[];
}

/** A numbered step from one node to the next: what changed on the way, and on what basis. */
export interface ProvenanceLinkView {
  number: number;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  /** "From … to …": the step's name in the list of changes. */
  heading: string;
  date?: string;
  changed: string;
  basis: Basis;
  basisLabel: string;
  /** Outlets (or titles, where no outlet is known) of the sources behind the step. */
  sources: string[];
}

/** Everything the provenance chart needs, localized and serialisable. */
export interface ProvenanceChartData {
  locale: Locale;
  chains: { id: Chain; heading: string }[];
  nodes: ProvenanceNodeView[];
  links: ProvenanceLinkView[];
  /** Two nodes that are one publication seen from two chains: `from` (later chain) joins `to` (earlier chain). */
  join?: { from: string; to: string };
  labels: { diagram: string; changes: string; noDate: string };
}

/** Steps from the start of each chain to every node (the longest path, so a node sits below all its sources). */
export function rankNodes(provenance: Provenance): Map<string, number> {
  const rank = new Map(provenance.nodes.map((n) => [n.id, 0]));
  // Longest paths settle within one pass per node; any change after that means the links form a cycle.
  for (let pass = 0; pass <= provenance.nodes.length; pass++) {
    let changed = false;
    for (const link of provenance.links) {
      const next = (rank.get(link.from) ?? 0) + 1;
      if (next > (rank.get(link.to) ?? 0)) {
        rank.set(link.to, next);
        changed = true;
      }
    }
    if (!changed) return rank;
  }
  throw new Error('content/data/provenance.yaml: the links form a cycle; a chain must run one way');
}

/** The node of a later chain that is the same publication as a node of an earlier chain (same label and kind). */
export function findJoin(nodes: ProvenanceNode[]): { from: string; to: string } | undefined {
  for (const node of nodes) {
    const same = nodes.find(
      (other) =>
        chainOrder.indexOf(other.chain) < chainOrder.indexOf(node.chain) &&
        other.label.en === node.label.en &&
        other.kind.en === node.kind.en,
    );
    if (same) return { from: node.id, to: same.id };
  }
  return undefined;
}

/** The names a reader knows a source by: its outlet, or its title where no outlet is known; no repeats. */
export function sourceNames(ids: string[], sources: Source[]): string[] {
  return [...new Set(ids.flatMap((id) => sources.filter((s) => s.id === id).map((s) => s.outlet ?? s.title)))];
}

/** Derive the chart's data from the validated provenance and sources for one locale. */
export function provenanceChartData(provenance: Provenance, sources: Source[], locale: Locale): ProvenanceChartData {
  const rank = rankNodes(provenance);
  const join = findJoin(provenance.nodes);
  const chainNumber = (chain: Chain) => formatNumber(locale, chainOrder.indexOf(chain) + 1);
  const byId = new Map(provenance.nodes.map((n) => [n.id, n]));
  const place = (id: string) => {
    const node = byId.get(id)!;
    return [chainOrder.indexOf(node.chain), rank.get(id) ?? 0, provenance.nodes.indexOf(node)];
  };
  const compare = (a: number[], b: number[]) => a.reduce((d, v, i) => d || v - b[i], 0);

  // Steps are numbered in reading order: chain by chain, top to bottom, left to right.
  const links: ProvenanceLinkView[] = [...provenance.links]
    .sort((a, b) => compare(place(a.to), place(b.to)) || compare(place(a.from), place(b.from)))
    .map((link, i) => ({
      number: i + 1,
      from: link.from,
      to: link.to,
      fromLabel: byId.get(link.from)!.label[locale],
      toLabel: byId.get(link.to)!.label[locale],
      heading: t(locale, 'chart.provenance.stepHeading', { from: byId.get(link.from)!.label[locale], to: byId.get(link.to)!.label[locale] }),
      date: link.date && formatDate(locale, link.date),
      changed: link.changed[locale],
      basis: link.basis,
      basisLabel: t(locale, `method.basis.${link.basis}`),
      sources: sourceNames(link.sources, sources),
    }));

  const step = (key: 'in' | 'out', link: ProvenanceLinkView) =>
    t(locale, `chart.provenance.step.${key}`, { n: formatNumber(locale, link.number), basis: link.basisLabel });

  const nodes = [...provenance.nodes]
    .sort((a, b) => compare(place(a.id), place(b.id)))
    .map((node): ProvenanceNodeView => {
      const joinNote =
        join?.from === node.id ? t(locale, 'chart.provenance.join.from', { chain: chainNumber(byId.get(join.to)!.chain) }) : undefined;
      const joinedBy =
        join?.to === node.id ? t(locale, 'chart.provenance.join.to', { chain: chainNumber(byId.get(join.from)!.chain) }) : undefined;
      const view = {
        id: node.id,
        chain: node.chain,
        rank: rank.get(node.id) ?? 0,
        label: node.label[locale],
        date: node.date && formatDate(locale, node.date),
        dateNote: node.dateNote?.[locale],
        kind: node.kind[locale],
        joinNote,
      };
      const detail = [
        view.label,
        view.date,
        view.dateNote,
        view.kind,
        joinNote ?? joinedBy,
        ...links.filter((l) => l.to === node.id).map((l) => step('in', l)),
        ...links.filter((l) => l.from === node.id).map((l) => step('out', l)),
      ].filter((line): line is string => Boolean(line));
      return { ...view, detail };
    });

  return {
    locale,
    chains: chainOrder.map((id) => ({
      id,
      heading: t(locale, 'chart.provenance.chain', { n: chainNumber(id), name: t(locale, `method.chain.${id}`) }),
    })),
    nodes,
    links,
    join,
    labels: {
      diagram: t(locale, 'chart.provenance.diagram', { nodes: formatNumber(locale, nodes.length), steps: formatNumber(locale, links.length) }),
      changes: t(locale, 'chart.provenance.changes'),
      noDate: t(locale, 'chart.provenance.noDate'),
    },
  };
}

/** The latest date in the chains: the day the chart's data refers to. */
export function provenanceAsOf(provenance: Provenance): string {
  const dates = [...provenance.nodes, ...provenance.links].flatMap((x) => (x.date ? [x.date] : []));
  return dates.sort().at(-1) ?? '';
}

/** The date of the first node of a chain, formatted (the briefing that starts the proposals chain). */
export function chainStartDate(data: ProvenanceChartData, chain: Chain): string {
  return data.nodes.find((n) => n.chain === chain && n.rank === 0)?.date ?? data.labels.noDate;
}
