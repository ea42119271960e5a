import { useEffect, useId, useState } from 'react';
import { formatPercent } from '../../i18n/format';
import { fillTemplate } from '../../i18n/template';
import { ChartVariants } from '../ChartVariants';
import { clampTransfer, sharesAfterTransfer, type ProposalChartData } from './proposals.data';
import { layoutProposals } from './proposals.layout';
import { ProposalsChart } from './ProposalsChart';

/** The proposal comparison with its control: how much of the plant the US passes to Russia under Ukraine's plan. */
export default function ProposalComparison({ data }: { data: ProposalChartData }) {
  const [passed, setPassed] = useState(0);
  // The control only works once React runs; until then (and without JS) it is shown disabled at its default.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  const controlId = useId();
  const hintId = useId();

  const percent = (value: number) => formatPercent(data.locale, value, value % 1 === 0 ? 0 : 1);
  const adjustable = data.proposals.find((p) => p.transfer);
  const shares = adjustable ? sharesAfterTransfer(adjustable, passed) : [];
  const stake = (party: string) => percent(shares.find((s) => s.party === party)?.percent ?? 0);
  const announcement = fillTemplate(data.labels.liveTemplate, {
    passed: percent(passed),
    us: stake('us'),
    ukraine: stake('ukraine'),
    russia: stake('russia'),
  });

  return (
    <div className="proposals">
      {adjustable && (
        <div className="chart-control">
          <label htmlFor={controlId}>{data.labels.control}</label>
          <div className="chart-control__row">
            <input
              id={controlId}
              type="range"
              min={0}
              max={data.maxTransfer}
              step={1}
              value={passed}
              disabled={!interactive}
              aria-describedby={hintId}
              aria-valuetext={percent(passed)}
              onChange={(event) => setPassed(clampTransfer(Number(event.currentTarget.value), data.maxTransfer))}
            />
            <output htmlFor={controlId} className="chart-control__value">
              {percent(passed)}
            </output>
          </div>
          <p id={hintId} className="chart-control__hint">
            {data.labels.controlHint}
          </p>
        </div>
      )}
      <ChartVariants render={(width) => <ProposalsChart layout={layoutProposals(data, width, passed)} />} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
