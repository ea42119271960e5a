import { formatNumber, formatPercent, formatQuantity } from '../../i18n/format';
import { fillTemplate } from '../../i18n/template';
import { evaluate, type Outcome, type Scenario } from '../../lib/feasibility';
import { estimateTextWidth, wrapText } from '../text';
import type { CalculatorData } from './calculator.data';
import type { CalculatorState } from './calculator.state';

/** The results the calculator shows, in order. */
export const resultIds = ['power', 'machines', 'hashrate', 'before', 'after', 'energy'] as const;
/** One of the calculator's results. */
export type ResultId = (typeof resultIds)[number];

/** One result: its label, its value and the formula that gives it, with the current numbers filled in. */
export interface ResultRow {
  id: ResultId;
  label: string;
  value: string;
  formula: string;
}

/** A state worked out: the arithmetic's outcome, the rows to show and the sentence to announce. */
export interface Results {
  outcome: Outcome;
  network: number;
  rows: ResultRow[];
  announcement: string;
  /** Formatted x (the plant's hashrate), N (the network before) and N + x. */
  figures: { x: string; n: string; joined: string; before: string; after: string };
}

/** The arithmetic's scenario for a state: the named miner brings its power draw, a custom efficiency has none. */
export function scenarioOf(data: Pick<CalculatorData, 'miners' | 'unitNetMW' | 'hoursPerYear'>, state: CalculatorState): Scenario {
  return {
    reactors: state.reactors,
    unitNetMW: data.unitNetMW,
    joulesPerTerahash: state.jth,
    machineWatts: data.miners.find((m) => m.id === state.miner)?.watts,
    pue: state.pue,
    capacityFactor: state.cf / 100,
    networkEH: state.network,
    hoursPerYear: data.hoursPerYear,
  };
}

/** Work a state out with the feasibility arithmetic and format every result and formula for the data's locale. */
export function describeResults(data: CalculatorData, state: CalculatorState): Results {
  const { locale, templates, labels } = data;
  const o = evaluate(scenarioOf(data, state));
  const watts = data.miners.find((m) => m.id === state.miner)?.watts;
  const mw = (value: number) => formatQuantity(locale, value, 'MW');
  const eh = (value: number) => formatQuantity(locale, value, 'EH/s', 1);
  const percent = (share: number) => formatPercent(locale, share * 100, 1);
  const v = {
    reactors: formatNumber(locale, state.reactors),
    max: formatNumber(locale, data.config.ranges.reactors.max),
    unit: mw(data.unitNetMW),
    pue: formatNumber(locale, state.pue, 2),
    power: mw(o.minersMW),
    jth: formatQuantity(locale, state.jth, 'J/TH', 1),
    hashrate: eh(o.hashrateEH),
    network: eh(state.network),
    before: percent(o.shareOfToday),
    after: percent(o.shareAfterJoining),
    hours: formatQuantity(locale, data.hoursPerYear, 'h'),
    cf: formatPercent(locale, state.cf),
    energy: formatQuantity(locale, o.energyTWh, 'TWh', 1),
  };
  const formula = (id: ResultId, vars: Record<string, string>) => fillTemplate(templates.formula[id], vars, `formula ${id}`);
  const machines =
    o.machines !== undefined && watts !== undefined
      ? { value: formatNumber(locale, o.machines), formula: formula('machines', { power: v.power, watts: formatQuantity(locale, watts, 'W'), result: formatNumber(locale, o.machines) }) }
      : { value: '–', formula: labels.noMachines };
  const rows: ResultRow[] = [
    { id: 'power', label: labels.power, value: v.power, formula: formula('power', { reactors: v.reactors, unit: v.unit, pue: v.pue, result: v.power }) },
    { id: 'machines', label: labels.machines, ...machines },
    { id: 'hashrate', label: labels.hashrate, value: v.hashrate, formula: formula('hashrate', { power: v.power, jth: v.jth, result: v.hashrate }) },
    { id: 'before', label: labels.before, value: v.before, formula: formula('before', { x: v.hashrate, n: v.network, result: v.before }) },
    { id: 'after', label: labels.after, value: v.after, formula: formula('after', { x: v.hashrate, n: v.network, result: v.after }) },
    { id: 'energy', label: labels.energy, value: v.energy, formula: formula('energy', { reactors: v.reactors, unit: v.unit, hours: v.hours, cf: v.cf, result: v.energy }) },
  ];
  return {
    outcome: o,
    network: state.network,
    rows,
    announcement: fillTemplate(templates.live, v, 'live'),
    figures: { x: v.hashrate, n: v.network, joined: eh(state.network + o.hashrateEH), before: v.before, after: v.after },
  };
}

/** A positioned line of text. */
export interface ChartText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
  bold: boolean;
}

/** A bar segment: the network's hashrate, or the plant's added to it. */
export interface ChartBar {
  id: 'today' | 'joined-network' | 'joined-plant';
  kind: 'network' | 'plant';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The share bar, laid out: plain objects the view draws as they are. */
export interface ShareBarLayout {
  width: number;
  height: number;
  texts: ChartText[];
  bars: ChartBar[];
  /** A bracket under the plant's segment, tying its label to it. */
  bracket: { x1: number; x2: number; y: number };
  /** The chart in words, for its accessible name. */
  description: string;
}

/** Font size in px; at the narrowest layout (320 px screen) nothing is smaller than 12 px. */
export const fontSize = 13;
const lineHeight = fontSize * 1.35;
const barHeight = 24;
const gap = 8;

/**
 * Lay out the share bar for a width: today's network N as one bar, the network once the plant has joined (N + x) as
 * a second, both on one scale so x ÷ N and x ÷ (N + x) can be seen; every bar is named in text above or below it.
 */
export function layoutShareBar(data: Pick<CalculatorData, 'templates'>, results: Results, width: number): ShareBarLayout {
  const { templates } = data;
  const { figures, network, outcome } = results;
  const total = network + outcome.hashrateEH;
  const scale = (value: number) => (value / total) * width;
  const texts: ChartText[] = [];
  const lines: string[] = [];
  let y = 0;

  const write = (text: string, bold = false, anchor: ChartText['anchor'] = 'start') => {
    lines.push(text);
    for (const line of wrapText(text, fontSize, width, bold ? 'bold' : 'regular')) {
      y += lineHeight;
      texts.push({ x: anchor === 'start' ? 0 : width, y: y - (lineHeight - fontSize), text: line, anchor, bold });
    }
  };
  const fill = (template: string, vars: Record<string, string>) => fillTemplate(template, vars, 'calculator chart');

  write(fill(templates.today, { value: figures.n }), true);
  y += gap / 2;
  const today: ChartBar = { id: 'today', kind: 'network', x: 0, y, width: scale(network), height: barHeight };
  y += barHeight + gap * 2;

  write(fill(templates.joined, { value: figures.joined }), true);
  y += gap / 2;
  const joinedNetwork: ChartBar = { id: 'joined-network', kind: 'network', x: 0, y, width: scale(network), height: barHeight };
  const joinedPlant: ChartBar = { id: 'joined-plant', kind: 'plant', x: scale(network), y, width: width - scale(network), height: barHeight };
  y += barHeight + gap;
  const bracket = { x1: joinedPlant.x, x2: width, y };

  // The plant's label sits under its segment, which always ends at the right edge; a label wider than the chart wraps.
  const plantLabel = fill(templates.plant, { value: figures.x });
  write(plantLabel, true, estimateTextWidth(plantLabel, fontSize, 'bold') <= width ? 'end' : 'start');
  y += gap / 2;
  write(fill(templates.shares, { before: figures.before, after: figures.after }));

  return {
    width,
    height: Math.ceil(y + gap / 2),
    texts,
    bars: [today, joinedNetwork, joinedPlant],
    bracket,
    description: lines.join('. '),
  };
}
