import type { ContentData } from '../../content/schema';
import { parties, type Locale, type Party } from '../../content/vocabulary';
import { formatDate, formatPercent } from '../../i18n/format';
import { strings, t } from '../../i18n/t';

type Proposal = ContentData['proposals.yaml'][number];

/** One party's stake in a proposal. */
export interface Share {
  party: Party;
  percent: number;
}

/** A proposal as the chart shows it: localized names and the stakes before any transfer. */
export interface ProposalView {
  id: string;
  name: string;
  operator: string;
  shares: Share[];
  transfer?: { from: Party; to: Party; maxPercent: number };
  note?: string;
}

/** Everything the proposal chart needs, localized and serialisable (it is passed to the island as props). */
export interface ProposalChartData {
  locale: Locale;
  proposals: ProposalView[];
  partyNames: Record<Party, string>;
  maxTransfer: number;
  /** Control label and hint, and the template of the sentence announced after each change. */
  labels: { control: string; controlHint: string; liveTemplate: string; axis: string };
}

/** Clamp a requested transfer to what the proposal allows (0 to its maximum); anything else becomes 0. */
export function clampTransfer(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(max, Math.max(0, value));
}

/** The stakes of a proposal after `passed` percent of the plant moves along its transfer (if it has one). */
export function sharesAfterTransfer(proposal: Pick<ProposalView, 'shares' | 'transfer'>, passed: number): Share[] {
  const stake = new Map<Party, number>(parties.map((p) => [p, 0]));
  for (const s of proposal.shares) stake.set(s.party, s.percent);
  if (proposal.transfer) {
    const { from, to, maxPercent } = proposal.transfer;
    const moved = clampTransfer(passed, Math.min(maxPercent, stake.get(from) ?? 0));
    stake.set(from, (stake.get(from) ?? 0) - moved);
    stake.set(to, (stake.get(to) ?? 0) + moved);
  }
  return parties.map((party) => ({ party, percent: stake.get(party) ?? 0 }));
}

/** Derive the chart's data from the validated proposals for one locale. */
export function proposalChartData(proposals: Proposal[], locale: Locale): ProposalChartData {
  const maxTransfer = Math.max(0, ...proposals.map((p) => p.transfer?.maxPercent ?? 0));
  const equalThirds = (p: Proposal) => p.shares.length === 3 && p.shares.every((s) => Math.abs(s.percent - 100 / 3) < 0.5);
  return {
    locale,
    proposals: proposals.map((p) => ({
      id: p.id,
      name: p.name[locale],
      operator: t(locale, 'chart.proposals.operator', { operator: p.operator[locale] }),
      shares: p.shares,
      transfer: p.transfer,
      note: equalThirds(p) ? t(locale, 'chart.proposals.equalNote') : undefined,
    })),
    partyNames: { us: t(locale, 'party.us'), ukraine: t(locale, 'party.ukraine'), russia: t(locale, 'party.russia') },
    maxTransfer,
    labels: {
      control: t(locale, 'chart.proposals.control'),
      controlHint: t(locale, 'chart.proposals.controlHint', { max: formatPercent(locale, maxTransfer) }),
      // Filled in the browser as the reader moves the control.
      liveTemplate: strings[locale]['chart.proposals.live'],
      axis: t(locale, 'chart.proposals.axis'),
    },
  };
}

/** The date of the briefing the proposals come from, formatted for the locale. */
export function proposalsDate(proposals: Proposal[], locale: Locale): string {
  return formatDate(locale, proposals[0]?.date ?? '');
}
