import type { APIRoute } from 'astro';
import { charts } from '../../../charts/registry';
import { locales, type Locale } from '../../../content/vocabulary';
import { chartCsv, chartJson, chartPng, downloadFormats, downloadPath, standaloneSvg, type DownloadFormat } from '../../../embed/downloads';

export function getStaticPaths() {
  return charts.flatMap((chart) =>
    locales.flatMap((locale) =>
      downloadFormats.map((format) => ({
        params: { chart: chart.id, file: downloadPath(chart.id, locale, format).split('/').pop()! },
        props: { locale, format },
      })),
    ),
  );
}

const types: Record<DownloadFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A chart's downloads, made at build time: PNG (2×), standalone SVG, CSV and JSON, per language. */
export const GET: APIRoute = ({ params, props }) => {
  const chart = charts.find((c) => c.id === params.chart)!;
  const { locale, format } = props as { locale: Locale; format: DownloadFormat };
  const body =
    format === 'png' ? new Uint8Array(chartPng(chart, locale)) : format === 'svg' ? standaloneSvg(chart, locale) : format === 'csv' ? chartCsv(chart, locale) : chartJson(chart, locale);
  return new Response(body, { headers: { 'Content-Type': types[format] } });
};
