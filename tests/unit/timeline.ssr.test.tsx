import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { chart } from '../../src/charts/timeline/timeline.chart';
import TimelineExplorer from '../../src/charts/timeline/TimelineExplorer';
import { layoutWidths } from '../../src/charts/text';

describe.each(['de', 'en'] as const)('the timeline rendered on the server (%s)', (locale) => {
  const { data } = chart.props(locale);
  const html = renderToString(<TimelineExplorer data={data} />);

  it('draws one SVG per build-time width, each an image with a name that points to the list', () => {
    expect(html.match(/<svg/g)).toHaveLength(Object.keys(layoutWidths).length);
    for (const variant of Object.keys(layoutWidths)) expect(html).toContain(`chart-variant--${variant}`);
    expect(html.match(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"/g)).toHaveLength(3);
    expect(html).toContain('timeline-svg--vertical');
    expect(html).toContain('timeline-svg--horizontal');
  });

  it('lists every event with its number, date and label, the planned ones marked as such', () => {
    const items = html.match(/<li[^>]*class="timeline__item[^"]*"/g) ?? [];
    expect(items).toHaveLength(data.events.length);
    expect(items.filter((i) => i.includes('timeline__item--planned'))).toHaveLength(data.events.filter((e) => e.planned).length);
    for (const e of data.events) {
      expect(html).toContain(`<span class="timeline__number">${e.number}</span>`);
      expect(html).toContain(e.dateText);
    }
    expect(html).toContain(locale === 'de' ? 'Rechtsgrundlage fällig (geplant)' : 'Legal basis due (planned)');
  });

  it('is a plain list until the island runs: no listbox role, no tab stop, no click handlers', () => {
    expect(html).not.toContain('role="listbox"');
    expect(html).not.toContain('role="option"');
    expect(html).not.toMatch(/<ol[^>]*tabindex/);
  });

  it('shows the first event in a polite live region, with its status and linked sources', () => {
    const first = data.events[0];
    const details = html.slice(html.indexOf('aria-live="polite"'));
    expect(html).toMatch(/class="timeline__details" aria-live="polite" aria-atomic="true"/);
    expect(details).toContain(first.numberLabel);
    expect(details).toContain(first.detail);
    expect(details).toContain(first.statusText);
    for (const s of first.sources) expect(details).toContain(`href="${s.href}"`);
  });

  it('marks the build date as "today" and the reporting date, and names planned dates', () => {
    expect(html).toContain(data.text.todayTemplate.replace('{date}', '').trim());
    expect(html).toContain(data.text.reporting);
    expect(html).toContain(data.text.note);
    expect(html).toMatch(/timeline-marker timeline-marker--planned/);
  });

  it('uses no inline style attribute (the Content-Security-Policy blocks them)', () => {
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe('the timeline’s definition', () => {
  it('gives a table with one row per event and the sources of every event', () => {
    const table = chart.table('en');
    const { data } = chart.props('en');
    expect(table.columns).toEqual(['No.', 'Date', 'Lane', 'Event', 'Status', 'Details', 'Sources']);
    expect(table.rows).toHaveLength(data.events.length);
    expect(table.rows.find((r) => r[3].startsWith('Putin'))?.[3]).toMatch(/\(disputed\)$/);
    expect(table.rows.at(-1)?.[4]).toMatch(/^planned/);
    expect(chart.summary('de')).toMatch(/6 Ereignisse zwischen dem 23\. Dezember 2025 und dem 25\. Dezember 2025/);
    expect(chart.summary('en')).toContain('End of the mining ban (planned), 15 March 2031');
  });
});
