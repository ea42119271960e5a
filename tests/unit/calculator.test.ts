import { describe, expect, it } from 'vitest';
import { chart } from '../../src/charts/calculator/calculator.chart';
import { calculatorData } from '../../src/charts/calculator/calculator.data';
import { describeResults, fontSize, layoutShareBar } from '../../src/charts/calculator/calculator.layout';
import { customMiner, mergeQuery, parseState, type CalculatorState, type StateConfig } from '../../src/charts/calculator/calculator.state';
import { estimateTextWidth, layoutWidths } from '../../src/charts/text';
import { assumption, defaultScenario, figure } from '../../src/content/figures';
import { evaluate } from '../../src/lib/feasibility';

// A config independent of the content files, so the address rules are tested on their own.
const config: StateConfig = {
  defaults: { reactors: 6, miner: 'antminer-s21', jth: 17.5, pue: 1.1, cf: 80, network: 1070 },
  ranges: {
    reactors: { min: 0, max: 6, step: 1 },
    jth: { min: 5, max: 100, step: 0.1 },
    pue: { min: 1, max: 1.5, step: 0.01 },
    cf: { min: 0, max: 100, step: 1 },
    network: { min: 100, max: 5000, step: 0.1 },
  },
  miners: { 'antminer-s21': 17.5, 'antminer-s21-xp': 13.5, 'fleet-average-2024': 28.2 },
};
const defaults = config.defaults;

describe('parseState: reading the address', () => {
  it.each<[string, string, Partial<CalculatorState>, string[]]>([
    ['an empty query', '', {}, []],
    ['a bare question mark', '?', {}, []],
    ['empty values', '?reactors=&pue=&miner=&jth=', {}, []],
    ['unknown parameters', '?utm_source=x&foo=<b>bar</b>', {}, []],
    ['a full valid state', '?reactors=3&miner=antminer-s21-xp&pue=1.25&cf=50&network=900', { reactors: 3, miner: 'antminer-s21-xp', jth: 13.5, pue: 1.25, cf: 50, network: 900 }, []],
    ['a custom efficiency', '?miner=custom&jth=20', { miner: customMiner, jth: 20 }, []],
    ['an efficiency without a miner', '?jth=22.5', { miner: customMiner, jth: 22.5 }, []],
    ['a named miner with its own efficiency', '?miner=antminer-s21&jth=17.5', {}, []],
    ['spaces around a number', '?reactors=%204%20', { reactors: 4 }, []],
    ['NaN', '?reactors=NaN', {}, ['reactors']],
    ['Infinity', '?pue=Infinity', {}, ['pue']],
    ['a negative count', '?reactors=-3', { reactors: 0 }, ['reactors']],
    ['a fractional count', '?reactors=2.5', { reactors: 3 }, ['reactors']],
    ['too many decimals', '?pue=1.137', { pue: 1.14 }, ['pue']],
    ['a PUE far too high', '?pue=999', { pue: 1.5 }, ['pue']],
    ['a PUE below 1', '?pue=0.5', { pue: 1 }, ['pue']],
    ['a huge number', '?network=99999999999999999999999999', { network: 5000 }, ['network']],
    ['exponent notation', '?network=1e308', {}, ['network']],
    ['hex notation', '?reactors=0x5', {}, ['reactors']],
    ['a word', '?cf=eighty', {}, ['cf']],
    ['a percent sign', '?cf=80%25', {}, ['cf']],
    ['a German decimal comma', '?pue=1,2', {}, ['pue']],
    ['a very long value', `?network=${'9'.repeat(5000)}x`, {}, ['network']],
    ['a script tag as miner', '?miner=<script>alert(1)</script>', {}, ['miner']],
    ['an encoded script tag as miner', '?miner=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {}, ['miner']],
    ['an unknown miner id', '?miner=antminer-s9', {}, ['miner']],
    ['__proto__ as miner', '?miner=__proto__', {}, ['miner']],
    ['constructor as miner', '?miner=constructor', {}, ['miner']],
    ['a repeated parameter', '?reactors=2&reactors=5', { reactors: 2 }, ['reactors']],
    ['a named miner with a different efficiency', '?miner=antminer-s21&jth=10', {}, ['jth']],
    ['a custom miner with a malformed efficiency', '?miner=custom&jth=abc', { miner: customMiner, jth: 17.5 }, ['jth']],
    ['a custom miner with an efficiency of 0', '?miner=custom&jth=0', { miner: customMiner, jth: 5 }, ['jth']],
    [
      'the hostile address of the browser test',
      '?miner=<script>alert(1)</script>&pue=999&reactors=-3',
      { reactors: 0, pue: 1.5 },
      ['reactors', 'miner', 'pue'],
    ],
  ])('%s', (_, search, expected, adjusted) => {
    const parsed = parseState(search, config);
    expect(parsed.state).toEqual({ ...defaults, ...expected });
    expect(parsed.adjusted).toEqual(adjusted);
  });

  it('returns only whitelisted miner ids and finite numbers in range, whatever it is given', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '%00', '-0', '1'.repeat(400), 'toString'];
    for (const value of hostile) {
      const { state } = parseState(`?${['reactors', 'miner', 'jth', 'pue', 'cf', 'network'].map((k) => `${k}=${encodeURIComponent(value)}`).join('&')}`, config);
      expect([...Object.keys(config.miners), customMiner]).toContain(state.miner);
      for (const field of ['reactors', 'jth', 'pue', 'cf', 'network'] as const) {
        expect(Number.isFinite(state[field])).toBe(true);
        expect(state[field]).toBeGreaterThanOrEqual(config.ranges[field].min);
        expect(state[field]).toBeLessThanOrEqual(config.ranges[field].max);
      }
    }
  });
});

describe('mergeQuery: writing the address', () => {
  it.each<CalculatorState>([
    defaults,
    { reactors: 0, miner: 'fleet-average-2024', jth: 28.2, pue: 1, cf: 0, network: 100 },
    { reactors: 6, miner: customMiner, jth: 9.9, pue: 1.5, cf: 100, network: 1151.6 },
  ])('writes a state that reads back unchanged: %o', (state) => {
    const query = mergeQuery('', state, config);
    expect(parseState(`?${query}`, config)).toEqual({ state, adjusted: [] });
  });

  it('writes the parameters in a fixed order, the efficiency only for a custom miner', () => {
    expect(mergeQuery('', defaults, config)).toBe('reactors=6&miner=antminer-s21&pue=1.1&cf=80&network=1070');
    expect(mergeQuery('', { ...defaults, miner: customMiner, jth: 20 }, config)).toBe('reactors=6&miner=custom&jth=20&pue=1.1&cf=80&network=1070');
  });

  it('keeps the parameters of others and replaces its own, repeated ones included', () => {
    expect(mergeQuery('?lang=x&reactors=1&reactors=2&jth=3', defaults, config)).toBe('lang=x&reactors=6&miner=antminer-s21&pue=1.1&cf=80&network=1070');
  });

  it('never writes a number with floating-point noise', () => {
    expect(mergeQuery('', { ...defaults, pue: 1.1000000000000001, network: 0.1 + 1070.2 }, config)).toBe('reactors=6&miner=antminer-s21&pue=1.1&cf=80&network=1070.3');
  });
});

describe.each(['de', 'en'] as const)('results (%s)', (locale) => {
  const data = calculatorData(locale);
  const value = (state: CalculatorState, id: string) => describeResults(data, state).rows.find((r) => r.id === id)!;

  it('start from the chapter’s figures: all units, Antminer S21, the assumed PUE and capacity factor', () => {
    const start = data.config.defaults;
    expect(start).toEqual({ reactors: 6, miner: 'antminer-s21', jth: 17.5, pue: assumption('pue-default'), cf: assumption('capacity-factor-default'), network: assumption('network-hashrate') });
    expect(value(start, 'hashrate').value).toBe(figure('znpp-hashrate-pue-antminer-s21', locale));
    expect(value(start, 'after').value).toBe(figure('znpp-share-after-pue-antminer-s21', locale));
    expect(describeResults(data, start).outcome.energyTWh).toBe(evaluate(defaultScenario('antminer-s21')).energyTWh);
  });

  it('offers every miner of the data, each with its efficiency, and only a named model counts machines', () => {
    expect(data.miners.map((m) => m.id)).toEqual(['antminer-s21', 'antminer-s21-pro', 'antminer-s21-xp', 'fleet-average-2024']);
    expect(value({ ...data.config.defaults, miner: 'antminer-s21-xp', jth: 13.5, pue: 1 }, 'machines').value).toBe(figure('znpp-machines-antminer-s21-xp', locale));
    expect(value({ ...data.config.defaults, miner: customMiner, jth: 20 }, 'machines')).toMatchObject({ value: '–', formula: data.labels.noMachines });
    expect(value({ ...data.config.defaults, miner: 'fleet-average-2024', jth: 28.2 }, 'machines').value).toBe('–');
  });

  it('gives zero everywhere with no reactor running', () => {
    const results = describeResults(data, { ...data.config.defaults, reactors: 0 });
    expect(results.outcome).toMatchObject({ minersMW: 0, hashrateEH: 0, machines: 0, shareOfToday: 0, shareAfterJoining: 0, energyTWh: 0 });
  });
});

describe('formulas, with the current numbers filled in', () => {
  it.each([
    ['en', 'power', 'units × net output ÷ PUE = 6 × 950 MW ÷ 1.1 = 5,182 MW'],
    ['en', 'machines', 'power ÷ draw per machine = 5,182 MW ÷ 3,500 W = 1,480,519'],
    ['en', 'hashrate', 'power ÷ efficiency = 5,182 MW ÷ 17.5 J/TH = 296.1 EH/s'],
    ['en', 'before', "plant ÷ today's network = 296.1 EH/s ÷ 1,070 EH/s = 27.7%"],
    ['en', 'after', 'plant ÷ (network + plant) = 296.1 EH/s ÷ (1,070 EH/s + 296.1 EH/s) = 21.7%'],
    ['en', 'energy', 'units × net output × hours × capacity factor = 6 × 950 MW × 8,760 h × 80% = 39.9 TWh'],
    ['de', 'power', 'Blöcke × Nettoleistung ÷ PUE = 6 × 950 MW ÷ 1,1 = 5.182 MW'],
    ['de', 'after', 'Kraftwerk ÷ (Netz + Kraftwerk) = 296,1 EH/s ÷ (1.070 EH/s + 296,1 EH/s) = 21,7 %'],
  ] as const)('%s %s', (locale, id, expected) => {
    const data = calculatorData(locale);
    const row = describeResults(data, data.config.defaults).rows.find((r) => r.id === id)!;
    expect(row.formula.replace(/\u00a0/g, ' ')).toBe(expected);
  });
});

describe('layoutShareBar', () => {
  const data = calculatorData('en');
  const start = data.config.defaults;
  const states: Record<string, CalculatorState> = {
    default: start,
    'no reactor': { ...start, reactors: 0 },
    'the largest plant against the smallest network': { ...start, jth: 5, miner: customMiner, pue: 1, network: 100 },
    'the smallest plant against the largest network': { ...start, reactors: 1, jth: 100, miner: customMiner, pue: 1.5, network: 5000 },
  };
  const cases = Object.values(layoutWidths).flatMap((width) => Object.entries(states).map(([name, state]) => ({ width, name, state })));

  it.each(cases)('at $width px, $name: bars on one scale, text inside the width, lines apart', ({ width, state }) => {
    const results = describeResults(data, state);
    const layout = layoutShareBar(data, results, width);
    const bar = (id: string) => layout.bars.find((b) => b.id === id)!;
    expect(bar('today').width).toBeCloseTo(bar('joined-network').width, 9);
    expect(bar('joined-network').width + bar('joined-plant').width).toBeCloseTo(width, 9);
    expect(bar('joined-plant').width / width).toBeCloseTo(results.outcome.shareAfterJoining, 9);
    for (const b of layout.bars) {
      expect(b.width).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(width + 1e-9);
    }
    for (const text of layout.texts) {
      const w = estimateTextWidth(text.text, fontSize, text.bold ? 'bold' : 'regular');
      const left = text.anchor === 'start' ? text.x : text.x - w;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(width + 0.01);
      expect(text.y).toBeLessThanOrEqual(layout.height);
    }
    // Lines of text never share a baseline, and none runs into a bar.
    const ys = layout.texts.map((t) => t.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(fontSize);
    for (const text of layout.texts) {
      for (const b of layout.bars) expect(text.y - fontSize >= b.y + b.height || text.y <= b.y).toBe(true);
    }
  });

  it('names the network, the plant and both shares in text, also for its accessible name', () => {
    const layout = layoutShareBar(data, describeResults(data, start), layoutWidths.wide);
    expect(layout.description.replace(/\u00a0/g, ' ')).toBe(
      "Network today (N): 1,070 EH/s. Network with the plant (N + x): 1,366.1 EH/s. Plant (x): 296.1 EH/s. The plant's share: 27.7% of today's network, 21.7% of the enlarged one",
    );
  });

  it('uses no font smaller than 12 px', () => {
    expect(fontSize).toBeGreaterThanOrEqual(12);
  });
});

describe('the chart definition', () => {
  it.each(['de', 'en'] as const)('has a data table with every named model, with and without the overhead (%s)', (locale) => {
    const table = chart.table(locale);
    expect(table.rows).toHaveLength(calculatorData(locale).miners.length * 2);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    expect(chart.summary(locale)).toContain(figure('znpp-hashrate-pue-antminer-s21', locale));
    expect(chart.source(locale)).toMatch(/btc-newswire\.com/);
  });
});
