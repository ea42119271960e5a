import type { ReactNode } from 'react';
import { layoutWidths, type LayoutVariant } from './text';

/** Render a chart once per build-time width; CSS container queries show the one that fits (no JS needed). */
export function ChartVariants({ render }: { render: (width: number, variant: LayoutVariant) => ReactNode }) {
  return (
    <div className="chart-variants">
      {(Object.keys(layoutWidths) as LayoutVariant[]).map((variant) => (
        <div key={variant} className={`chart-variant chart-variant--${variant}`}>
          {render(layoutWidths[variant], variant)}
        </div>
      ))}
    </div>
  );
}
