// Average advance of Noto Sans glyphs as a share of the font size; regular and bold.
// Close enough to place labels without measuring the DOM (the build has no DOM).
const averageAdvance = { regular: 0.56, bold: 0.6 };

/** Estimate the rendered width of a label in pixels. */
export function estimateTextWidth(text: string, fontSize: number, weight: 'regular' | 'bold' = 'regular'): number {
  return text.length * fontSize * averageAdvance[weight];
}

/**
 * The container widths every chart is laid out for at build time. CSS container queries show the widest
 * layout that fits, so a layout is only ever scaled up (text stays at or above its size): the narrowest
 * fits a 320 px phone screen minus the page's padding.
 */
export const layoutWidths = { narrow: 280, medium: 420, wide: 600 } as const;
/** A named layout width. */
export type LayoutVariant = keyof typeof layoutWidths;

/** Break a label into lines that fit `maxWidth`, at spaces; a single over-long word keeps its own line. */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: 'regular' | 'bold' = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Container-query CSS that shows, for each container width, the widest layout that fits. */
export function layoutVariantCss(): string {
  const variants = Object.entries(layoutWidths).sort((a, b) => a[1] - b[1]);
  const rules = ['.chart-variants{container-type:inline-size}', '.chart-variant{display:none}', `.chart-variant--${variants[0][0]}{display:block}`];
  for (let i = 1; i < variants.length; i++) {
    rules.push(`@container (min-width: ${variants[i][1]}px){.chart-variant--${variants[i - 1][0]}{display:none}.chart-variant--${variants[i][0]}{display:block}}`);
  }
  return rules.join('\n');
}
