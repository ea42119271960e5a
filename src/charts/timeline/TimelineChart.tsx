import type { Line } from './timeline.layout';
import { fontSizes, type TimelineLayout } from './timeline.layout';

const line = (l: Line) => ({ x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 });

/** A lane's symbol (circle, square, diamond in lane order): in the vertical layout it tells the lanes apart. */
export function LaneSymbol({ lane, x, y }: { lane: number; x: number; y: number }) {
  const size = 4.5;
  if (lane === 0) return <circle className="timeline-lane-symbol" cx={x} cy={y} r={size} />;
  if (lane === 1) return <rect className="timeline-lane-symbol" x={x - size} y={y - size} width={2 * size} height={2 * size} />;
  return <path className="timeline-lane-symbol" d={`M${x},${y - size - 1}L${x + size + 1},${y}L${x},${y + size + 1}L${x - size - 1},${y}Z`} />;
}

/**
 * Draws a laid-out timeline as SVG. Stateless: everything it shows comes from the layout; `selected` only
 * highlights an event, and `onPick` (given once the island runs) reports a click on a marker.
 */
export function TimelineChart({
  layout,
  description,
  selected,
  onPick,
}: {
  layout: TimelineLayout;
  description: string;
  selected?: string;
  onPick?: (ids: string[]) => void;
}) {
  const vertical = layout.orientation === 'vertical';
  return (
    <svg
      className={`chart-svg timeline-svg timeline-svg--${layout.orientation}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={description}
    >
      <rect className="timeline-zone" {...layout.plannedZone} />
      {layout.grid.map((g) => (
        <line key={`${g.x1},${g.y1}`} className="chart-grid" {...line(g)} />
      ))}
      {layout.separators.map((s) => (
        <line key={s.y1} className="timeline-separator" {...line(s)} />
      ))}
      <line className="timeline-reporting" {...line(layout.reportingLine)} />
      {[layout.reportingLabel, layout.plannedLabel].map(
        (t) =>
          t && (
            <text key={t.text} x={t.x} y={t.y} textAnchor={t.anchor} fontSize={fontSizes.axis} className="chart-muted-text">
              {t.text}
            </text>
          ),
      )}
      {layout.laneTitles.map((t) => (
        <text
          key={t.text}
          x={t.x}
          y={t.y}
          textAnchor={t.anchor}
          fontSize={vertical ? fontSizes.label : fontSizes.lane}
          fontWeight={700}
          className="chart-title-text"
        >
          {t.text}
        </text>
      ))}
      {layout.legend.map((l) => (
        <LaneSymbol key={l.lane} {...l} />
      ))}
      {layout.tracks.map((t) => (
        <line key={t.y1} className="timeline-track" {...line(t)} />
      ))}
      {layout.axis.map((a) => (
        <line key={`${a.x1},${a.y1}`} className="timeline-axis" {...line(a)} />
      ))}
      {layout.axisBreak && <path className="timeline-axis-break" d={layout.axisBreak} />}
      {layout.years.map((y) => (
        <text key={`${y.text}-${y.x}-${y.y}`} x={y.x} y={y.y} textAnchor={y.anchor} fontSize={fontSizes.axis} className="chart-muted-text">
          {y.text}
        </text>
      ))}
      {layout.spans.map((s) => (
        <g key={s.key} className={`timeline-span${s.planned ? ' timeline-span--planned' : ''}`}>
          <line {...line(s.line)} />
          {s.arrow && <path d={s.arrow} />}
        </g>
      ))}
      <g className="timeline-today">
        <line {...line(layout.today.line)} />
        <path d={layout.today.pointer} />
        {layout.today.key && <path d={layout.today.key} />}
        <text x={layout.today.label.x} y={layout.today.label.y} textAnchor={layout.today.label.anchor} fontSize={fontSizes.axis} fontWeight={700}>
          {layout.today.label.text}
        </text>
      </g>
      {layout.labels.map((l) => (
        <g
          key={l.id}
          className={`timeline-label${l.onZone ? ' timeline-label--on-zone' : ''}${l.id === selected ? ' timeline-label--selected' : ''}`}
        >
          {l.leader && <line className="timeline-leader" {...line(l.leader)} />}
          {l.icon && <LaneSymbol {...l.icon} />}
          <text x={l.number.x} y={l.number.y} fontSize={fontSizes.number} fontWeight={700} className="chart-text">
            {l.number.text}
          </text>
          {l.lines.map((t) => (
            <text key={t.y} x={t.x} y={t.y} fontSize={fontSizes.label} className="chart-text">
              {t.text}
            </text>
          ))}
        </g>
      ))}
      {layout.markers.map((m) => {
        const picked = selected !== undefined && m.ids.includes(selected);
        return (
          <g
            key={m.key}
            className={['timeline-marker', m.planned && 'timeline-marker--planned', picked && 'timeline-marker--selected'].filter(Boolean).join(' ')}
            transform={`translate(${m.x} ${m.y})`}
            data-events={m.ids.join(' ')}
            onClick={onPick && (() => onPick(m.ids))}
          >
            <rect
              className="timeline-marker__ring"
              x={-m.width / 2 - 4}
              y={-m.height / 2 - 4}
              width={m.width + 8}
              height={m.height + 8}
              rx={m.height / 2 + 4}
            />
            <rect className="timeline-marker__shape" x={-m.width / 2} y={-m.height / 2} width={m.width} height={m.height} rx={m.height / 2} />
            <text y={4.2} textAnchor="middle" fontSize={fontSizes.number} fontWeight={700}>
              {m.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
