import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { ChartVariants } from '../ChartVariants';
import { localIsoDay } from '../dates';
import type { TimelineChartData, TimelineEventView } from './timeline.data';
import { layoutTimeline } from './timeline.layout';
import { TimelineChart } from './TimelineChart';

// Keys that move the selection, as a step through the events in date order.
const steps: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** One event's details: date, lane, label, what it was, its status and its sources. */
function EventDetails({ event, text }: { event: TimelineEventView; text: TimelineChartData['text'] }) {
  return (
    <>
      <p className="timeline__details-meta">
        {event.numberLabel} · {event.dateText} · {event.laneName}
      </p>
      <p className="timeline__details-title">{event.label}</p>
      <p className="timeline__details-text">{event.detail}</p>
      <dl className="timeline__details-facts">
        <dt>{text.status}</dt>
        <dd className={event.planned ? 'timeline__status--planned' : `timeline__status--${event.caution ? 'caution' : 'plain'}`}>
          {event.statusText}
        </dd>
        <dt>{text.sources}</dt>
        <dd>
          <ul className="timeline__sources">
            {event.sources.map((s) => (
              <li key={s.id}>
                <a href={s.href} lang={s.lang}>
                  {s.name}
                </a>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </>
  );
}

/**
 * The timeline with its event list and details panel. Until the island runs (and without JavaScript) it shows
 * the first event's details and the build date as "today"; then the list becomes a listbox the arrow keys move
 * through, clicks on markers select too, and "today" moves to the reader's date. Nothing changes size.
 */
export default function TimelineExplorer({ data }: { data: TimelineChartData }) {
  const [selected, setSelected] = useState(data.events[0].id);
  const [interactive, setInteractive] = useState(false);
  const [today, setToday] = useState(data.today);
  useEffect(() => {
    setInteractive(true);
    setToday(localIsoDay(new Date()));
  }, []);
  const baseId = useId();
  const optionId = (id: string) => `${baseId}-event-${id}`;
  const labelId = `${baseId}-label`;
  const hintId = `${baseId}-hint`;
  const index = data.events.findIndex((e) => e.id === selected);
  const event = data.events[index];

  const select = (id: string) => {
    setSelected(id);
    document.getElementById(optionId(id))?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    select(data.events[step(index, data.events.length)].id);
  };
  // A click on a pill of several events steps through them.
  const onPick = (ids: string[]) => select(ids[(ids.indexOf(selected) + 1) % ids.length]);

  return (
    <div className={`timeline${interactive ? ' timeline--ready' : ''}`}>
      <ChartVariants
        render={(width) => (
          <TimelineChart
            layout={layoutTimeline(data, width, today)}
            description={data.text.description}
            selected={selected}
            onPick={interactive ? onPick : undefined}
          />
        )}
      />
      <p className="timeline__note">{data.text.note}</p>
      <div className="timeline__panel">
        <div className="timeline__details" aria-live="polite" aria-atomic="true">
          <EventDetails event={event} text={data.text} />
        </div>
        <div className="timeline__events">
          <p id={labelId} className="timeline__list-label">
            {data.text.listLabel}
          </p>
          <p id={hintId} className="timeline__hint">
            {data.text.hint}
          </p>
          <ol
            className="timeline__list"
            role={interactive ? 'listbox' : undefined}
            tabIndex={interactive ? 0 : undefined}
            aria-labelledby={interactive ? labelId : undefined}
            aria-describedby={interactive ? hintId : undefined}
            aria-activedescendant={interactive ? optionId(selected) : undefined}
            onKeyDown={interactive ? onKeyDown : undefined}
          >
            {data.events.map((e) => (
              <li
                key={e.id}
                id={optionId(e.id)}
                className={`timeline__item${e.planned ? ' timeline__item--planned' : ''}${e.id === selected ? ' timeline__item--selected' : ''}`}
                role={interactive ? 'option' : undefined}
                aria-selected={interactive ? e.id === selected : undefined}
                onClick={interactive ? () => select(e.id) : undefined}
              >
                <span className="timeline__number">{e.number}</span>
                <span className="timeline__item-text">
                  <span className="timeline__item-date">{e.dateText}</span> {e.label}
                  {e.caution && <span className="timeline__item-caution"> ({e.caution})</span>}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}
