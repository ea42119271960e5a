import type { ProposalChartData } from '../../src/charts/proposals/proposals.data';

/** Proposal chart data as the data step produces it, independent of the content files. */
export const proposalFixture: ProposalChartData = {
  locale: 'en',
  proposals: [
    {
      id: 'us-consortium',
      name: 'US plan: consortium of three',
      operator: 'Operated by: the United States',
      shares: [
        { party: 'us', percent: 33.34 },
        { party: 'ukraine', percent: 33.33 },
        { party: 'russia', percent: 33.33 },
      ],
      note: 'equal thirds',
    },
    {
      id: 'ukraine-joint-venture',
      name: "Ukraine's plan: US–Ukrainian joint venture",
      operator: 'Operated by: the joint venture',
      shares: [
        { party: 'us', percent: 50 },
        { party: 'ukraine', percent: 50 },
      ],
      transfer: { from: 'us', to: 'russia', maxPercent: 50 },
    },
  ],
  partyNames: { us: 'US', ukraine: 'Ukraine', russia: 'Russia' },
  maxTransfer: 50,
  labels: {
    control: 'Part passed to Russia',
    controlHint: '0 to 50%',
    liveTemplate: "Ukraine's plan with {passed} passed to Russia: US {us}, Ukraine {ukraine}, Russia {russia}.",
    axis: 'Share of the plant',
  },
};
