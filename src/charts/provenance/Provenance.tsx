import { ChartVariants } from '../ChartVariants';
import type { ProvenanceChartData } from './provenance.data';
import { layoutProvenance } from './provenance.layout';
import { ProvenanceChart } from './ProvenanceChart';

/** The provenance chains, laid out per build-time width, and below them what changed at each numbered step. */
export default function Provenance({ data }: { data: ProvenanceChartData }) {
  return (
    <div className="provenance">
      <ChartVariants render={(width) => <ProvenanceChart layout={layoutProvenance(data, width)} />} />
      <p className="provenance-changes__title">{data.labels.changes}</p>
      {/* The list numbers are the step numbers on the diagram's markers: the steps come sorted by number. */}
      <ol className="provenance-changes">
        {data.links.map((link) => (
          <li key={link.number} value={link.number}>
            <strong>{link.heading}</strong> <span className="provenance-changes__meta">{`(${link.date ?? data.labels.noDate}, ${link.basisLabel})`}</span>
            {`: ${link.changed}`}
          </li>
        ))}
      </ol>
    </div>
  );
}
