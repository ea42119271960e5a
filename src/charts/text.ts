// Average advance of Noto Sans glyphs as a share of the font size; regular and bold.
// Close enough to place labels without measuring the DOM (the build has no DOM).
const averageAdvance = { regular: 0.56, bold: 0.6 };

/** Estimate the rendered width of a label in pixels. */
export function estimateTextWidth(text: string, fontSize: number, weight: 'regular' | 'bold' = 'regular'): number {
  return text.length * fontSize * averageAdvance[weight];
}

/** The two build-time container widths every chart is laid out for; CSS container queries pick one. */
export const layoutWidths = { narrow: 320, wide: 600 } as const;
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
