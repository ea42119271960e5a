import { content } from '../content';
import type { ChartDefinition } from './chart';

// Every chart folder's `<name>.chart.ts` exports its definition as `chart`; adding a folder adds the chart.
const modules = import.meta.glob<{ chart: ChartDefinition }>('./*/*.chart.ts', { eager: true });

const chapterNumber = (id: string) => content.chapters.find((c) => c.chapter === id)?.number ?? Number.POSITIVE_INFINITY;

/** Every chart, in the order the chapters show them. Ids are permanent: embeds and downloads link to them. */
export const charts: ChartDefinition[] = Object.values(modules)
  .map((m) => m.chart)
  .sort((a, b) => chapterNumber(a.chapter) - chapterNumber(b.chapter) || a.order - b.order);

/** The chart with this id; an unknown id fails the build. */
export function chartById(id: string): ChartDefinition {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart id "${id}". Known: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
