import type { ComponentType } from 'react';
import type { Locale } from '../content/vocabulary';

/** A chart's data as a table: what the figure shows for readers without sight of the chart, and what downloads use. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** One column of a chart's downloadable data: a stable machine name (with its unit in it), label and meaning. */
export interface DatasetColumn {
  key: string;
  label: string;
  description: string;
}

/** A chart's data for download (CSV, JSON): raw values, not formatted for a language. */
export interface ChartDataset {
  columns: DatasetColumn[];
  rows: Record<string, string | number | boolean | null>[];
}

/**
 * One chart of the site, under a permanent id. Each chart folder exports one as `chart` from `<name>.chart.ts`;
 * the registry collects them, and chapters, embeds, images and downloads all start there.
 */
export interface ChartDefinition<Props extends object = object> {
  /** Permanent id: embeds and downloads link to it. Never rename. */
  id: string;
  /** The chapter that shows it, and its place among that chapter's charts. */
  chapter: string;
  order: number;
  /** Interactive charts hydrate as islands (listed in ChartIsland.astro); static ones ship no JavaScript. */
  interactive: boolean;
  /** The React view, rendered at build time with `props(locale)`. */
  component: ComponentType<Props>;
  props: (locale: Locale) => Props;
  title: (locale: Locale) => string;
  summary: (locale: Locale) => string;
  source: (locale: Locale) => string;
  /** Source ids (content/data/sources.yaml) behind the chart. */
  sources: string[];
  /** The date the chart's data refers to, "YYYY-MM-DD" or "YYYY-MM". */
  asOf: string;
  table: (locale: Locale) => ChartTable;
  /** The data behind the chart, for CSV and JSON downloads; labels and descriptions in the given language. */
  dataset: (locale: Locale) => ChartDataset;
}

/** Define a chart with its props type checked against its component. */
export function defineChart<Props extends object>(chart: ChartDefinition<Props>): ChartDefinition<Props> {
  return chart;
}
