import { data } from '../content';
import type { Locale } from '../content/schema';
import { formatPercent } from '../i18n/format';
import { t } from '../i18n/t';
import { proposalChartData, proposalsDate, sharesAfterTransfer } from './proposals/proposals.data';

/** A chart's data as a table: what the figure shows for readers without sight of the chart, and what downloads use. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** One chart of the site, under a permanent id. Chapters, embeds, images and downloads all start here. */
export interface ChartDefinition {
  id: string;
  chapter: string;
  /** Whether the chart hydrates as an island (it has a control); static charts ship no JavaScript. */
  interactive: boolean;
  title: (locale: Locale) => string;
  summary: (locale: Locale) => string;
  source: (locale: Locale) => string;
  sources: string[];
  asOf: string;
  table: (locale: Locale) => ChartTable;
}

const proposals = data['proposals.yaml'];

const ownershipProposals: ChartDefinition = {
  id: 'ownership-proposals',
  chapter: 'plant',
  interactive: true,
  title: (locale) => t(locale, 'chart.proposals.title'),
  summary: (locale) => t(locale, 'chart.proposals.summary', { date: proposalsDate(proposals, locale) }),
  source: (locale) => t(locale, 'chart.proposals.source', { date: proposalsDate(proposals, locale) }),
  sources: [...new Set(proposals.flatMap((p) => p.sources))],
  asOf: proposals[0].date,
  table: (locale) => {
    const chart = proposalChartData(proposals, locale);
    const variants = chart.proposals.flatMap((p) =>
      p.transfer
        ? [
            { p, variant: t(locale, 'chart.proposals.variant.none'), passed: 0 },
            { p, variant: t(locale, 'chart.proposals.variant.max'), passed: p.transfer.maxPercent },
          ]
        : [{ p, variant: t(locale, 'chart.proposals.variant.fixed'), passed: 0 }],
    );
    return {
      caption: t(locale, 'chart.proposals.caption'),
      columns: [t(locale, 'chart.proposals.col.proposal'), t(locale, 'chart.proposals.col.variant'), ...Object.values(chart.partyNames)],
      rows: variants.map(({ p, variant, passed }) => [
        p.name,
        variant,
        ...sharesAfterTransfer(p, passed).map((s) => formatPercent(locale, s.percent, 1)),
      ]),
    };
  },
};

/** Every chart, in the order the chapters show them. Ids are permanent: embeds and downloads link to them. */
export const charts: ChartDefinition[] = [ownershipProposals];

/** The chart with this id; an unknown id fails the build. */
export function chartById(id: string): ChartDefinition {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart id "${id}". Known: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}

/** The props each island receives, built on the server. */
export const islandProps = {
  'ownership-proposals': (locale: Locale) => ({ data: proposalChartData(proposals, locale) }),
};
