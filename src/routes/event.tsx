import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { Paragraphs, UnavailableNote } from '../components/content-blocks.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { calendarPath } from '../features/events/calendar-path.ts';
import { EventFacts } from '../features/events/event-facts.tsx';
import { eventQueries } from '../features/events/event-queries.ts';
import type { PsgEvent } from '../features/events/event-schema.ts';
import { eventData } from '../features/events/event-structured-data.ts';
import { eventPhase, type EventPhase } from '../features/events/event-status.ts';
import { formatLondonDay, formatLondonTime } from '../lib/dates.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { formatPence } from '../lib/money.ts';
import { requireSlug } from '../lib/route-params.ts';
import { useNow } from '../lib/use-now.ts';

export function eventLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = requireSlug(params.slug);
    const events = await queryClient.ensureQueryData(eventQueries.list());
    if (!events.some((event) => event.slug === slug)) throw new NotFoundError(`event ${slug}`);
    return null;
  };
}

const STATUS_TEXT: Record<EventPhase, string> = {
  upcoming: 'Registration is open.',
  'in-progress': 'Registration closed: this event has started.',
  finished: 'Registration closed: this event has finished.',
};

export function EventPage() {
  const slug = requireSlug(useParams().slug);
  const { data: events } = useSuspenseQuery(eventQueries.list());
  const at = useNow();
  const event = events.find((candidate) => candidate.slug === slug);
  if (!event) throw new NotFoundError(`event ${slug}`);
  const phase = eventPhase(event, at);
  const day = formatLondonDay(event.start);

  return (
    <article className="page article">
      <PageMeta
        // The date tells the event apart from the notice about it (and next year's conference).
        title={`${event.name}, ${day}`}
        description={`${event.theme ? `${event.theme}. ` : ''}${day}, ${event.venue.name}, ${event.venue.locality}.`}
        structuredData={eventData(event)}
      />
      <p className="back-link">
        <Link to="/events">All events</Link>
      </p>
      <h1>{event.name}</h1>
      {event.theme && <p className="lead">{event.theme}</p>}

      <p className={`status status--${phase === 'upcoming' ? 'open' : 'closed'}`}>
        {STATUS_TEXT[phase]}
      </p>

      <EventFacts event={event} withMap />
      <p>
        <a href={calendarPath(event.slug)} download className="action-link">
          Add to calendar
        </a>
      </p>

      <h2>Prices</h2>
      <table className="prices">
        <caption className="visually-hidden">Conference prices</caption>
        <thead>
          <tr>
            <th scope="col">Attending as</th>
            <th scope="col">Price</th>
          </tr>
        </thead>
        <tbody>
          {event.prices.map((price) => (
            <tr key={price.id}>
              <th scope="row">{price.label}</th>
              <td>{formatPence(price.pence)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {phase === 'upcoming' && event.notes && <Paragraphs paragraphs={event.notes} />}
      {phase === 'upcoming' && (
        <p>
          <Link to={`/events/${event.slug}/register`} className="button">
            Register
          </Link>
        </p>
      )}
      <UnavailableNote notes={event.unavailable} />
    </article>
  );
}

export function eventsLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(eventQueries.list());
    return null;
  };
}

function EventList({ events, empty }: { events: PsgEvent[]; empty: string }) {
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <ul className="teaser-list">
      {events.map((event) => (
        <li key={event.slug} className="teaser">
          <h3 className="teaser__title">
            <Link to={`/events/${event.slug}`}>{event.name}</Link>
          </h3>
          <p className="teaser__date">
            <time dateTime={event.start}>{formatLondonDay(event.start)}</time>,{' '}
            {formatLondonTime(event.start)} to {formatLondonTime(event.end)}
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
export function EventsPage() {
  const { data: events } = useSuspenseQuery(eventQueries.list());
  const at = useNow();
  const upcoming = events.filter((event) => eventPhase(event, at) !== 'finished');
  const past = events.filter((event) => eventPhase(event, at) === 'finished').reverse();
  return (
    <article className="page">
      <PageMeta
        title="Events"
        description="Events of the Peru Support Group: the annual conference and other meetings, upcoming and past."
      />
      <h1>Events</h1>
      <section aria-labelledby="upcoming-events">
        <h2 id="upcoming-events">Upcoming events</h2>
        <EventList events={upcoming} empty="No events are planned at the moment." />
      </section>
      <section aria-labelledby="past-events">
        <h2 id="past-events">Past events</h2>
        <EventList events={past} empty="No past events." />
      </section>
    </article>
  );
}
