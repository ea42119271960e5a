import { describe, expect, it } from 'vitest';
import { data as content, site } from '../../src/content';
import { timelineLanes, type ContentData, type Locale } from '../../src/content/schema';
import { isAfter } from '../../src/charts/dates';
import { dodge } from '../../src/charts/dodge';
import { layoutWidths } from '../../src/charts/text';
import {
  eventDateText,
  lastWeek,
  leadingOutlets,
  sortEvents,
  timelineChartData,
  type TimelineChartData,
} from '../../src/charts/timeline/timeline.data';
import { fontSizes, layoutTimeline, markerRadius, type Box, type TimelineLayout } from '../../src/charts/timeline/timeline.layout';

type Event = ContentData['timeline.yaml'][number];

// A small timeline of its own, independent of the content files: a seizure, a month-only date, a crowd of four
// events in three days, a rule with a start and a far-off end, and two planned deadlines.
const event = (id: string, date: string, lane: Event['lane'], extra: Partial<Event> = {}): Event => ({
  id,
  date,
  lane,
  label: { de: `Ereignis ${id}`, en: `Event ${id}` },
  detail: { de: `Einzelheiten zu ${id}`, en: `Details of ${id}` },
  status: 'confirmed',
  sources: ['src-a'],
  ...extra,
});
const fixtureEvents: Event[] = [
  event('seized', '2022-03-04', 'plant'),
  event('last-power', '2022-09', 'plant'),
  event('outage', '2025-09-23', 'plant', { end: '2025-10-23' }),
  event('ban-start', '2025-01-01', 'crypto'),
  event('licence', '2025-12-23', 'plant'),
  event('briefing', '2025-12-23', 'diplomacy', { sources: ['src-a', 'src-b'] }),
  event('remarks', '2025-12-24', 'diplomacy', { status: 'disputed', sources: ['src-b'] }),
  event('report', '2025-12-25', 'diplomacy'),
  event('council', '2025-12-25', 'diplomacy'),
  event('concept', '2025-12-23', 'crypto', { sources: ['src-b'] }),
  event('deadline', '2026-07-01', 'crypto', { label: { de: 'Frist (geplant)', en: 'Deadline (planned)' } }),
  event('liability', '2027-07-01', 'crypto'),
  event('ban-end', '2031-03-15', 'crypto'),
];
const fixtureSources = [
  { id: 'src-a', outlet: 'Agency', kind: 'news-agency', title: 'A report', language: 'en' },
  { id: 'src-b', kind: 'newspaper', title: 'Ein Bericht', language: 'de' },
] as ContentData['sources.yaml'];

const fixture = (locale: Locale = 'en', reportingAsOf = '2025-12-26', today = '2026-11-21') =>
  timelineChartData(fixtureEvents, fixtureSources, timelineLanes, { locale, reportingAsOf, today, sourcesHref: '/sources/' });
const real = (locale: Locale) =>
  timelineChartData(content['timeline.yaml'], content['sources.yaml'], timelineLanes, {
    locale,
    reportingAsOf: site.reportingAsOf,
    today: '2026-11-21',
    sourcesHref: '/quellen/',
  });

const ids = (d: TimelineChartData, planned: boolean) => d.events.filter((e) => e.planned === planned).map((e) => e.id);

describe('timeline data', () => {
  it('numbers the events 1, 2, … in date order; on one day in lane order, then in file order', () => {
    const d = fixture();
    expect(d.events.map((e) => e.number)).toEqual(d.events.map((_, i) => i + 1));
    expect(d.events.map((e) => e.id)).toEqual([
      'seized',
      'last-power',
      'ban-start',
      'outage',
      'licence',
      'briefing',
      'concept',
      'remarks',
      'report',
      'council',
      'deadline',
      'liability',
      'ban-end',
    ]);
  });

  it.each([
    ['2025-12-26', ['deadline', 'liability', 'ban-end']],
    ['2025-12-24', ['report', 'council', 'deadline', 'liability', 'ban-end']],
    ['2026-07-01', ['liability', 'ban-end']],
    ['2031-03-15', []],
    ['2022-03-03', fixtureEvents.map((e) => e.id)],
  ])('the timeline marks exactly the events after the reporting date as planned (reporting date %s)', (asOf, expected) => {
    const d = fixture('en', asOf);
    expect(ids(d, true).sort()).toEqual([...expected].sort());
    for (const e of d.events) expect(e.planned, e.id).toBe(isAfter(e.date, asOf));
  });

  it.each(['de', 'en'] as const)('with the real data (%s), exactly the three dates after the reporting date are planned', (locale) => {
    const d = real(locale);
    expect(ids(d, true)).toEqual(['legal-base-due', 'intermediary-liability', 'mining-ban-end']);
    expect(d.events.filter((e) => !e.planned).every((e) => !isAfter(e.date, site.reportingAsOf))).toBe(true);
  });

  it.each([
    ['en', 'planned'],
    ['de', 'geplant'],
  ] as const)('in %s, says "%s" in the label of every planned event, once, and in no other label', (locale, word) => {
    for (const d of [fixture(locale), real(locale)]) {
      for (const e of d.events) {
        const count = e.label.toLowerCase().split(word).length - 1;
        expect(count, e.id).toBe(e.planned ? 1 : 0);
        if (e.planned) expect(e.statusText, e.id).toMatch(new RegExp(`^${word}`));
      }
    }
  });

  it('shows the caution of a disputed event next to its label, and none for confirmed or planned ones', () => {
    const d = real('en');
    expect(d.events.find((e) => e.id === 'putin-remarks')).toMatchObject({ caution: 'disputed', statusText: 'disputed' });
    expect(d.events.filter((e) => e.caution).map((e) => e.id)).toEqual(['putin-remarks']);
  });

  it('pairs a rule’s "-start" and "-end" events into one period', () => {
    expect(fixture().periods).toEqual([{ from: 'ban-start', to: 'ban-end' }]);
    expect(real('de').periods).toEqual([{ from: 'mining-ban-start', to: 'mining-ban-end' }]);
    const lonely = timelineChartData(
      fixtureEvents.filter((e) => e.id !== 'ban-end'),
      fixtureSources,
      timelineLanes,
      {
        locale: 'en',
        reportingAsOf: '2025-12-26',
        today: '2026-11-21',
        sourcesHref: '/sources/',
      },
    );
    expect(lonely.periods).toEqual([]);
  });

  it.each([
    ['en', { date: '2025-09-23', end: '2025-10-23' }, '23 September 2025 to 23 October 2025'],
    ['de', { date: '2025-09-23', end: '2025-10-23' }, '23. September 2025 bis 23. Oktober 2025'],
    ['en', { date: '2022-09' }, 'September 2022'],
  ] as const)('writes the date of an event (%s, %j) as "%s"', (locale, e, expected) => {
    expect(eventDateText(locale, e)).toBe(expected);
  });

  it('links each source to its entry on the sources page, named by outlet and title in the title’s language', () => {
    const briefing = fixture().events.find((e) => e.id === 'briefing')!;
    expect(briefing.sources).toEqual([
      { id: 'src-a', name: 'Agency: A report', outlet: 'Agency', href: '/sources/#source-src-a', lang: 'en' },
      { id: 'src-b', name: 'Ein Bericht', outlet: 'Ein Bericht', href: '/sources/#source-src-b', lang: 'de' },
    ]);
    expect(() =>
      timelineChartData([event('x', '2024-01-01', 'plant', { sources: ['nope'] })], fixtureSources, timelineLanes, {
        locale: 'en',
        reportingAsOf: '2025-12-26',
        today: '2026-11-21',
        sourcesHref: '/',
      }),
    ).toThrow(/unknown source "nope"/);
  });

  it('finds the crowd of the last week before the reporting date and the outlets cited most', () => {
    expect(lastWeek(fixture()).map((e) => e.id)).toEqual(['licence', 'briefing', 'concept', 'remarks', 'report', 'council']);
    expect(lastWeek(real('en'))).toHaveLength(6);
    expect(leadingOutlets(fixture(), 1)).toEqual(['Agency']);
  });

  it('sorts month-only dates by their first day', () => {
    const sorted = sortEvents(
      [
        { date: '2022-09-02', lane: 'plant' },
        { date: '2022-09', lane: 'plant' },
      ],
      timelineLanes,
    );
    expect(sorted.map((e) => e.date)).toEqual(['2022-09', '2022-09-02']);
  });
});

// --- layout -----------------------------------------------------------------------------------------------------

const overlap = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
const markerBox = (m: TimelineLayout['markers'][number]): Box => ({ x: m.x - m.width / 2, y: m.y - m.height / 2, width: m.width, height: m.height });
const numbersOn = (text: string) =>
  text.split(', ').flatMap((part) => {
    const [from, to = from] = part.split('–').map(Number);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });

const cases = (['de', 'en'] as const).flatMap((locale) =>
  Object.entries(layoutWidths).flatMap(([variant, width]) =>
    [
      { source: 'real', data: real(locale) },
      { source: 'fixture', data: fixture(locale) },
    ].map(({ source, data }) => ({ locale, variant, width, source, data })),
  ),
);

describe('timeline layout', () => {
  it.each(cases)('$source data, $locale, $variant ($width): everything inside the chart, in date order', ({ data, width }) => {
    const layout = layoutTimeline(data, width);
    expect(layout.width).toBe(width);
    expect(layout.orientation).toBe(width < 360 ? 'vertical' : 'horizontal');
    for (const m of layout.markers) {
      // The selection ring reaches 4 beyond the marker; it must stay inside too.
      expect(m.x - m.width / 2 - 4, m.key).toBeGreaterThanOrEqual(-0.01);
      expect(m.x + m.width / 2 + 4, m.key).toBeLessThanOrEqual(width + 0.01);
      expect(m.y + m.height / 2, m.key).toBeLessThan(layout.height);
    }
    // Every event is on exactly one marker, and markers follow the dates along the axis.
    const onMarkers = layout.markers.flatMap((m) => m.ids);
    expect([...onMarkers].sort()).toEqual(data.events.map((e) => e.id).sort());
    const along = (id: string) => {
      const m = layout.markers.find((mm) => mm.ids.includes(id))!;
      return layout.orientation === 'horizontal' ? m.x : m.y;
    };
    const positions = data.events.map((e) => along(e.id));
    positions.slice(1).forEach((p, i) => expect(p, data.events[i + 1].id).toBeGreaterThanOrEqual(positions[i] - 0.01));
    for (const l of layout.labels) {
      expect(l.box.x, l.id).toBeGreaterThanOrEqual(-0.01);
      expect(l.box.x + l.box.width, l.id).toBeLessThanOrEqual(width + 0.01);
      expect(l.box.y, l.id).toBeGreaterThanOrEqual(0);
      expect(l.box.y + l.box.height, l.id).toBeLessThan(layout.height);
    }
  });

  it.each(cases)('$source data, $locale, $variant: no label overlaps another label or a marker', ({ data, width }) => {
    const layout = layoutTimeline(data, width);
    const { labels, markers } = layout;
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      for (const m of markers) expect(overlap(a.box, markerBox(m)), `${a.id} / marker ${m.text}`).toBe(false);
    });
    // Lane titles, year labels and the header stay clear of the event labels too.
    const textBox = (t: { x: number; y: number; text: string; anchor: string }, size: number): Box => {
      const w = t.text.length * size * 0.6;
      return { x: t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2, y: t.y - size, width: w, height: size + 2 };
    };
    const others = [...layout.laneTitles, ...layout.years, layout.plannedLabel, ...(layout.reportingLabel ? [layout.reportingLabel] : [])];
    for (const t of others) {
      const box = textBox(t, fontSizes.axis);
      expect(box.x, t.text).toBeGreaterThanOrEqual(-0.01);
      expect(box.x + box.width, t.text).toBeLessThanOrEqual(width + 0.01);
      for (const l of labels) expect(overlap(box, l.box), `${t.text} / ${l.id}`).toBe(false);
    }
  });

  it.each(cases)('$source data, $locale, $variant: every event can be found by its number, drawn planned when planned', ({ data, width }) => {
    const layout = layoutTimeline(data, width);
    for (const e of data.events) {
      const label = layout.labels.find((l) => l.id === e.id);
      const marker = layout.markers.find((m) => m.ids.includes(e.id))!;
      // Either the label carries the number, or the marker does (the list below the chart then explains it).
      if (label) expect(label.number.text).toBe(String(e.number));
      expect(numbersOn(marker.text), e.id).toContain(e.number);
      expect(marker.planned, e.id).toBe(marker.ids.every((id) => data.events.find((ev) => ev.id === id)!.planned));
      if (label) expect(label.planned, e.id).toBe(e.planned);
    }
  });

  it('labels every event in the vertical layout, and most of them in the horizontal ones', () => {
    for (const locale of ['de', 'en'] as const) {
      const d = real(locale);
      expect(layoutTimeline(d, layoutWidths.narrow).labels).toHaveLength(d.events.length);
      for (const width of [layoutWidths.medium, layoutWidths.wide]) {
        expect(layoutTimeline(d, width).labels.length, `${locale} ${width}`).toBeGreaterThanOrEqual(d.events.length / 2);
      }
    }
  });

  it.each(Object.values(layoutWidths))('at %d, puts the far-off end of the mining ban past a break, with an arrow on its bar', (width) => {
    const layout = layoutTimeline(real('en'), width);
    expect(layout.axisBreak).toBeDefined();
    const end = layout.markers.find((m) => m.ids.includes('mining-ban-end'))!;
    const liability = layout.markers.find((m) => m.ids.includes('intermediary-liability'))!;
    const along = (m: typeof end) => (layout.orientation === 'horizontal' ? m.x : m.y);
    expect(along(end) - along(liability)).toBeLessThan(80);
    expect(layout.spans.filter((s) => s.arrow)).toHaveLength(1);
    expect(layout.spans.filter((s) => s.key.startsWith('mining-ban-start')).map((s) => s.planned)).toEqual([false, true, true]);
  });

  it.each(Object.values(layoutWidths))('at %d, draws a rule that runs past the reporting date solid, then dashed', (width) => {
    const events = [...fixtureEvents, event('rule-start', '2025-06-01', 'diplomacy'), event('rule-end', '2026-03-01', 'diplomacy')];
    const d = timelineChartData(events, fixtureSources, timelineLanes, {
      locale: 'en',
      reportingAsOf: '2025-12-26',
      today: '2026-11-21',
      sourcesHref: '/',
    });
    const bars = layoutTimeline(d, width).spans.filter((s) => s.key.startsWith('rule-start'));
    expect(bars.map((s) => [s.planned, Boolean(s.arrow)])).toEqual([
      [false, false],
      [true, false],
    ]);
    const along = (l: { x1: number; y1: number; x2: number; y2: number }) => (width < 360 ? [l.y1, l.y2] : [l.x1, l.x2]);
    expect(along(bars[0].line)[1]).toBeCloseTo(along(bars[1].line)[0], 6);
  });

  const todays = ['2025-12-26', '2026-11-21', '2027-07-01', '2028-05-01', '2031-03-15', '2040-01-01'];
  it.each(Object.entries(layoutWidths))('%s: "today" moves with the date and nothing else does', (_, width) => {
    const layouts = todays.map((today) => layoutTimeline(real('de'), width, today));
    const { today: first, ...rest } = layouts[0];
    const at = (l: TimelineLayout) => (l.orientation === 'horizontal' ? l.today.line.x1 : l.today.line.y1);
    layouts.forEach((layout, i) => {
      const { today, ...others } = layout;
      expect(others).toEqual(rest);
      expect(today.label.text).toContain(todays[i].slice(0, 4));
      if (i > 0) expect(at(layout), todays[i]).toBeGreaterThanOrEqual(at(layouts[i - 1]));
      const size = layout.orientation === 'horizontal' ? width : layout.height;
      expect(at(layout)).toBeGreaterThanOrEqual(0);
      expect(at(layout)).toBeLessThanOrEqual(size);
    });
    expect(first.label.text).toBe('Heute: 26. Dezember 2025');
    expect(at(layouts[1])).toBeGreaterThan(at(layouts[0]));
  });

  it('keeps the "today" label inside the chart at either end of the axis', () => {
    for (const today of ['2022-01-01', '2040-01-01']) {
      const layout = layoutTimeline(real('en'), layoutWidths.wide, today);
      const w = layout.today.label.text.length * fontSizes.axis * 0.6;
      const { x, anchor } = layout.today.label;
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      expect(left, today).toBeGreaterThanOrEqual(0);
      expect(left + w, today).toBeLessThanOrEqual(layout.width + 0.01);
    }
  });

  it('draws the reporting date between the last event before it and the first after it', () => {
    const layout = layoutTimeline(real('en'), layoutWidths.wide);
    const x = (id: string) => layout.markers.find((m) => m.ids.includes(id))!.x;
    expect(layout.reportingLine.x1).toBeGreaterThan(x('state-council'));
    expect(layout.reportingLine.x1).toBeLessThan(x('legal-base-due'));
    expect(layout.plannedZone.x).toBe(layout.reportingLine.x1);
  });

  it('uses no font smaller than 12 px, and markers big enough for two-digit numbers', () => {
    expect(Math.min(...Object.values(fontSizes))).toBeGreaterThanOrEqual(12);
    expect(2 * markerRadius).toBeGreaterThanOrEqual(2 * fontSizes.number * 0.6 + 4);
  });
});

describe('dodge', () => {
  it.each([
    {
      name: 'leaves labels that do not collide where they are',
      items: [
        [0, 10],
        [20, 10],
      ],
      expected: [0, 20],
    },
    {
      name: 'spreads two colliding labels evenly around their wishes',
      items: [
        [10, 10],
        [10, 10],
      ],
      expected: [4, 16],
    },
    {
      name: 'never starts before the minimum',
      items: [
        [0, 10],
        [0, 10],
      ],
      min: 0,
      expected: [0, 12],
    },
    {
      name: 'merges a block into the one above when it grows into it',
      items: [
        [0, 10],
        [14, 10],
        [14, 10],
      ],
      expected: [-8 / 3, 28 / 3, 64 / 3],
    },
  ])('$name', ({ items, min, expected }) => {
    const starts = dodge(
      items.map(([ideal, size]) => ({ ideal, size })),
      2,
      min,
    );
    starts.forEach((s, i) => expect(s).toBeCloseTo(expected[i], 6));
  });
});
