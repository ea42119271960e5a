import { content, data, site } from '../../content';
import { timelineLanes, type Locale } from '../../content/schema';
import { formatDate } from '../../i18n/format';
import { pagePath, withBase } from '../../i18n/routes';
import { t } from '../../i18n/t';
import { defineChart } from '../chart';
import { isAfter, localIsoDay } from '../dates';
import { lastWeek, leadingOutlets, timelineChartData } from './timeline.data';
import TimelineExplorer from './TimelineExplorer';

const events = data['timeline.yaml'];
// The "today" marker of the built page: the day of the build, until the reader's browser moves it.
const buildDay = localIsoDay(new Date());

const chartData = (locale: Locale) =>
  timelineChartData(events, data['sources.yaml'], timelineLanes, {
    locale,
    reportingAsOf: site.reportingAsOf,
    today: buildDay,
    sourcesHref: withBase(import.meta.env.BASE_URL, pagePath('sources', locale, content.chapters)),
  });

/** The timeline from the plant's seizure to the crypto deadlines, in three lanes, with a "today" marker. */
export const chart = defineChart({
  id: 'timeline',
  chapter: 'crypto-policy',
  order: 1,
  interactive: true,
  component: TimelineExplorer,
  props: (locale) => ({ data: chartData(locale) }),
  title: (locale) => t(locale, 'chart.timeline.title'),
  summary: (locale) => {
    const view = chartData(locale);
    const crowd = lastWeek(view);
    const [first, latest] = [view.events[0], view.events[view.events.length - 1]];
    return t(locale, 'chart.timeline.summary', {
      count: view.events.length,
      start: first.dateText,
      asOf: formatDate(locale, view.reportingAsOf),
      crowd: crowd.length,
      crowdFrom: crowd[0].dateText,
      crowdTo: crowd[crowd.length - 1].dateText,
      lastLabel: latest.label,
      lastDate: latest.dateText,
    });
  },
  source: (locale) => t(locale, 'chart.timeline.source', { outlets: leadingOutlets(chartData(locale), 4).join(', ') }),
  sources: [...new Set(events.flatMap((e) => e.sources))],
  asOf: site.reportingAsOf,
  dataset: (locale) => ({
    columns: (
      [
        ['id', 'id'],
        ['date', 'date'],
        ['end', 'end'],
        ['lane', 'lane'],
        ['label', 'label'],
        ['status', 'status'],
        ['planned', 'planned'],
        ['source_ids', 'sources'],
      ] as const
    ).map(([key, name]) => ({ key, label: key, description: t(locale, `chart.timeline.data.${name}`) })),
    rows: events.map((e) => ({
      id: e.id,
      date: e.date,
      end: e.end ?? null,
      lane: e.lane,
      label: e.label[locale],
      status: e.status,
      planned: isAfter(e.date, site.reportingAsOf),
      source_ids: e.sources.join(' '),
    })),
  }),
  table: (locale) => ({
    caption: t(locale, 'chart.timeline.caption'),
    columns: ['number', 'date', 'lane', 'event', 'status', 'detail', 'sources'].map((c) => t(locale, `chart.timeline.col.${c}`)),
    rows: chartData(locale).events.map((e) => [
      String(e.number),
      e.dateText,
      e.laneName,
      e.caution ? `${e.label} (${e.caution})` : e.label,
      e.statusText,
      e.detail,
      [...new Set(e.sources.map((s) => s.outlet))].join(', '),
    ]),
  }),
});
