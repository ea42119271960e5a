import { fontSize, type ShareBarLayout } from './calculator.layout';

/** Draws a laid-out share bar as SVG. Stateless: everything it shows comes from the layout. */
export function ShareBarChart({ layout }: { layout: ShareBarLayout }) {
  const { bracket } = layout;
  return (
    <svg className="chart-svg calculator-chart" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={layout.description}>
      {layout.bars.map((bar) => (
        <rect key={bar.id} className={`calculator-chart__bar calculator-chart__bar--${bar.kind}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
      ))}
      <path className="calculator-chart__bracket" d={`M${bracket.x1} ${bracket.y - 5}V${bracket.y}H${bracket.x2}V${bracket.y - 5}`} />
      {layout.texts.map((text) => (
        <text
          key={`${text.y}-${text.anchor}`}
          x={text.x}
          y={text.y}
          textAnchor={text.anchor}
          fontSize={fontSize}
          fontWeight={text.bold ? 700 : undefined}
          className={text.bold ? 'chart-text' : 'chart-muted-text'}
        >
          {text.text}
        </text>
      ))}
    </svg>
  );
}
