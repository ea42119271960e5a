import { boldRoles, fontSizes, type ProvenanceLayout, type TextLine } from './provenance.layout';

function Line({ line, anchor }: { line: TextLine; anchor?: 'middle' }) {
  return (
    <text
      x={line.x}
      y={line.y}
      textAnchor={anchor}
      fontSize={fontSizes[line.role]}
      fontWeight={boldRoles.has(line.role) ? 700 : undefined}
      fontStyle={line.role === 'kind' ? 'italic' : undefined}
      className={`provenance-text provenance-text--${line.role}`}
    >
      {line.text}
    </text>
  );
}

/**
 * Draws laid-out provenance chains as SVG. Stateless and without script: each box is focusable, and CSS shows its
 * detail box on hover and focus.
 */
export function ProvenanceChart({ layout }: { layout: ProvenanceLayout }) {
  return (
    <svg className="chart-svg provenance-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="group" aria-label={layout.label}>
      {/* Headings, links and markers repeat what the boxes' names and the list of changes say. */}
      <g aria-hidden="true">
        {layout.headings.map((line) => (
          <Line key={`${line.x},${line.y}`} line={line} />
        ))}
        {layout.connector && (
          <g className="provenance-connector">
            <path d={layout.connector.d} className="provenance-connector__path" />
            {layout.connector.ends.map((end) => (
              <circle key={`${end.x},${end.y}`} cx={end.x} cy={end.y} r={4} className="provenance-connector__end" />
            ))}
          </g>
        )}
        {layout.links.map((link) => (
          <g key={link.number} className={`provenance-link provenance-link--${link.dashed ? 'inferred' : 'documented'}`}>
            <path d={link.d} className="provenance-link__path" strokeDasharray={link.dashed ? '6 4' : undefined} />
            <path d={link.arrow} className="provenance-link__arrow" />
            <circle cx={link.marker.x} cy={link.marker.y} r={link.marker.r} className="provenance-link__marker" />
            <Line line={link.marker.label} anchor="middle" />
            {link.lines.map((line) => (
              <Line key={line.y} line={line} />
            ))}
          </g>
        ))}
      </g>
      {layout.nodes.map((node) => (
        <g key={node.id} className="provenance-node" tabIndex={0} role="img" aria-label={node.description}>
          <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={4} className="provenance-node__box" />
          {node.lines.map((line) => (
            <Line key={line.y} line={line} />
          ))}
          <g className="provenance-node__detail">
            <rect x={node.detail.x} y={node.detail.y} width={node.detail.width} height={node.detail.height} rx={4} className="provenance-node__detail-box" />
            {node.detail.lines.map((line) => (
              <Line key={line.y} line={line} />
            ))}
          </g>
        </g>
      ))}
    </svg>
  );
}
