import type { ContentData, Locale } from '../../content/schema';
import { formatDate } from '../../i18n/format';
import { strings, t, type StringKey } from '../../i18n/t';
import { isAfter, parseIsoDate } from '../dates';

type TimelineEvent = ContentData['timeline.yaml'][number];
type Source = ContentData['sources.yaml'][number];

/** A source of an event: its name, and the address of its entry on the sources page. */
export interface TimelineSourceRef {
  id: string;
  name: string;
  /** The outlet alone (or the title where no outlet is known): short enough for the data table. */
  outlet: string;
  href: string;
  /** The language the name is written in. */
  lang: string;
}

/** An event as the timeline shows it: numbered in date order, localized, and marked planned or not. */
export interface TimelineEventView {
  id: string;
  /** 1, 2, … in date order: the key between the chart's markers and the list below it. */
  number: number;
  /** "No. 7": the number as words for the details panel. */
  numberLabel: string;
  date: string;
  end?: string;
  lane: string;
  laneName: string;
  /** The label; a planned event's label always says "planned". */
  label: string;
  /** The status in a word where it needs the reader's caution (e.g. "disputed"), drawn next to the label. */
  caution?: string;
  detail: string;
  dateText: string;
  /** After the reporting date: a plan as of then, not something that happened. */
  planned: boolean;
  statusText: string;
  sources: TimelineSourceRef[];
}

/** A rule that runs from one event to another (its start and its planned end), drawn as one bar. */
export interface TimelinePeriod {
  from: string;
  to: string;
}

/** Everything the timeline needs, localized and serialisable (it is passed to the island as props). */
export interface TimelineChartData {
  locale: Locale;
  /** The end of the reporting period: later dates are planned. */
  reportingAsOf: string;
  /** The build date: where the "today" marker sits until the reader's browser moves it to the reader's date. */
  today: string;
  lanes: { id: string; name: string }[];
  events: TimelineEventView[];
  periods: TimelinePeriod[];
  text: {
    description: string;
    reporting: string;
    planned: string;
    plannedAfter: string;
    /** "Today: {date}", filled in the browser with the reader's date. */
    todayTemplate: string;
    note: string;
    listLabel: string;
    hint: string;
    status: string;
    sources: string;
  };
}

// A rule whose start and end are two events, "<name>-start" and "<name>-end" in one lane, is drawn as one bar.
function periodsOf(events: TimelineEvent[]): TimelinePeriod[] {
  return events
    .filter((e) => e.id.endsWith('-start'))
    .flatMap((start) => {
      const end = events.find((e) => e.id === `${start.id.slice(0, -'-start'.length)}-end` && e.lane === start.lane);
      return end ? [{ from: start.id, to: end.id }] : [];
    });
}

/** Events in date order; on the same day in lane order, then in the order of the data file. */
export function sortEvents<E extends { date: string; lane: string }>(events: E[], lanes: readonly string[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        parseIsoDate(a.event.date).getTime() - parseIsoDate(b.event.date).getTime() ||
        lanes.indexOf(a.event.lane) - lanes.indexOf(b.event.lane) ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}

/** The date of an event, or its span, for the locale. */
export function eventDateText(locale: Locale, event: { date: string; end?: string }): string {
  const start = formatDate(locale, event.date);
  return event.end ? t(locale, 'chart.timeline.span', { start, end: formatDate(locale, event.end) }) : start;
}

/** Derive the timeline's data from the validated events and sources for one locale. */
export function timelineChartData(
  events: TimelineEvent[],
  sources: Source[],
  lanes: readonly string[],
  options: { locale: Locale; reportingAsOf: string; today: string; sourcesHref: string },
): TimelineChartData {
  const { locale, reportingAsOf, today, sourcesHref } = options;
  const planned = t(locale, 'chart.timeline.planned');
  const laneName = (lane: string) => t(locale, `chart.timeline.lane.${lane}` as StringKey);
  const sourceRef = (id: string): TimelineSourceRef => {
    const source = sources.find((s) => s.id === id);
    if (!source) throw new Error(`content/data/timeline.yaml cites the unknown source "${id}"`);
    return {
      id,
      name: source.outlet ? `${source.outlet}: ${source.title}` : source.title,
      outlet: source.outlet ?? source.title,
      href: `${sourcesHref}#source-${id}`,
      // sources.yaml writes titles in English, except those of German pieces (its rules for `title`).
      lang: source.language === 'de' ? 'de' : 'en',
    };
  };
  const reportingDate = formatDate(locale, reportingAsOf);

  return {
    locale,
    reportingAsOf,
    today,
    lanes: lanes.map((id) => ({ id, name: laneName(id) })),
    events: sortEvents(events, lanes).map((event, index) => {
      const isPlanned = isAfter(event.date, reportingAsOf);
      const label = event.label[locale];
      return {
        id: event.id,
        number: index + 1,
        numberLabel: t(locale, 'chart.timeline.number', { number: index + 1 }),
        date: event.date,
        end: event.end,
        lane: event.lane,
        laneName: laneName(event.lane),
        // The data's labels of planned events usually say so already; the chart makes sure every one does.
        label: isPlanned && !label.toLowerCase().includes(planned.toLowerCase()) ? `${label} (${planned})` : label,
        caution: !isPlanned && event.status !== 'confirmed' ? t(locale, `status.${event.status}.short` as StringKey) : undefined,
        detail: event.detail[locale],
        dateText: eventDateText(locale, event),
        planned: isPlanned,
        // For a planned date, "confirmed" would only say the plan is documented: say what the reader needs.
        statusText: isPlanned ? t(locale, 'chart.timeline.plannedStatus') : t(locale, `status.${event.status}` as StringKey),
        sources: event.sources.map(sourceRef),
      };
    }),
    periods: periodsOf(events),
    text: {
      description: t(locale, 'chart.timeline.description', { count: events.length }),
      reporting: t(locale, 'chart.timeline.reporting', { date: reportingDate }),
      planned,
      plannedAfter: t(locale, 'chart.timeline.plannedAfter'),
      // Filled in the browser once the reader's date is known.
      todayTemplate: strings[locale]['chart.timeline.today'],
      note: t(locale, 'chart.timeline.note', { date: reportingDate }),
      listLabel: t(locale, 'chart.timeline.listLabel'),
      hint: t(locale, 'chart.timeline.hint'),
      status: t(locale, 'chart.timeline.status'),
      sources: t(locale, 'chart.timeline.sources'),
    },
  };
}

/** The outlets cited most often across the events, most cited first (ties in order of first citation). */
export function leadingOutlets(data: TimelineChartData, count: number): string[] {
  const tally = new Map<string, number>();
  for (const event of data.events) for (const outlet of new Set(event.sources.map((s) => s.outlet))) tally.set(outlet, (tally.get(outlet) ?? 0) + 1);
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([outlet]) => outlet);
}

/** The events of the last week before the reporting date: the crowd the chart has to fit in. */
export function lastWeek(data: TimelineChartData): TimelineEventView[] {
  const end = parseIsoDate(data.reportingAsOf).getTime();
  const week = 7 * 24 * 60 * 60 * 1000;
  return data.events.filter((e) => !e.planned && end - parseIsoDate(e.date).getTime() < week);
}
