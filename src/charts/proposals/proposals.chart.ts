import { data } from '../../content';
import { formatPercent } from '../../i18n/format';
import { t } from '../../i18n/t';
import { defineChart } from '../chart';
import ProposalComparison from './ProposalComparison';
import { proposalChartData, proposalsDate, sharesAfterTransfer } from './proposals.data';

const proposals = data['proposals.yaml'];

/** The two ownership proposals side by side, with a control for the part of the US half passed to Russia. */
export const chart = defineChart({
  id: 'ownership-proposals',
  chapter: 'plant',
  order: 3,
  interactive: true,
  component: ProposalComparison,
  props: (locale) => ({ data: proposalChartData(proposals, locale) }),
  title: (locale) => t(locale, 'chart.proposals.title'),
  summary: (locale) => t(locale, 'chart.proposals.summary', { date: proposalsDate(proposals, locale) }),
  source: (locale) => t(locale, 'chart.proposals.source', { date: proposalsDate(proposals, locale) }),
  sources: [...new Set(proposals.flatMap((p) => p.sources))],
  asOf: proposals[0].date,
  dataset: (locale) => ({
    columns: [
      { key: 'proposal', label: t(locale, 'chart.proposals.col.proposal'), description: t(locale, 'chart.proposals.data.proposal') },
      { key: 'party', label: t(locale, 'chart.proposals.data.partyLabel'), description: t(locale, 'chart.proposals.data.party') },
      { key: 'share_percent', label: t(locale, 'chart.proposals.data.shareLabel'), description: t(locale, 'chart.proposals.data.share') },
      { key: 'transferable_to', label: t(locale, 'chart.proposals.data.transferLabel'), description: t(locale, 'chart.proposals.data.transfer') },
      { key: 'transferable_max_percent', label: t(locale, 'chart.proposals.data.transferMaxLabel'), description: t(locale, 'chart.proposals.data.transferMax') },
    ],
    rows: proposals.flatMap((p) =>
      p.shares.map((s) => ({
        proposal: p.id,
        party: s.party,
        share_percent: s.percent,
        transferable_to: p.transfer?.from === s.party ? p.transfer.to : null,
        transferable_max_percent: p.transfer?.from === s.party ? p.transfer.maxPercent : null,
      })),
    ),
  }),
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
});
