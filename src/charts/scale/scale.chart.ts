import { data } from '../../content';
import { figure } from '../../content/figures';
import type { Locale } from '../../content/vocabulary';
import { formatPercent } from '../../i18n/format';
import { t } from '../../i18n/t';
import { defineChart } from '../chart';
import { ScaleChart } from './ScaleChart';
import { scaleAsOf, scaleChartData, scaleSources } from './scale.data';

const { assumptions } = data['feasibility.yaml'];

/** The numbers the summary quotes: each row's value, and the plant's share of the network's smallest and largest draw. */
function summaryValues(locale: Locale) {
  const { items } = scaleChartData(assumptions, locale);
  const item = (id: string) => items.find((i) => i.id === id)!;
  const [plant, cambridge, network] = [item('plant'), item('cambridge'), item('network')];
  return {
    reports: item('reports').value,
    ukraine: item('ukraine').value,
    russia: item('russia').value,
    plant: plant.value,
    ratio: figure('ratio-plant-to-33kw', locale),
    cambridge: cambridge.value,
    network: network.value,
    shareLow: formatPercent(locale, (plant.low / Math.max(cambridge.high, network.high)) * 100),
    shareHigh: formatPercent(locale, (plant.low / Math.min(cambridge.low, network.low)) * 100),
  };
}

/** The scale comparison: the reports' "33 kW", Ukraine's and Russia's miners, the plant and the Bitcoin network on a log axis. */
export const chart = defineChart({
  id: 'power-scale',
  chapter: 'feasibility',
  order: 2,
  interactive: false,
  component: ScaleChart,
  props: (locale) => ({ data: scaleChartData(assumptions, locale) }),
  title: (locale) => t(locale, 'chart.scale.title'),
  summary: (locale) => t(locale, 'chart.scale.summary', summaryValues(locale)),
  source: (locale) => t(locale, 'chart.scale.sourceLine'),
  sources: scaleSources(assumptions),
  asOf: scaleAsOf(assumptions),
  dataset: (locale) => ({
    columns: [
      ['id', 'id'],
      ['label', 'label'],
      ['low_watts', 'low'],
      ['high_watts', 'high'],
      ['status', 'status'],
      ['as_of', 'asOf'],
    ].map(([key, name]) => ({ key, label: key, description: t(locale, `chart.scale.data.${name}`) })),
    rows: scaleChartData(assumptions, locale).items.map((i) => ({
      id: i.id,
      label: i.label,
      low_watts: i.low,
      high_watts: i.high,
      status: i.status,
      as_of: i.asOfDates.join(' '),
    })),
  }),
  table: (locale) => ({
    caption: t(locale, 'chart.scale.caption'),
    columns: ['item', 'value', 'kind', 'source', 'note', 'asOf'].map((c) => t(locale, `chart.scale.col.${c}`)),
    rows: scaleChartData(assumptions, locale).items.map((i) => [i.label, i.value, i.statusLabel, i.source, i.note, i.asOf]),
  }),
});
