import { createRequire } from 'node:module';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg } from '@resvg/resvg-js';
import type { ChartDefinition } from '../charts/chart';
import { palette, paletteToCss } from '../charts/palette';
import { layoutWidths, wrapText } from '../charts/text';
import { site } from '../content';
import type { Locale } from '../content/vocabulary';
import { formatDate } from '../i18n/format';
import { t } from '../i18n/t';
import siteCss from '../styles/global.css?raw';

/** The download formats every chart offers. */
export const downloadFormats = ['png', 'svg', 'csv', 'json'] as const;
/** A download format. */
export type DownloadFormat = (typeof downloadFormats)[number];

/** Where a chart's download lives under the base path: "charts/<id>/<id>-<lang>.<format>". */
export function downloadPath(chartId: string, locale: Locale, format: DownloadFormat): string {
  return `charts/${chartId}/${chartId}-${locale}.${format}`;
}

// The site's typeface (Noto Sans) as TrueType, which the renderer needs (the web fonts are WOFF2).
const require = createRequire(import.meta.url);
const fontFiles = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/noto-sans/${f}`));

// A standalone SVG cannot rely on the page's CSS custom properties (and resvg does not support them): resolve every
// var(--c-…) to the light scheme's colour and keep only plain rules.
function standaloneCss(): string {
  const values = new Map<string, string>();
  for (const m of paletteToCss().matchAll(/--(c-[\w-]+):(#[0-9a-f]{6})/g)) if (!values.has(m[1])) values.set(m[1], m[2]);
  const plain = siteCss.replace(/@(media|container)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  return `svg{font-family:'Noto Sans',sans-serif}${plain.replace(/var\(--(c-[\w-]+)\)/g, (_, name: string) => values.get(name) ?? '#000')}`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The chart's widest layout as a standalone SVG: title, chart, source, as-of date and licence, renderable anywhere. */
export function standaloneSvg(chart: ChartDefinition, locale: Locale): string {
  const markup = renderToStaticMarkup(createElement(chart.component, chart.props(locale)));
  const wide = markup.indexOf('chart-variant--wide');
  const start = markup.indexOf('<svg', wide);
  const end = markup.indexOf('</svg>', start);
  if (wide < 0 || start < 0 || end < 0) throw new Error(`Chart "${chart.id}" has no wide SVG layout to export`);
  const inner = markup.slice(start, end + '</svg>'.length);
  const [, , w, h] = (/viewBox="([\d.\s-]+)"/.exec(inner)?.[1] ?? '').split(/\s+/).map(Number);
  const width = w || layoutWidths.wide;
  const pad = 16;
  const titleLines = wrapText(chart.title(locale), 18, width, 'bold');
  const footLines = [
    ...wrapText(`${t(locale, 'figure.source')}: ${chart.source(locale)}`, 12, width),
    `${t(locale, 'figure.asOf', { date: formatDate(locale, chart.asOf) })} · ${site.licence.name} · ${site.title[locale]}`,
  ];
  let y = pad;
  const title = titleLines.map((line) => `<text x="${pad}" y="${(y += 24)}" font-size="18" font-weight="700" class="chart-title-text">${escapeXml(line)}</text>`);
  const chartY = y + 12;
  y = chartY + h + 8;
  const foot = footLines.map((line) => `<text x="${pad}" y="${(y += 17)}" font-size="12" class="chart-muted-text">${escapeXml(line)}</text>`);
  const total = Math.ceil(y + pad);
  const nested = inner.replace(/<svg[^>]*>/, `<svg x="${pad}" y="${chartY}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * pad}" height="${total}" viewBox="0 0 ${width + 2 * pad} ${total}" lang="${locale}">`,
    `<style>${standaloneCss()}</style>`,
    `<rect width="100%" height="100%" fill="${palette.light.background}"/>`,
    ...title,
    nested,
    ...foot,
    '</svg>',
  ].join('\n');
}

/** Render an SVG to PNG with the site's typeface, `zoom` times its size. */
export function svgToPng(svg: string, zoom = 1): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  });
  return resvg.render().asPng();
}

/** The scale of chart images: twice the SVG's size, sharp on high-density screens and in newsletters. */
export const pngZoom = 2;

/** The standalone SVG rendered to PNG at twice its size. */
export function chartPng(chart: ChartDefinition, locale: Locale): Buffer {
  return svgToPng(standaloneSvg(chart, locale), pngZoom);
}

/** Width and height in CSS pixels of a chart's standalone SVG, for <img> attributes (the PNG is twice that). */
export function chartSvgSize(chart: ChartDefinition, locale: Locale): { width: number; height: number } {
  const [, width, height] = /^<svg[^>]*width="(\d+)" height="(\d+)"/.exec(standaloneSvg(chart, locale)) ?? [];
  return { width: Number(width), height: Number(height) };
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The chart's data as CSV: UTF-8, a header row of column keys (units in the keys), one row per record. */
export function chartCsv(chart: ChartDefinition, locale: Locale): string {
  const { columns, rows } = chart.dataset(locale);
  return [columns.map((c) => c.key).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c.key])).join(','))].join('\n') + '\n';
}

/** The chart's data as JSON, with its columns documented, source, date and licence. */
export function chartJson(chart: ChartDefinition, locale: Locale): string {
  const { columns, rows } = chart.dataset(locale);
  return JSON.stringify(
    {
      chart: chart.id,
      title: chart.title(locale),
      source: chart.source(locale),
      sources: chart.sources,
      asOf: chart.asOf,
      licence: { name: site.licence.name, url: site.licence.url },
      columns,
      rows,
    },
    null,
    2,
  );
}
