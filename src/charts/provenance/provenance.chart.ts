import { data } from '../../content';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/t';
import { defineChart } from '../chart';
import Provenance from './Provenance';
import { chainStartDate, provenanceAsOf, provenanceChartData, sourceNames, type ProvenanceNodeView } from './provenance.data';

const provenance = data['provenance.yaml'];
const sources = data['sources.yaml'];
const sourceIds = [...new Set([...provenance.nodes, ...provenance.links].flatMap((x) => x.sources))];

// A node as a table cell: who, when, what kind of source, and where it joins the other chain.
const describeNode = (node: ProvenanceNodeView) => [node.label, node.date, node.dateNote, node.kind, node.joinNote].filter(Boolean).join('; ');

/** How the claim travelled: the chain from Putin's remarks to the German articles, and the proposals chain beside it. */
export const chart = defineChart({
  id: 'claim-provenance',
  chapter: 'state-council',
  order: 1,
  interactive: false,
  component: Provenance,
  props: (locale) => ({ data: provenanceChartData(provenance, sources, locale) }),
  title: (locale) => t(locale, 'chart.provenance.title'),
  summary: (locale) => {
    const chart = provenanceChartData(provenance, sources, locale);
    const count = (basis: string) => formatNumber(locale, chart.links.filter((l) => l.basis === basis).length);
    return t(locale, 'chart.provenance.summary', {
      briefingDate: chainStartDate(chart, 'proposals'),
      documented: count('documented'),
      inferred: count('inferred'),
      total: formatNumber(locale, chart.links.length),
    });
  },
  source: (locale) => {
    const outlets = sourceNames(sourceIds, sources.filter((s) => s.outlet));
    return t(locale, 'chart.provenance.source', { outlets: outlets.join(', ') });
  },
  sources: sourceIds,
  asOf: provenanceAsOf(provenance),
  dataset: (locale) => {
    const chart = provenanceChartData(provenance, sources, locale);
    const column = (key: string) => ({ key, label: t(locale, `chart.provenance.data.${key}.label`), description: t(locale, `chart.provenance.data.${key}`) });
    return {
      columns: ['step', 'from_id', 'from', 'to_id', 'to', 'date', 'basis', 'changed', 'source_ids'].map(column),
      rows: chart.links.map((l) => {
        const link = provenance.links.find((x) => x.from === l.from && x.to === l.to)!;
        return {
          step: l.number,
          from_id: l.from,
          from: l.fromLabel,
          to_id: l.to,
          to: l.toLabel,
          date: link.date ?? null,
          basis: l.basis,
          changed: l.changed,
          source_ids: link.sources.join(' '),
        };
      }),
    };
  },
  table: (locale) => {
    const chart = provenanceChartData(provenance, sources, locale);
    const node = (id: string) => describeNode(chart.nodes.find((n) => n.id === id)!);
    return {
      caption: t(locale, 'chart.provenance.caption'),
      columns: [
        t(locale, 'chart.provenance.col.step'),
        t(locale, 'chart.provenance.col.from'),
        t(locale, 'chart.provenance.col.to'),
        t(locale, 'chart.provenance.col.date'),
        t(locale, 'method.changed'),
        t(locale, 'chart.provenance.col.basis'),
        t(locale, 'chart.provenance.col.sources'),
      ],
      rows: chart.links.map((l) => [
        formatNumber(locale, l.number),
        node(l.from),
        node(l.to),
        l.date ?? chart.labels.noDate,
        l.changed,
        l.basisLabel,
        l.sources.join(', '),
      ]),
    };
  },
});
