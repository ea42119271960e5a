import { data as content } from '../../content';
import { assumption, defaultScenario } from '../../content/figures';
import { formatNumber } from '../../i18n/format';
import { evaluate } from '../../lib/feasibility';
import { t } from '../../i18n/t';
import { defineChart } from '../chart';
import Calculator from './Calculator';
import { calculatorAsOf, calculatorData, calculatorSource, calculatorSources, defaultFigures } from './calculator.data';
import { describeResults, type ResultId } from './calculator.layout';

/** The feasibility calculator: reactors, miner, overhead, capacity factor and network → hashrate, share, energy. */
export const chart = defineChart({
  id: 'feasibility-calculator',
  chapter: 'feasibility',
  order: 1,
  interactive: true,
  component: Calculator,
  props: (locale) => ({ data: calculatorData(locale) }),
  title: (locale) => t(locale, 'chart.calculator.title'),
  summary: (locale) => t(locale, 'chart.calculator.summary', defaultFigures(locale)),
  source: calculatorSource,
  sources: calculatorSources,
  asOf: calculatorAsOf,
  // Every model in the data, with and without the assumed overhead, at the chapter's other defaults.
  dataset: (locale) => ({
    columns: (
      [
        ['miner_id', 'miner'],
        ['joules_per_terahash', 'jth'],
        ['reactors', 'reactors'],
        ['pue', 'pue'],
        ['capacity_factor', 'cf'],
        ['network_eh_per_s', 'network'],
        ['miners_mw', 'mw'],
        ['hashrate_eh_per_s', 'hashrate'],
        ['machines', 'machines'],
        ['share_of_today', 'today'],
        ['share_after_joining', 'after'],
        ['energy_twh_per_year', 'energy'],
      ] as const
    ).map(([key, name]) => ({ key, label: key, description: t(locale, `chart.calculator.data.${name}`) })),
    rows: content['feasibility.yaml'].miners.flatMap((m) =>
      [1, assumption('pue-default')].map((pue) => {
        const scenario = defaultScenario(m.id, { pue });
        const o = evaluate(scenario);
        return {
          miner_id: m.id,
          joules_per_terahash: scenario.joulesPerTerahash,
          reactors: scenario.reactors,
          pue,
          capacity_factor: scenario.capacityFactor,
          network_eh_per_s: scenario.networkEH,
          miners_mw: Math.round(o.minersMW * 10) / 10,
          hashrate_eh_per_s: Math.round(o.hashrateEH * 10) / 10,
          machines: o.machines ?? null,
          share_of_today: Math.round(o.shareOfToday * 10000) / 10000,
          share_after_joining: Math.round(o.shareAfterJoining * 10000) / 10000,
          energy_twh_per_year: Math.round(o.energyTWh * 100) / 100,
        };
      }),
    ),
  }),
  table: (locale) => {
    const data = calculatorData(locale);
    const { defaults } = data.config;
    const shown: ResultId[] = ['power', 'machines', 'hashrate', 'before', 'after'];
    // Every named model with and without the assumed overhead; the energy does not depend on either, so it goes in the caption.
    const rows = data.miners.flatMap((m) =>
      [1, defaults.pue].map((pue) => {
        const results = describeResults(data, { ...defaults, miner: m.id, jth: m.jth, pue });
        return [m.name, formatNumber(locale, pue, 2), ...shown.map((id) => results.rows.find((r) => r.id === id)!.value)];
      }),
    );
    const labels = describeResults(data, defaults).rows;
    return {
      caption: t(locale, 'chart.calculator.caption', defaultFigures(locale)),
      columns: [t(locale, 'chart.calculator.col.model'), data.labels.pue, ...shown.map((id) => labels.find((r) => r.id === id)!.label)],
      rows,
    };
  },
});
