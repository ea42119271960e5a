import { useId } from 'react';
import { ChartVariants } from '../ChartVariants';
import type { LocatorData, OblastGroup } from './locator.data';
import { fontSizes, layoutLocator, type LocatorLayout, type PlacedLabel } from './locator.layout';

// The two hatchings: Zaporizhzhia's lines lean one way, the Donbas's the other, so they differ without colour.
const hatchAngle: Record<OblastGroup, number> = { plant: 45, donbas: -45 };
const hatchSpacing = 6;

function Label({ label }: { label: PlacedLabel }) {
  return (
    <text className={`locator-label locator-label--${label.kind}`} textAnchor={label.anchor} fontSize={label.fontSize}>
      {label.lines.map((line, i) => (
        <tspan key={line.text} x={line.x} y={line.y} fontWeight={label.bold && i === 0 ? 700 : undefined}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

/** Draws one laid-out locator map as SVG. Stateless; `idPrefix` keeps its pattern ids unique on the page. */
export function LocatorSvg({ layout, description, idPrefix }: { layout: LocatorLayout; description: string; idPrefix: string }) {
  const hatch = (group: OblastGroup) => `url(#${idPrefix}-${group})`;
  const { map, shapes, plant, kyiv, scaleBar } = layout;
  return (
    <svg className="chart-svg locator" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={description}>
      <defs>
        {(Object.keys(hatchAngle) as OblastGroup[]).map((group) => (
          <pattern
            key={group}
            id={`${idPrefix}-${group}`}
            width={hatchSpacing}
            height={hatchSpacing}
            patternUnits="userSpaceOnUse"
            patternTransform={`rotate(${hatchAngle[group]})`}
          >
            <line className={`locator-hatch locator-hatch--${group}`} x1={hatchSpacing / 2} y1={0} x2={hatchSpacing / 2} y2={hatchSpacing} />
          </pattern>
        ))}
      </defs>
      <rect className="locator-water" width={map.width} height={map.height} />
      <path className="locator-land" d={shapes.neighbours} />
      <path className="locator-border" d={shapes.borders} />
      <path className="locator-ukraine" d={shapes.ukraine} />
      {shapes.oblasts.map((o) => (
        <path key={o.id} className={`locator-oblast locator-oblast--${o.group}`} fill={hatch(o.group)} d={o.d} />
      ))}
      <rect className="locator-frame" width={map.width} height={map.height} />
      <g className="locator-scale">
        <path d={`M${scaleBar.x},${scaleBar.y - 4}v4h${scaleBar.length}v-4`} />
        <text x={scaleBar.label.x} y={scaleBar.label.y} fontSize={fontSizes.scale} className="locator-label">
          {scaleBar.label.text}
        </text>
      </g>
      <circle className="locator-kyiv" cx={kyiv.x} cy={kyiv.y} r={kyiv.r} />
      <circle className="locator-kyiv-centre" cx={kyiv.x} cy={kyiv.y} r={kyiv.r / 3} />
      <path className="locator-plant" transform={`translate(${plant.x},${plant.y})`} d={plant.d} />
      {layout.labels.map((label) => (
        <Label key={label.id} label={label} />
      ))}
      {layout.legend.map((item) => (
        <g key={item.group}>
          <rect
            className={`locator-oblast locator-oblast--${item.group}`}
            fill={hatch(item.group)}
            x={item.swatch.x0 + 1}
            y={item.swatch.y0}
            width={item.swatch.x1 - item.swatch.x0 - 2}
            height={item.swatch.y1 - item.swatch.y0}
          />
          {item.lines.map((line) => (
            <text key={line.y} x={line.x} y={line.y} fontSize={fontSizes.legend} className="chart-text">
              {line.text}
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
}

/** The locator map, laid out once per build-time width, with its note on the boundary data. Static: no JavaScript. */
export function LocatorMap({ data }: { data: LocatorData }) {
  // Pattern ids must be unique on the page; React's id may hold characters that are awkward in url(#…).
  const idPrefix = `locator${useId().replace(/[^\w-]/g, '')}`;
  return (
    <div className="locator-figure">
      <ChartVariants
        render={(width, variant) => (
          <LocatorSvg layout={layoutLocator(data, width)} description={data.labels.description} idPrefix={`${idPrefix}-${variant}`} />
        )}
      />
      <p className="locator-note">{data.labels.note}</p>
    </div>
  );
}
