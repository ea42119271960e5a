import type { ContentData } from '../../content/schema';
import type { Locale } from '../../content/vocabulary';
import { formatDate, formatQuantity } from '../../i18n/format';
import { t } from '../../i18n/t';

type PlantUnit = ContentData['plant.yaml'][number];
type TimelineEvent = ContentData['timeline.yaml'][number];
/** A unit's operating state, as the data files name it. */
export type UnitState = PlantUnit['state'];

/** One reactor unit as the chart shows it: values for drawing, localized texts for reading. */
export interface UnitView {
  unit: number;
  netMW: number;
  grossMW: number;
  state: UnitState;
  name: string;
  type: string;
  net: string;
  gross: string;
  /** The year of grid connection (approximate, see plant.yaml) and the cell's line for it. */
  year: string;
  connected: string;
  stateLabel: string;
  /** The date the state began, and the cell's line for it. */
  sinceDate: string;
  since: string;
  /** The occupying power's licence, if the unit has one: badge text and its date. */
  licence?: { label: string; date: string };
  /** The lines of the detail box shown on hover or focus; the unit's accessible name reads the same. */
  detail: string[];
}

/** Everything the reactor chart needs, localized and serialisable. */
export interface ReactorChartData {
  locale: Locale;
  units: UnitView[];
  /** What the plant delivers now against what it could deliver, in MW net: the line in two parts, and a note. */
  total: { outputMW: number; netMW: number; line: [string, string]; note: string };
  labels: { chart: string; legendNet: string; legendGross: string; hint: string };
}

/**
 * The units' power now: a shut-down unit delivers nothing, an operating one at most its net capacity (the data has
 * no measured output, so this is an upper bound; with every unit shut down it is exactly 0).
 */
export function outputMW(units: Pick<PlantUnit, 'netMW' | 'state'>[]): number {
  return units.filter((u) => u.state === 'operating').reduce((sum, u) => sum + u.netMW, 0);
}

/** The units' combined net capacity in MW. */
export function totalNetMW(units: Pick<PlantUnit, 'netMW'>[]): number {
  return units.reduce((sum, u) => sum + u.netMW, 0);
}

/** The timeline's event of the plant's last power generation; without it the build fails naming the event id. */
export function lastPowerEvent(timeline: TimelineEvent[]): TimelineEvent {
  const event = timeline.find((e) => e.id === 'last-power-generation');
  if (!event) throw new Error('content/data/timeline.yaml needs the event "last-power-generation" for the reactor chart');
  return event;
}

/** One unit's texts for a locale. */
function unitView(u: PlantUnit, locale: Locale): UnitView {
  const mw = (value: number) => formatQuantity(locale, value, 'MW');
  // A year is written without digit grouping in both languages.
  const year = String(u.gridConnected);
  const sinceDate = formatDate(locale, u.stateSince);
  const view = {
    unit: u.unit,
    netMW: u.netMW,
    grossMW: u.grossMW,
    state: u.state,
    name: t(locale, 'chart.reactors.unit', { unit: u.unit }),
    type: t(locale, `chart.reactors.type.${u.type}`),
    net: t(locale, 'chart.reactors.net', { value: mw(u.netMW) }),
    gross: t(locale, 'chart.reactors.gross', { value: mw(u.grossMW) }),
    year,
    connected: t(locale, 'chart.reactors.connected', { year }),
    stateLabel: t(locale, `chart.reactors.state.${u.state}`),
    sinceDate,
    since: t(locale, 'chart.reactors.since', { date: sinceDate }),
    licence: u.occupierLicence
      ? { label: t(locale, 'chart.reactors.licence'), date: formatDate(locale, u.occupierLicence) }
      : undefined,
  };
  const detail = [
    t(locale, 'chart.reactors.detail.capacity', { type: view.type, net: view.net, gross: view.gross }),
    t(locale, 'chart.reactors.detail.connected', { year }),
    t(locale, 'chart.reactors.detail.state', { state: view.stateLabel, date: sinceDate }),
    ...(view.licence ? [t(locale, 'chart.reactors.detail.licence', { date: view.licence.date })] : []),
  ];
  return { ...view, detail };
}

/** Derive the chart's data from the validated plant units and timeline for one locale. */
export function reactorChartData(units: PlantUnit[], timeline: TimelineEvent[], locale: Locale): ReactorChartData {
  const sorted = [...units].sort((a, b) => a.unit - b.unit);
  const [output, net] = [outputMW(sorted), totalNetMW(sorted)];
  return {
    locale,
    units: sorted.map((u) => unitView(u, locale)),
    total: {
      outputMW: output,
      netMW: net,
      line: [
        t(locale, 'chart.reactors.total', { output: formatQuantity(locale, output, 'MW') }),
        t(locale, 'chart.reactors.totalOf', { net: formatQuantity(locale, net, 'MW') }),
      ],
      note: t(locale, 'chart.reactors.totalNote', { date: formatDate(locale, lastPowerEvent(timeline).date) }),
    },
    labels: {
      chart: t(locale, 'chart.reactors.label'),
      legendNet: t(locale, 'chart.reactors.legend.net'),
      legendGross: t(locale, 'chart.reactors.legend.gross'),
      hint: t(locale, 'chart.reactors.hint'),
    },
  };
}
