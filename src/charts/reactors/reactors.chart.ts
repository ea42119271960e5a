import { data, site } from '../../content';
import type { Locale } from '../../content/vocabulary';
import { formatDate, formatNumber, formatQuantity } from '../../i18n/format';
import { t } from '../../i18n/t';
import { defineChart } from '../chart';
import { ReactorsChart } from './ReactorsChart';
import { lastPowerEvent, outputMW, reactorChartData, totalNetMW } from './reactors.data';

const units = data['plant.yaml'];
const timeline = data['timeline.yaml'];

/** The values the summary quotes; it speaks of every unit at once, so the units must share type, size and state. */
function summaryValues(locale: Locale) {
  const [first] = units;
  const views = reactorChartData(units, timeline, locale).units;
  const [view] = views;
  const shared = units.every(
    (u) => u.type === first.type && u.netMW === first.netMW && u.grossMW === first.grossMW && u.state === first.state && u.stateSince === first.stateSince,
  );
  if (!shared) throw new Error('content/data/plant.yaml: the units now differ in type, capacity or state; rewrite chart.reactors.summary for that');
  const licensed = views.filter((v) => v.licence);
  const mw = (value: number) => formatQuantity(locale, value, 'MW');
  return {
    type: view.type,
    unitNet: mw(first.netMW),
    unitGross: mw(first.grossMW),
    net: mw(totalNetMW(units)),
    since: view.sinceDate,
    state: view.stateLabel,
    lastPower: formatDate(locale, lastPowerEvent(timeline).date),
    output: mw(outputMW(units)),
    licensed: licensed.map((v) => v.name).join(', '),
    licence: licensed.map((v) => v.licence?.date).join(', '),
  };
}

/** The six reactor units as small multiples: capacity net and gross, state and since when, the occupier's licence. */
export const chart = defineChart({
  id: 'reactor-status',
  chapter: 'plant',
  order: 2,
  interactive: false,
  component: ReactorsChart,
  props: (locale) => ({ data: reactorChartData(units, timeline, locale) }),
  title: (locale) => t(locale, 'chart.reactors.title'),
  summary: (locale) => t(locale, 'chart.reactors.summary', summaryValues(locale)),
  source: (locale) => t(locale, 'chart.reactors.source'),
  sources: [...new Set([...units.flatMap((u) => u.sources), ...lastPowerEvent(timeline).sources])],
  asOf: site.reportingAsOf,
  dataset: (locale) => ({
    columns: (
      [
        ['unit', 'unit'],
        ['type', 'type'],
        ['net_mw', 'net'],
        ['gross_mw', 'gross'],
        ['grid_connected_year_approx', 'connected'],
        ['state', 'state'],
        ['state_since', 'since'],
        ['occupier_licence_date', 'licence'],
      ] as const
    ).map(([key, name]) => ({ key, label: t(locale, `chart.reactors.col.${name}`), description: t(locale, `chart.reactors.data.${name}`) })),
    rows: [...units]
      .sort((a, b) => a.unit - b.unit)
      .map((u) => ({
        unit: u.unit,
        type: u.type,
        net_mw: u.netMW,
        gross_mw: u.grossMW,
        grid_connected_year_approx: u.gridConnected,
        state: u.state,
        state_since: u.stateSince,
        occupier_licence_date: u.occupierLicence ?? null,
      })),
  }),
  table: (locale) => ({
    caption: t(locale, 'chart.reactors.caption', { date: formatDate(locale, site.reportingAsOf) }),
    columns: ['unit', 'type', 'net', 'gross', 'connected', 'state', 'since', 'licence'].map((c) => t(locale, `chart.reactors.col.${c}`)),
    rows: reactorChartData(units, timeline, locale).units.map((u) => [
      u.name,
      u.type,
      formatNumber(locale, u.netMW),
      formatNumber(locale, u.grossMW),
      t(locale, 'chart.reactors.connectedCell', { year: u.year }),
      u.stateLabel,
      u.sinceDate,
      u.licence ? `${u.licence.label}, ${u.licence.date}` : t(locale, 'chart.reactors.noLicence'),
    ]),
  }),
});
