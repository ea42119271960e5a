import type { ContentData, SubstanceStatus } from '../../content/schema';
import type { Locale } from '../../content/vocabulary';
import { figure } from '../../content/figures';
import { formatDate, formatNumber } from '../../i18n/format';
import { t } from '../../i18n/t';
import { averageWatts, formatPower, powerUnit, toWatts } from '../power';

type Assumption = ContentData['feasibility.yaml']['assumptions'][number];

/** The items compared, in the order of their size. */
export const scaleItemIds = ['reports', 'ukraine', 'russia', 'plant', 'cambridge', 'network'] as const;
/** One item of the scale comparison. */
export type ScaleItemId = (typeof scaleItemIds)[number];

/** One row of the chart: a power, or a range of powers, with what kind of figure it is and where it comes from. */
export interface ScaleItem {
  id: ScaleItemId;
  label: string;
  /** Lower and upper end in watts; equal for a single value. */
  low: number;
  high: number;
  /** The value written out with its unit: "33 kW", "487 to 616 MW". */
  value: string;
  status: SubstanceStatus;
  statusLabel: string;
  source: string;
  /** What the table says about the figure; `chartNote` is the part the chart itself shows, if any. */
  note: string;
  chartNote?: string;
  asOf: string;
  /** The dates the figure refers to, as in the data ("YYYY-MM"), for downloads. */
  asOfDates: string[];
}

/** Everything the scale chart needs, localized and serialisable. */
export interface ScaleChartData {
  locale: Locale;
  items: ScaleItem[];
  /** The axis title, and the picture in words for screen readers. */
  labels: { axis: string; description: string };
}

/** The feasibility assumption with this id; an unknown id fails the build. */
function find(assumptions: Assumption[], id: string): Assumption {
  const found = assumptions.find((a) => a.id === id);
  if (!found) throw new Error(`content/data/feasibility.yaml has no assumption "${id}" (needed by the scale chart)`);
  return found;
}

/** A power range written once with its unit: "487 to 616 MW"; ends in different units each keep their own. */
export function formatPowerRange(locale: Locale, low: number, high: number): string {
  if (low === high) return formatPower(locale, low);
  const unit = powerUnit(high);
  const lowText = powerUnit(low).unit === unit.unit ? formatNumber(locale, low / unit.watts, 1) : formatPower(locale, low);
  return t(locale, 'chart.scale.range', { low: lowText, high: formatPower(locale, high) });
}

/** The dates a row's figures refer to, as one date or a range: "April 2024 to May 2024". */
function formatAsOf(locale: Locale, dates: string[]): string {
  const sorted = [...new Set(dates)].sort();
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  return first === last
    ? formatDate(locale, first)
    : t(locale, 'chart.scale.range', { low: formatDate(locale, first), high: formatDate(locale, last) });
}

/** One status for a row; the two ends of a range must agree, or the build names them. */
function sharedStatus(parts: Assumption[]): SubstanceStatus {
  const statuses = new Set(parts.map((a) => a.status));
  if (statuses.size !== 1) throw new Error(`Scale chart: ${parts.map((a) => a.id).join(' and ')} must share one status to form a range`);
  return parts[0].status;
}

/** The Bitcoin network's 2024 average power in watts: Cambridge's energy per year spread over the year's hours. */
export function cambridgeAverageWatts(assumptions: Assumption[]): number {
  const energy = find(assumptions, 'cambridge-energy');
  return averageWatts(energy.value, energy.unit, find(assumptions, 'hours-per-year').value);
}

// The assumptions behind each row: one for a single value, two for a range (its lower and upper figure).
const rowAssumptions: Record<ScaleItemId, string[]> = {
  reports: ['reports-33-kw'],
  ukraine: ['ukraine-mining-load-apr-2024', 'ukraine-mining-load-may-2024'],
  russia: ['russia-miners-2023'],
  plant: ['plant-net-mw'],
  cambridge: ['cambridge-energy'],
  network: ['network-power-estimate-low', 'network-power-estimate-high'],
};

/** The source ids (content/data/sources.yaml) behind the chart's rows. */
export function scaleSources(assumptions: Assumption[]): string[] {
  return [...new Set(Object.values(rowAssumptions).flatMap((ids) => ids.flatMap((id) => find(assumptions, id).sources)))];
}

/** The latest date any row refers to, "YYYY-MM" or "YYYY-MM-DD". */
export function scaleAsOf(assumptions: Assumption[]): string {
  return Object.values(rowAssumptions)
    .flatMap((ids) => ids.map((id) => find(assumptions, id).asOf))
    .sort()
    .at(-1)!;
}

/** Derive the chart's rows from the validated feasibility assumptions for one locale, smallest first. */
export function scaleChartData(assumptions: Assumption[], locale: Locale): ScaleChartData {
  const watts = (a: Assumption) => (a.id === 'cambridge-energy' ? cambridgeAverageWatts(assumptions) : toWatts(a.value, a.unit));
  // Numbers the labels and notes quote, formatted as the chapter text formats them.
  const vars = {
    reports: formatPower(locale, watts(find(assumptions, 'reports-33-kw'))),
    apr: formatPower(locale, watts(find(assumptions, 'ukraine-mining-load-apr-2024'))),
    may: formatPower(locale, watts(find(assumptions, 'ukraine-mining-load-may-2024'))),
    energy: figure('cambridge-energy', locale),
    hours: figure('hours-per-year', locale),
  };

  const items = scaleItemIds
    .map((id): ScaleItem => {
      const parts = rowAssumptions[id].map((a) => find(assumptions, a));
      const values = parts.map(watts);
      const [low, high] = [Math.min(...values), Math.max(...values)];
      const status = sharedStatus(parts);
      const note = t(locale, `chart.scale.note.${id}`, vars);
      return {
        id,
        label: t(locale, `chart.scale.item.${id}`, vars),
        low,
        high,
        value: formatPowerRange(locale, low, high),
        status,
        statusLabel: t(locale, `status.${status}`),
        source: t(locale, `chart.scale.source.${id}`),
        note,
        // A correction of the reports must be seen with the mark; other notes would make the chart too long on a phone.
        chartNote: status === 'wrong-in-reports' ? note : undefined,
        asOf: formatAsOf(locale, parts.map((a) => a.asOf)),
        asOfDates: [...new Set(parts.map((a) => a.asOf))],
      };
    })
    .sort((a, b) => a.low - b.low);

  return {
    locale,
    items,
    labels: {
      axis: t(locale, 'chart.scale.axis'),
      description: items
        .map((item) => t(locale, 'chart.scale.describe', { label: item.label, value: item.value, status: item.statusLabel }))
        .join(' '),
    },
  };
}
