import { ChartVariants } from '../ChartVariants';
import type { ReactorChartData } from './reactors.data';
import { fontSizes, layoutReactors, type ReactorsLayout, type TextMark, type UnitLayout } from './reactors.layout';

/** Lines of text in one style. */
function Lines({ lines, className, size, bold }: { lines: TextMark[]; className: string; size: number; bold?: boolean }) {
  return lines.map((l) => (
    <text key={`${l.y}-${l.text}`} x={l.x} y={l.y} className={className} fontSize={size} fontWeight={bold ? 700 : undefined}>
      {l.text}
    </text>
  ));
}

/** One unit's cell: focusable, named for screen readers, drawn from the layout. */
function UnitCell({ u }: { u: UnitLayout }) {
  return (
    <g className={`reactors__unit reactors__unit--${u.state}`} tabIndex={0} role="img" aria-label={u.ariaLabel}>
      <rect className="reactors__cell" x={u.cell.x + 0.5} y={u.cell.y + 0.5} width={u.cell.width - 1} height={u.cell.height - 1} rx={3} />
      <text x={u.title.x} y={u.title.y} className="chart-title-text" fontSize={fontSizes.title} fontWeight={700}>
        {u.title.text}
      </text>
      <rect className="reactors__net" x={u.bar.x} y={u.bar.y} width={u.bar.netWidth} height={u.bar.height} />
      <rect className="reactors__gross" x={u.bar.x} y={u.bar.y} width={u.bar.grossWidth} height={u.bar.height} />
      <Lines lines={u.capacity} className="chart-text" size={fontSizes.body} />
      <path className="reactors__symbol" d={u.status.symbol.d} transform={`translate(${u.status.symbol.x} ${u.status.symbol.y})`} />
      <Lines lines={u.status.lines} className="chart-text" size={fontSizes.body} bold />
      <Lines lines={u.since} className="chart-text" size={fontSizes.body} />
      <Lines lines={u.connected} className="chart-muted-text" size={fontSizes.body} />
      {u.badge && (
        <>
          <rect className="reactors__badge" x={u.badge.x} y={u.badge.y} width={u.badge.width} height={u.badge.height} rx={2} />
          <Lines lines={u.badge.lines} className="chart-text" size={fontSizes.body} />
        </>
      )}
    </g>
  );
}

/**
 * A unit's detail box, read through the unit's name. Hidden by attribute, so that exports without the site's CSS
 * leave it out too; the site's CSS shows it while its unit is hovered or focused.
 */
function UnitDetail({ u }: { u: UnitLayout }) {
  return (
    <g className="reactors__detail" aria-hidden="true" display="none">
      <rect className="reactors__detail-box" x={u.detail.x + 0.5} y={u.detail.y + 0.5} width={u.detail.width - 1} height={u.detail.height - 1} rx={3} />
      <text x={u.detail.title.x} y={u.detail.title.y} className="chart-title-text" fontSize={fontSizes.title} fontWeight={700}>
        {u.detail.title.text}
      </text>
      <Lines lines={u.detail.lines} className="chart-text" size={fontSizes.body} />
    </g>
  );
}

/**
 * The units from `index` on. SVG paints in document order and has no z-index, so each unit's detail box comes after
 * the units that follow it (nested inside its group), where it covers them; CSS shows it through the sibling selector
 * `.reactors__unit:hover ~ .reactors__detail`, so no script is needed.
 */
function UnitsFrom({ units, index }: { units: UnitLayout[]; index: number }) {
  const u = units[index];
  if (!u) return null;
  return (
    <g className="reactors__slot">
      <UnitCell u={u} />
      <UnitsFrom units={units} index={index + 1} />
      <UnitDetail u={u} />
    </g>
  );
}

/** Draws a laid-out reactor chart as SVG. Stateless: everything it shows comes from the layout. */
export function ReactorsSvg({ layout, label }: { layout: ReactorsLayout; label: string }) {
  const { header, legend, units, hint } = layout;
  return (
    <svg className="chart-svg reactors" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="group" aria-label={label}>
      <Lines lines={header.lines} className="chart-title-text" size={fontSizes.total} bold />
      <Lines lines={header.note} className="chart-muted-text" size={fontSizes.body} />
      {legend.map((item) => (
        <g key={item.kind}>
          <rect className={`reactors__${item.kind}`} x={item.swatch.x} y={item.swatch.y} width={item.swatch.width} height={item.swatch.height} />
          <text x={item.label.x} y={item.label.y} className="chart-text" fontSize={fontSizes.body}>
            {item.label.text}
          </text>
        </g>
      ))}
      <Lines lines={hint} className="chart-muted-text" size={fontSizes.body} />
      <g className="reactors__grid">
        <UnitsFrom units={units} index={0} />
      </g>
    </svg>
  );
}

/** The reactor status chart: the six units as small multiples, laid out once per build-time width. */
export function ReactorsChart({ data }: { data: ReactorChartData }) {
  return <ChartVariants render={(width) => <ReactorsSvg layout={layoutReactors(data, width)} label={data.labels.chart} />} />;
}
