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

/** The soft hyphen (U+00AD): marks where a long compound such as "Besatzungs\u00admacht" may break. */
export const softHyphen = '\u00ad';

/**
 * Break a label into lines that fit `maxWidth`, at spaces (not no-break spaces); a word too long for a line breaks
 * at its soft hyphens (shown as "-"), and a word with no break that fits keeps its own line. The lines carry no
 * soft hyphens.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: 'regular' | 'bold' = 'regular'): string[] {
  const fits = (candidate: string) => estimateTextWidth(candidate, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  // Break at ordinary white space only: a no-break space (as in "5.700 MW") keeps its words together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    let parts = word.split(softHyphen);
    while (parts.length) {
      const whole = parts.join('');
      const candidate = line ? `${line} ${whole}` : whole;
      if (fits(candidate) || (!line && parts.length === 1)) {
        line = candidate;
        break;
      }
      // The longest head of the word, up to a soft hyphen, that still fits on this line.
      let head = parts.length - 1;
      while (head > 0 && !fits(`${line ? `${line} ` : ''}${parts.slice(0, head).join('')}-`)) head--;
      if (head > 0) {
        lines.push(`${line ? `${line} ` : ''}${parts.slice(0, head).join('')}-`);
        [line, parts] = ['', parts.slice(head)];
      } else if (line) {
        // Start the word on a fresh line and try again there.
        lines.push(line);
        line = '';
      } else {
        // Not even the first piece fits: it keeps its own line, like an over-long word.
        lines.push(`${parts[0]}-`);
        parts = parts.slice(1);
      }
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
