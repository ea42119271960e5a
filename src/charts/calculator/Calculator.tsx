import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { formatNumber, formatPercent } from '../../i18n/format';
import { fillTemplate } from '../../i18n/template';
import { ChartVariants } from '../ChartVariants';
import type { CalculatorData } from './calculator.data';
import { describeResults, layoutShareBar } from './calculator.layout';
import { clampToRange, customMiner, mergeQuery, parseState, type CalculatorState, type Field, type NumericField, type Range } from './calculator.state';
import { ShareBarChart } from './ShareBarChart';

// Long enough that dragging a slider or typing a number settles before anything is announced or written.
const settleMs = 500;

/** Write the state into the address bar without a new history entry; browsers that limit the rate may refuse. */
function writeAddress(state: CalculatorState, config: CalculatorData['config']) {
  const { pathname, search, hash } = window.location;
  try {
    window.history.replaceState(window.history.state, '', `${pathname}?${mergeQuery(search, state, config)}${hash}`);
  } catch {
    // Safari throws after too many calls; the address then lags behind, the calculator does not.
  }
}

interface FieldProps {
  field: Field;
  data: CalculatorData;
  disabled: boolean;
}

/** A labelled control with its hint below; the control itself is the child, given the ids it needs. */
function Control({ field, data, children }: Omit<FieldProps, 'disabled'> & { children: (ids: { id: string; hint: string }) => ReactNode }) {
  const id = useId();
  const hint = useId();
  return (
    <div className="calculator__control">
      <label htmlFor={id}>{data.labels[field]}</label>
      {children({ id, hint })}
      <p id={hint} className="calculator__hint">
        {data.labels[`${field}Hint`]}
      </p>
    </div>
  );
}

/** A slider with its value shown beside it. */
function Slider({ field, data, disabled, value, text, onChange }: FieldProps & { field: NumericField; value: number; text: string; onChange: (value: number) => void }) {
  const range = data.config.ranges[field];
  return (
    <Control field={field} data={data}>
      {({ id, hint }) => (
        <div className="calculator__row">
          <input
            id={id}
            type="range"
            min={range.min}
            max={range.max}
            step={range.step}
            value={value}
            disabled={disabled}
            aria-describedby={hint}
            aria-valuetext={text}
            onChange={(event) => onChange(Number(event.currentTarget.value))}
          />
          <output htmlFor={id} className="calculator__value">
            {text}
          </output>
        </div>
      )}
    </Control>
  );
}

/** A number field: what the reader types is kept as typed and used once it is a number in range. */
function NumberField({ field, data, disabled, value, onChange }: FieldProps & { field: NumericField; value: number; onChange: (value: number) => void }) {
  const range: Range = data.config.ranges[field];
  const [draft, setDraft] = useState<string | null>(null);
  const usable = (text: string) => text !== '' && Number(text) >= range.min && Number(text) <= range.max;
  return (
    <Control field={field} data={data}>
      {({ id, hint }) => (
        <input
          id={id}
          className="calculator__number"
          type="number"
          inputMode="decimal"
          min={range.min}
          max={range.max}
          step={range.step}
          value={draft ?? String(value)}
          disabled={disabled}
          aria-describedby={hint}
          aria-invalid={draft !== null && !usable(draft)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            const text = event.currentTarget.value;
            setDraft(text);
            if (usable(text)) onChange(clampToRange(Number(text), range, value));
          }}
          // Leaving the field shows the value in use again, whatever was left half-typed.
          onBlur={() => setDraft(null)}
        />
      )}
    </Control>
  );
}

/** The feasibility calculator: inputs, results with their formulas, and the share bar; its state lives in the address. */
export default function Calculator({ data }: { data: CalculatorData }) {
  const { config, labels, locale } = data;
  const [state, setState] = useState<CalculatorState>(config.defaults);
  const [adjusted, setAdjusted] = useState<Field[]>([]);
  // The controls only work once React runs; until then (and without JS) they show the defaults, disabled.
  const [hydrated, setHydrated] = useState(false);
  const changedByReader = useRef(false);
  const resultsId = useId();

  const results = describeResults(data, state);
  const [announced, setAnnounced] = useState(results.announcement);

  useEffect(() => {
    const parsed = parseState(window.location.search, config);
    setState(parsed.state);
    setAdjusted(parsed.adjusted);
    setHydrated(true);
    // A corrected address is written back, so what is shared next is what is shown.
    if (parsed.adjusted.length > 0) writeAddress(parsed.state, config);
  }, [config]);

  useEffect(() => {
    const timer = setTimeout(() => {
      setAnnounced(results.announcement);
      if (changedByReader.current) writeAddress(state, config);
    }, settleMs);
    return () => clearTimeout(timer);
  }, [results.announcement, state, config]);

  const update = (patch: Partial<CalculatorState>) => {
    changedByReader.current = true;
    setState((current) => ({ ...current, ...patch }));
  };
  const common = { data, disabled: !hydrated };

  return (
    <div className="calculator">
      <div role="status">
        {adjusted.length > 0 && (
          <p className="calculator__note">{fillTemplate(data.templates.note, { fields: adjusted.map((f) => labels[f]).join(', ') }, 'note')}</p>
        )}
      </div>
      <div className="calculator__layout">
        <fieldset className="calculator__inputs">
          <legend>{labels.legend}</legend>
          <Slider
            {...common}
            field="reactors"
            value={state.reactors}
            text={fillTemplate(data.templates.reactorsValue, { count: formatNumber(locale, state.reactors), max: formatNumber(locale, config.ranges.reactors.max) }, 'reactors')}
            onChange={(reactors) => update({ reactors })}
          />
          <Control field="miner" data={data}>
            {({ id, hint }) => (
              <select
                id={id}
                className="calculator__select"
                value={state.miner}
                disabled={!hydrated}
                aria-describedby={hint}
                onChange={(event) => {
                  const miner = event.currentTarget.value;
                  update(miner === customMiner ? { miner } : { miner, jth: config.miners[miner] });
                }}
              >
                {data.miners.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.option}
                  </option>
                ))}
                <option value={customMiner}>{labels.custom}</option>
              </select>
            )}
          </Control>
          <NumberField
            {...common}
            field="jth"
            value={state.jth}
            // Typing an efficiency makes it the reader's own, unless it is the model's.
            onChange={(jth) => jth !== state.jth && update({ miner: customMiner, jth })}
          />
          <Slider {...common} field="pue" value={state.pue} text={formatNumber(locale, state.pue, 2)} onChange={(pue) => update({ pue })} />
          <Slider {...common} field="cf" value={state.cf} text={formatPercent(locale, state.cf)} onChange={(cf) => update({ cf })} />
          <NumberField {...common} field="network" value={state.network} onChange={(network) => update({ network })} />
          <button
            type="button"
            className="calculator__reset"
            disabled={!hydrated}
            onClick={() => {
              setAdjusted([]);
              update(config.defaults);
            }}
          >
            {labels.reset}
          </button>
        </fieldset>
        <div className="calculator__results" role="group" aria-labelledby={resultsId}>
          <p className="calculator__heading" id={resultsId}>
            {labels.results}
          </p>
          <dl>
            {results.rows.map((row) => (
              <div key={row.id} className="calculator__result" data-result={row.id}>
                <dt>{row.label}</dt>
                <dd className="calculator__result-value">{row.value}</dd>
                <dd className="calculator__formula">{row.formula}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <div className="calculator__chart">
        <ChartVariants render={(width) => <ShareBarChart layout={layoutShareBar(data, results, width)} />} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
