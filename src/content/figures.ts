// Named figures for prose: every number or date an author writes in a chapter comes from here (<Fig id="…" />),
// so it is rendered from the data files or computed by the feasibility module, never typed a second time.
import { data } from './index';
import type { Locale } from './vocabulary';
import { formatDate, formatNumber, formatPercent, formatQuantity } from '../i18n/format';
import { energyTWh, evaluate, type Scenario } from '../lib/feasibility';

type Render = (locale: Locale) => string;

const { assumptions, miners } = data['feasibility.yaml'];

/** The value of a feasibility assumption; an unknown id fails the build. */
export function assumption(id: string): number {
  const found = assumptions.find((a) => a.id === id);
  if (!found) throw new Error(`content/data/feasibility.yaml has no assumption "${id}"`);
  return found.value;
}

/** A miner model; an unknown id fails the build. */
export function miner(id: string) {
  const found = miners.find((m) => m.id === id);
  if (!found) throw new Error(`content/data/feasibility.yaml has no miner "${id}"`);
  return found;
}

/** The default scenario: all six reactors, the given miner, no overhead, today's network (DOSSIER §5). */
export function defaultScenario(minerId: string, overrides: Partial<Scenario> = {}): Scenario {
  const m = miner(minerId);
  return {
    reactors: data['plant.yaml'].length,
    unitNetMW: assumption('unit-net-mw'),
    joulesPerTerahash: m.joulesPerTerahash,
    machineWatts: m.watts,
    pue: 1,
    capacityFactor: assumption('capacity-factor-default') / 100,
    networkEH: assumption('network-hashrate'),
    hoursPerYear: assumption('hours-per-year'),
    ...overrides,
  };
}

const unitNames: Record<string, Record<Locale, string>> = {
  'TWh/yr': { de: 'TWh pro Jahr', en: 'TWh a year' },
  RUB: { de: 'Rubel', en: 'roubles' },
};
const digitsFor = (value: number) => (Number.isInteger(value) ? 0 : 1);

function quantity(value: number, unit: string, digits = digitsFor(value)): Render {
  if (unit === '%') return (locale) => formatPercent(locale, value, digits);
  if (unit === 'PUE') return (locale) => formatNumber(locale, value, 2);
  if (unit === 'regions') return (locale) => formatNumber(locale, value);
  return (locale) => formatQuantity(locale, value, unitNames[unit]?.[locale] ?? unit, digits);
}

const registry = new Map<string, Render>();
const add = (id: string, render: Render) => {
  if (registry.has(id)) throw new Error(`Figure id "${id}" is defined twice`);
  registry.set(id, render);
};

for (const a of assumptions) add(a.id, quantity(a.value, a.unit));
add('plant-units', (locale) => formatNumber(locale, data['plant.yaml'].length));
add('unit-gross-mw', quantity(data['plant.yaml'][0].grossMW, 'MW'));

for (const m of miners) {
  add(`${m.id}-efficiency`, quantity(m.joulesPerTerahash, 'J/TH'));
  if (m.terahashPerSecond) add(`${m.id}-hashrate`, quantity(m.terahashPerSecond, 'TH/s'));
  if (m.watts) add(`${m.id}-watts`, quantity(m.watts, 'W'));
  const o = evaluate(defaultScenario(m.id));
  add(`znpp-hashrate-${m.id}`, quantity(o.hashrateEH, 'EH/s', 1));
  if (o.machines !== undefined) add(`znpp-machines-${m.id}`, (locale) => formatNumber(locale, o.machines!));
  add(`znpp-share-today-${m.id}`, (locale) => formatPercent(locale, o.shareOfToday * 100, 1));
  add(`znpp-share-after-${m.id}`, (locale) => formatPercent(locale, o.shareAfterJoining * 100, 1));
  const withOverhead = evaluate(defaultScenario(m.id, { pue: assumption('pue-default') }));
  add(`znpp-hashrate-pue-${m.id}`, quantity(withOverhead.hashrateEH, 'EH/s', 1));
  add(`znpp-share-after-pue-${m.id}`, (locale) => formatPercent(locale, withOverhead.shareAfterJoining * 100, 1));
}

const full = evaluate(defaultScenario('antminer-s21', { capacityFactor: 1 }));
const typical = evaluate(defaultScenario('antminer-s21'));
add('znpp-energy-full', quantity(full.energyTWh, 'TWh/yr', 1));
add('znpp-energy-default-cf', quantity(typical.energyTWh, 'TWh/yr', 1));
add('znpp-energy-share-of-cambridge', (locale) => formatPercent(locale, (full.energyTWh / assumption('cambridge-energy')) * 100));

const reportsKW = assumption('reports-33-kw');
add('ratio-plant-to-33kw', (locale) => formatNumber(locale, (assumption('plant-net-mw') * 1000) / reportsKW));
add('s21-per-33kw', (locale) => formatNumber(locale, (reportsKW * 1000) / (miner('antminer-s21').watts ?? 1), 1));
add('energy-33kw-year', quantity(energyTWh(reportsKW / 1000, 1, assumption('hours-per-year')) * 1e6, 'MWh', 0));
add('ratio-plant-to-ukraine-load-apr-2024', (locale) => formatNumber(locale, assumption('plant-net-mw') / assumption('ukraine-mining-load-apr-2024'), 1));

for (const event of data['timeline.yaml']) {
  add(`date-${event.id}`, (locale) => formatDate(locale, event.date));
  if (event.end) add(`date-${event.id}-end`, (locale) => formatDate(locale, event.end!));
}
const site = data['site.yaml'];
add('date-reporting-as-of', (locale) => formatDate(locale, site.reportingAsOf));
add('date-last-reviewed', (locale) => formatDate(locale, site.lastReviewed));

/** Every figure id an author may use. */
export const figureIds = [...registry.keys()];

/** A named figure, formatted for the locale; an unknown id fails the build with the list of known ids. */
export function figure(id: string, locale: Locale): string {
  const render = registry.get(id);
  if (!render) throw new Error(`Unknown figure id "${id}". Known ids: ${figureIds.join(', ')}`);
  return render(locale);
}
