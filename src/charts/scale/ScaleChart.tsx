import { ChartVariants } from '../ChartVariants';
import type { ScaleChartData } from './scale.data';
import { fontSizes, layoutScale, markSize, type ScaleLayout, type TextLine } from './scale.layout';

// Lines of text in one style; a label wrapped over several lines shares the style.
function Lines({ lines, className, fontSize, bold = false }: { lines: TextLine[]; className: string; fontSize: number; bold?: boolean }) {
  return lines.map((l) => (
    <text key={`${l.x},${l.y}`} x={l.x} y={l.y} textAnchor={l.anchor} className={className} fontSize={fontSize} fontWeight={bold ? 700 : undefined}>
      {l.text}
    </text>
  ));
}

/** Draws one laid-out scale comparison as SVG. Stateless: everything it shows comes from the layout. */
export function ScaleSvg({ layout, description }: { layout: ScaleLayout; description: string }) {
  return (
    <svg className="chart-svg scale" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={description}>
      <Lines lines={layout.title} className="chart-muted-text" fontSize={fontSizes.axis} />
      {layout.ticks.map((tick) => (
        <g key={tick.watts}>
          {tick.label && <Lines lines={[tick.label]} className="chart-muted-text" fontSize={fontSizes.axis} />}
          <line className="scale-tick" x1={tick.x} x2={tick.x} y1={layout.tickLine.y1} y2={layout.tickLine.y2} />
        </g>
      ))}
      {layout.rows.map((row) => {
        const { mark, band } = row;
        return (
          <g key={row.id} className={`scale-row scale-row--${row.status}`}>
            <Lines lines={row.label} className="chart-title-text" fontSize={fontSizes.label} bold />
            <text x={row.tag.x} y={row.tag.y} fontSize={fontSizes.meta}>
              <tspan className={`scale-tag scale-tag--${row.status}`} fontWeight={700}>
                {row.tag.text}
              </tspan>
              {row.tag.after && <tspan className="chart-muted-text">{row.tag.after}</tspan>}
            </text>
            <Lines lines={row.source} className="chart-muted-text" fontSize={fontSizes.meta} />
            <Lines lines={row.note} className="chart-muted-text" fontSize={fontSizes.meta} />
            {layout.ticks.map((tick) => (
              <line key={tick.watts} className="chart-grid" x1={tick.x} x2={tick.x} y1={band.y1} y2={band.y2} />
            ))}
            <line className="scale-track" x1={layout.ticks[0].x} x2={layout.ticks[layout.ticks.length - 1].x} y1={mark.cy} y2={mark.cy} />
            {mark.range ? (
              <rect
                className={`scale-mark scale-mark--${row.status}`}
                x={mark.x1}
                y={mark.cy - markSize.barHeight / 2}
                width={mark.x2 - mark.x1}
                height={markSize.barHeight}
              />
            ) : (
              <circle className={`scale-mark scale-mark--${row.status}`} cx={mark.x1} cy={mark.cy} r={markSize.radius} />
            )}
            <Lines lines={[row.value]} className="chart-text scale-value" fontSize={fontSizes.value} bold />
          </g>
        );
      })}
    </svg>
  );
}

/** The scale comparison on a log axis, laid out once per build-time width. Static: it ships no JavaScript. */
export function ScaleChart({ data }: { data: ScaleChartData }) {
  return <ChartVariants render={(width) => <ScaleSvg layout={layoutScale(data, width)} description={data.labels.description} />} />;
}
