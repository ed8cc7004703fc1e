import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { Paragraphs, UnavailableNote } from '../components/content-blocks.tsx';
import { PageMeta } from '../components/page-meta.tsx';
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

/** A map search for the venue's address: a plain link, no embedded third-party map. */
function mapLink(venue: PsgEvent['venue']): string {
  const address = [venue.streetAddress, venue.locality, venue.postalCode].join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
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
        title={event.name}
        description={`${event.theme ? `${event.theme}. ` : ''}${day}, ${event.venue.name}, ${event.venue.locality}.`}
        structuredData={eventData(event)}
      />
      <h1>{event.name}</h1>
      {event.theme && <p className="lead">{event.theme}</p>}

      <p className={`status status--${phase === 'upcoming' ? 'open' : 'closed'}`}>
        {STATUS_TEXT[phase]}
      </p>

      <dl className="facts">
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={event.start}>{day}</time>
          </dd>
        </div>
        {event.doorsOpen && (
          <div>
            <dt>Registration and coffee</dt>
            <dd>
              from <time dateTime={event.doorsOpen}>{formatLondonTime(event.doorsOpen)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Conference</dt>
          <dd>
            <time dateTime={event.start}>{formatLondonTime(event.start)}</time> to{' '}
            <time dateTime={event.end}>{formatLondonTime(event.end)}</time> (UK time)
          </dd>
        </div>
        <div>
          <dt>Venue</dt>
          <dd>
            <address>
              {event.venue.name}
              <br />
              {event.venue.streetAddress}
              <br />
              {event.venue.locality} {event.venue.postalCode}
            </address>
            <a href={mapLink(event.venue)} className="meta-link">
              Find it on OpenStreetMap <span className="visually-hidden">(another website)</span>
            </a>
          </dd>
        </div>
      </dl>

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
