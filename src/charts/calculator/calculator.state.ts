// The calculator's state and its address: reading it from a query string a stranger may have written, and writing
// it back. Pure (no window, no DOM), so every malformed input can be tested in a table.

/** The value of the miner field when the reader types an efficiency of their own. */
export const customMiner = 'custom';

/** The calculator's inputs, as the controls and the address hold them. */
export interface CalculatorState {
  /** Reactors online. */
  reactors: number;
  /** A miner id from the data, or `customMiner`. */
  miner: string;
  /** Efficiency, J/TH: the named model's, or the reader's own. */
  jth: number;
  /** Facility overhead (PUE). */
  pue: number;
  /** Capacity factor, per cent. */
  cf: number;
  /** Network hashrate before the plant joins, EH/s. */
  network: number;
}

/** One input of the calculator; its name is also its query parameter. */
export type Field = keyof CalculatorState;
/** The inputs that hold a number. */
export type NumericField = Exclude<Field, 'miner'>;

/** The values an input accepts: a closed interval, in steps whose decimals set the precision kept. */
export interface Range {
  min: number;
  max: number;
  step: number;
}

/** What parsing needs to know: the defaults, the ranges and the named miners (the only ids accepted). */
export interface StateConfig {
  defaults: CalculatorState;
  ranges: Record<NumericField, Range>;
  /** Efficiency in J/TH of each named miner, by id. */
  miners: Record<string, number>;
}

/** The query parameters, in the order they are written. */
export const fields: readonly Field[] = ['reactors', 'miner', 'jth', 'pue', 'cf', 'network'];

// Plain decimal notation only: no exponents, hex, Infinity or thousands separators, which Number() would half-accept.
const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Decimals a step allows: 1 → 0, 0.1 → 1, 0.01 → 2. */
export function decimalsOf(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}

/** Bring a number into its range and to its step's precision; anything not finite becomes the fallback. */
export function clampToRange(value: number, range: Range, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  return Number(clamped.toFixed(decimalsOf(range.step)));
}

const isNamedMiner = (config: StateConfig, id: string) => Object.hasOwn(config.miners, id);

/**
 * Read the calculator's state from a query string ("?reactors=6&miner=…"). Missing or empty parameters take their
 * default; malformed ones (not a plain number, an unknown miner id, given twice) take their default and out-of-range
 * ones are clamped; both are listed in `adjusted` so the reader can be told. Raw values never leave this function.
 */
export function parseState(search: string, config: StateConfig): { state: CalculatorState; adjusted: Field[] } {
  const params = new URLSearchParams(search);
  const adjusted = new Set<Field>();
  const { defaults } = config;

  const raw = (field: Field): string => {
    const values = params.getAll(field);
    if (values.length > 1) adjusted.add(field);
    return (values[0] ?? '').trim();
  };
  const number = (field: NumericField, fallback: number): number => {
    const text = raw(field);
    if (text === '') return fallback;
    if (!decimal.test(text)) {
      adjusted.add(field);
      return fallback;
    }
    const parsed = Number(text);
    const value = clampToRange(parsed, config.ranges[field], fallback);
    if (value !== parsed) adjusted.add(field);
    return value;
  };

  let miner = raw('miner');
  const jthText = raw('jth');
  if (miner === '') miner = jthText === '' ? defaults.miner : customMiner;
  else if (miner !== customMiner && !isNamedMiner(config, miner)) {
    adjusted.add('miner');
    miner = defaults.miner;
  }
  let jth: number;
  if (miner === customMiner) {
    jth = number('jth', defaults.jth);
  } else {
    jth = config.miners[miner];
    // An efficiency next to a named model contradicts it; the model wins.
    if (jthText !== '' && Number(jthText) !== jth) adjusted.add('jth');
  }

  const state: CalculatorState = {
    reactors: number('reactors', defaults.reactors),
    miner,
    jth,
    pue: number('pue', defaults.pue),
    cf: number('cf', defaults.cf),
    network: number('network', defaults.network),
  };
  return { state, adjusted: fields.filter((f) => adjusted.has(f)) };
}

/** The state as query parameters, in a fixed order; the efficiency only when it is the reader's own. */
export function stateParams(state: CalculatorState, config: StateConfig): [Field, string][] {
  const text = (field: NumericField) => String(clampToRange(state[field], config.ranges[field], config.defaults[field]));
  return fields.flatMap((field): [Field, string][] => {
    if (field === 'miner') return [[field, state.miner]];
    if (field === 'jth' && state.miner !== customMiner) return [];
    return [[field, text(field)]];
  });
}

/** A query string ("reactors=6&…", no "?") for the state, keeping any parameters of others in `search`. */
export function mergeQuery(search: string, state: CalculatorState, config: StateConfig): string {
  const params = new URLSearchParams(search);
  for (const field of fields) params.delete(field);
  for (const [field, value] of stateParams(state, config)) params.append(field, value);
  return params.toString();
}
