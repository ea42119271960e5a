import type { ProposalLayout } from './proposals.layout';
import { fontSizes } from './proposals.layout';

// What a screen reader hears for the picture: each plan and its stakes, in reading order.
function describe(layout: ProposalLayout): string {
  return layout.rows
    .map((row) => `${row.title.map((t) => t.text).join(' ')}: ${row.labels.map((l) => `${l.name} ${l.value}`).join(', ')}`)
    .join('. ');
}

/** Draws a laid-out proposal comparison as SVG. Stateless: everything it shows comes from the layout. */
export function ProposalsChart({ layout }: { layout: ProposalLayout }) {
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={describe(layout)}
    >
      {layout.rows.map((row) => (
        <g key={row.id}>
          {row.title.map((t) => (
            <text key={t.y} x={t.x} y={t.y} className="chart-title-text" fontSize={fontSizes.title} fontWeight={700}>
              {t.text}
            </text>
          ))}
          {row.lines.map((t) => (
            <text key={t.y} x={t.x} y={t.y} className="chart-muted-text" fontSize={fontSizes.line}>
              {t.text}
            </text>
          ))}
          {layout.grid.map((g) => (
            <line key={g.x} className="chart-grid" x1={g.x} x2={g.x} y1={row.bar.y - 4} y2={row.bar.y + row.bar.height + 4} />
          ))}
          {row.segments.map((s) => (
            <rect
              key={s.party}
              className={`mark mark--${s.party}`}
              x={s.x}
              y={row.bar.y}
              width={s.width}
              height={row.bar.height}
            />
          ))}
          {row.labels.map((l) => (
            <text key={l.party} x={l.x} y={l.y} textAnchor={l.anchor} fontSize={fontSizes.label} className="chart-text">
              <tspan fontWeight={700}>{l.name}</tspan>
              <tspan x={l.x} dy="1.35em">
                {l.value}
              </tspan>
            </text>
          ))}
        </g>
      ))}
      {layout.grid.map((g) => (
        <text key={g.x} x={g.x} y={layout.axis.y} textAnchor={g.anchor} fontSize={fontSizes.axis} className="chart-muted-text">
          {g.label}
        </text>
      ))}
      <text x={layout.axis.label.x} y={layout.axis.label.y} textAnchor="middle" fontSize={fontSizes.axis} className="chart-muted-text">
        {layout.axis.label.text}
      </text>
    </svg>
  );
}
