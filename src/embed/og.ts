import { palette } from '../charts/palette';
import { wrapText } from '../charts/text';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The size of sharing images (Open Graph, Twitter large card). */
export const ogSize = { width: 1200, height: 630 } as const;

/** A sharing card as SVG: kicker, page title, description, site title and reporting date on the site's colours. */
export function ogCardSvg(card: { kicker: string; title: string; description: string; site: string; footer: string }): string {
  const { width, height } = ogSize;
  const c = palette.light;
  const titleLines = wrapText(card.title, 64, width - 160, 'bold').slice(0, 3);
  const lines = titleLines.map((line, i) => `<text x="80" y="${210 + i * 76}" font-size="64" font-weight="700" fill="${c.text}">${escapeXml(line)}</text>`);
  const descriptionTop = 210 + titleLines.length * 76 + 10;
  const description = wrapText(card.description, 30, width - 160)
    .slice(0, Math.max(0, Math.floor((470 - descriptionTop) / 42)))
    .map((line, i) => `<text x="80" y="${descriptionTop + i * 42}" font-size="30" fill="${c.textMuted}">${escapeXml(line)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${c.background}"/>`,
    `<rect x="0" y="0" width="${width}" height="16" fill="${c.accent}"/>`,
    `<text x="80" y="120" font-size="30" font-weight="700" fill="${c.textMuted}">${escapeXml(card.kicker.toUpperCase())}</text>`,
    ...lines,
    ...description,
    `<text x="80" y="540" font-size="30" font-weight="700" fill="${c.text}">${escapeXml(card.site)}</text>`,
    `<text x="80" y="585" font-size="26" fill="${c.textMuted}">${escapeXml(card.footer)}</text>`,
    '</svg>',
  ].join('\n');
}
