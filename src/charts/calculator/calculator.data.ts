// Build-time only: reads the validated content and the UI strings. The island imports nothing but types from here,
// so neither the data files nor the strings of other charts reach the reader's browser.
import { data } from '../../content';
import { assumption, defaultScenario } from '../../content/figures';
import type { Locale } from '../../content/vocabulary';
import { formatDate, formatNumber, formatPercent, formatQuantity } from '../../i18n/format';
import { strings, t } from '../../i18n/t';
import { describeResults, type ResultId } from './calculator.layout';
import type { CalculatorState, Field, NumericField, Range, StateConfig } from './calculator.state';

const feasibility = data['feasibility.yaml'];
const sources = data['sources.yaml'];

/** The miner the calculator starts with, as in the chapter text. */
export const defaultMinerId = 'antminer-s21';

/** A miner the reader can pick. */
export interface MinerOption {
  id: string;
  /** Localized name, for sentences. */
  name: string;
  /** Name and efficiency, for the list of choices. */
  option: string;
  jth: number;
  watts?: number;
}

/** Templates the island fills as the reader changes the inputs ({name} placeholders, see i18n/template.ts). */
export interface CalculatorTemplates {
  formula: Record<ResultId, string>;
  live: string;
  note: string;
  today: string;
  joined: string;
  plant: string;
  shares: string;
  reactorsValue: string;
}

/** Everything the calculator island needs, localized and serialisable (it is passed to the island as props). */
export interface CalculatorData {
  locale: Locale;
  config: StateConfig;
  unitNetMW: number;
  hoursPerYear: number;
  miners: MinerOption[];
  /** Fixed labels and hints of the controls and results. */
  labels: Record<Field, string> &
    Record<`${Field}Hint`, string> &
    Record<'legend' | 'custom' | 'reset' | 'results' | 'noMachines', string> &
    Record<ResultId, string>;
  templates: CalculatorTemplates;
}

// The ranges are the calculator's, not facts: wide enough for any plausible scenario, closed so the address cannot
// ask for a division by zero or a number too large to print.
const ranges = (units: number): Record<NumericField, Range> => ({
  reactors: { min: 0, max: units, step: 1 },
  jth: { min: 5, max: 100, step: 0.1 },
  pue: { min: 1, max: 1.5, step: 0.01 },
  cf: { min: 0, max: 100, step: 1 },
  network: { min: 100, max: 5000, step: 0.1 },
});

/** An assumption of content/data/feasibility.yaml with its label, date, status and sources; an unknown id fails the build. */
function assumptionEntry(id: string) {
  const found = feasibility.assumptions.find((a) => a.id === id);
  if (!found) throw new Error(`content/data/feasibility.yaml has no assumption "${id}"`);
  return found;
}

/** The outlets (or titles) behind a list of source ids, deduplicated, in order. */
function outlets(ids: string[]): string {
  return [...new Set(ids.map((id) => sources.find((s) => s.id === id)).map((s) => s?.outlet ?? s?.title ?? ''))].filter(Boolean).join(', ');
}

const key = (name: string) => `chart.calculator.${name}`;
// A name in the data is a proper name; a key `chart.calculator.miner.<id>` translates one that is not.
const minerName = (locale: Locale, id: string, name: string) => strings[locale][key(`miner.${id}`)] ?? name;

/** The calculator's starting state: the chapter's default figures (all units, Antminer S21, the assumed PUE and capacity factor). */
export function defaultState(): CalculatorState {
  const s = defaultScenario(defaultMinerId, { pue: assumption('pue-default') });
  return { reactors: s.reactors, miner: defaultMinerId, jth: s.joulesPerTerahash, pue: s.pue, cf: s.capacityFactor * 100, network: s.networkEH };
}

/** Derive the calculator's data for one locale. */
export function calculatorData(locale: Locale): CalculatorData {
  const units = data['plant.yaml'].length;
  const r = ranges(units);
  const defaults = defaultState();
  const unitNetMW = assumption('unit-net-mw');
  const network = assumptionEntry('network-hashrate');
  const miners = feasibility.miners.map((m): MinerOption => {
    const name = minerName(locale, m.id, m.name);
    return { id: m.id, name, option: t(locale, key('minerOption'), { name, jth: formatQuantity(locale, m.joulesPerTerahash, 'J/TH', 1) }), jth: m.joulesPerTerahash, watts: m.watts };
  });
  const span = (range: Range, unit: string) => ({
    min: formatQuantity(locale, range.min, unit, 2),
    max: formatQuantity(locale, range.max, unit, 2),
  });
  const text = (name: string, vars?: Record<string, string | number>) => t(locale, key(name), vars);
  // Templates travel unfilled; a missing one fails the build through t()'s message.
  const template = (name: string) => strings[locale][key(name)] ?? t(locale, key(name));

  return {
    locale,
    config: { defaults, ranges: r, miners: Object.fromEntries(miners.map((m) => [m.id, m.jth])) },
    unitNetMW,
    hoursPerYear: assumption('hours-per-year'),
    miners,
    labels: {
      legend: text('legend'),
      reactors: text('reactors'),
      reactorsHint: text('reactorsHint', { max: formatNumber(locale, units), unit: formatQuantity(locale, unitNetMW, 'MW') }),
      miner: text('miner'),
      minerHint: text('minerHint'),
      jth: text('jth'),
      jthHint: text('jthHint', span(r.jth, 'J/TH')),
      pue: text('pue'),
      pueHint: text('pueHint', { min: formatNumber(locale, r.pue.min, 2), max: formatNumber(locale, r.pue.max, 2), default: formatNumber(locale, defaults.pue, 2) }),
      cf: text('cf'),
      cfHint: text('cfHint', { min: formatPercent(locale, r.cf.min), max: formatPercent(locale, r.cf.max), default: formatPercent(locale, defaults.cf) }),
      network: text('network'),
      networkHint: text('networkHint', {
        ...span(r.network, 'EH/s'),
        default: formatQuantity(locale, network.value, 'EH/s', 1),
        date: formatDate(locale, network.asOf),
        status: t(locale, `status.${network.status}`),
        sources: outlets(network.sources),
      }),
      custom: text('custom'),
      reset: text('reset'),
      results: text('results'),
      noMachines: text('noMachines'),
      power: text('out.power'),
      machines: text('out.machines'),
      hashrate: text('out.hashrate'),
      before: text('out.before'),
      after: text('out.after'),
      energy: text('out.energy'),
    },
    templates: {
      formula: {
        power: template('formula.power'),
        machines: template('formula.machines'),
        hashrate: template('formula.hashrate'),
        before: template('formula.before'),
        after: template('formula.after'),
        energy: template('formula.energy'),
      },
      live: template('live'),
      note: template('note'),
      today: template('chart.today'),
      joined: template('chart.joined'),
      plant: template('chart.plant'),
      shares: template('chart.shares'),
      reactorsValue: template('reactorsValue'),
    },
  };
}

/** The default scenario's inputs and results, formatted, for the summary and the table caption. */
export function defaultFigures(locale: Locale) {
  const chart = calculatorData(locale);
  const { defaults } = chart.config;
  const results = describeResults(chart, defaults);
  return {
    mw: formatQuantity(locale, defaults.reactors * chart.unitNetMW, 'MW'),
    miner: chart.miners.find((m) => m.id === defaults.miner)!.name,
    pue: formatNumber(locale, defaults.pue, 2),
    cf: formatPercent(locale, defaults.cf),
    network: results.figures.n,
    hashrate: results.figures.x,
    after: results.figures.after,
    energy: results.rows.find((r) => r.id === 'energy')!.value,
  };
}

/** The source line: the plant, the miners, the network (with its date), and our own assumptions. */
export function calculatorSource(locale: Locale): string {
  const network = assumptionEntry('network-hashrate');
  return t(locale, key('source'), {
    plant: outlets(assumptionEntry('unit-net-mw').sources),
    miners: outlets(feasibility.miners.flatMap((m) => m.sources)),
    network: outlets(network.sources),
    date: formatDate(locale, network.asOf),
  });
}

/** Every source id behind the calculator's defaults and choices. */
export const calculatorSources: string[] = [
  ...new Set([
    ...['unit-net-mw', 'network-hashrate', 'pue-default', 'capacity-factor-default'].flatMap((id) => assumptionEntry(id).sources),
    ...feasibility.miners.flatMap((m) => m.sources),
  ]),
];

/** The date the calculator's defaults refer to: the network hashrate's. */
export const calculatorAsOf: string = assumptionEntry('network-hashrate').asOf;
