import { Trans, useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { eventQueries } from '../features/events/event-queries.ts';
import type { PsgEvent } from '../features/events/event-schema.ts';
import { eventPhase } from '../features/events/event-status.ts';
import { useNow } from '../lib/use-now.ts';
import { useFormat } from '../lib/use-format.ts';
import { ContentText } from '../components/content-language.tsx';

/** /events — every event, upcoming and past. */
export function loader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(eventQueries.list());
    return null;
  };
}

/** `empty`: the message ID of what to say when there are none. */
function EventList({ events, empty }: { events: PsgEvent[]; empty: string }) {
  const { _ } = useLingui();
  const format = useFormat();
  if (events.length === 0) return <p>{_(empty)}</p>;
  return (
    <ul className="teaser-list">
      {events.map((event) => (
        <li key={event.slug} className="teaser">
          <h3 className="teaser__title">
            <Link to={paths.event(event.slug)}>
              <ContentText english={event.name} />
            </Link>
          </h3>
          <p className="teaser__date">
            <Trans
              id="events.when"
              values={{
                day: format.londonDay(event.start),
                start: format.londonTime(event.start),
                end: format.londonTime(event.end),
              }}
              components={{ 0: <time dateTime={event.start} /> }}
            />
          </p>
          {event.theme && <p className="teaser__summary">{event.theme}</p>}
          <p className="teaser__summary">
            {event.venue.name}, {event.venue.locality}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every event, split by the clock the site uses everywhere (useNow): one that has not finished
 * is upcoming. Past events are newest first.
 */
export function Component() {
  const { data: events } = useSuspenseQuery(eventQueries.list());
  const at = useNow();
  const upcoming = events.filter((event) => eventPhase(event, at) !== 'finished');
  const past = events.filter((event) => eventPhase(event, at) === 'finished').reverse();
  const { _ } = useLingui();
  return (
    <article className="page">
      <PageMeta title={_('events.title')} description={_('events.description')} />
      <h1>{_('events.title')}</h1>
      <section aria-labelledby="upcoming-events">
        <h2 id="upcoming-events">{_('events.upcoming.heading')}</h2>
        <EventList events={upcoming} empty="events.upcoming.none" />
      </section>
      <section aria-labelledby="past-events">
        <h2 id="past-events">{_('events.past.heading')}</h2>
        <EventList events={past} empty="events.past.none" />
      </section>
    </article>
  );
}
