import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { Paragraphs, UnavailableNote } from '../components/content-blocks.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { files, paths } from '../config/paths.ts';
import { EventFacts } from '../features/events/event-facts.tsx';
import { eventQueries } from '../features/events/event-queries.ts';
import { eventData } from '../features/events/event-structured-data.ts';
import { eventPhase, type EventPhase } from '../features/events/event-status.ts';
import { NotFoundError } from '../lib/fetch-content.ts';
import { useLocale } from '../lib/i18n.ts';
import { requireSlug } from '../lib/route-params.ts';
import { useNow } from '../lib/use-now.ts';
import { useFormat } from '../lib/use-format.ts';
import { ContentText } from '../components/content-language.tsx';

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = requireSlug(params.slug);
    const events = await queryClient.ensureQueryData(eventQueries.list());
    if (!events.some((event) => event.slug === slug)) throw new NotFoundError(`event ${slug}`);
    return null;
  };
}

/** Message IDs. */
const STATUS_TEXT: Record<EventPhase, string> = {
  upcoming: 'event.status.open',
  'in-progress': 'event.status.started',
  finished: 'event.status.finished',
};

/** /events/:slug — an event: when, where, prices, and the way to register. */
export function Component() {
  const slug = requireSlug(useParams().slug);
  const { data: events } = useSuspenseQuery(eventQueries.list());
  const at = useNow();
  const { _ } = useLingui();
  const format = useFormat();
  const locale = useLocale();
  const event = events.find((candidate) => candidate.slug === slug);
  if (!event) throw new NotFoundError(`event ${slug}`);
  const phase = eventPhase(event, at);
  const day = format.londonDay(event.start);

  return (
    <article className="page article">
      <PageMeta
        // The date tells the event apart from the notice about it (and next year's conference).
        title={`${event.name}, ${day}`}
        description={`${event.theme ? `${event.theme}. ` : ''}${day}, ${event.venue.name}, ${event.venue.locality}.`}
        structuredData={eventData(event, locale)}
      />
      <p className="back-link">
        <Link to={paths.events()}>{_('event.allEvents')}</Link>
      </p>
      <h1>
        <ContentText english={event.name} />
      </h1>
      {event.theme && <p className="lead">{event.theme}</p>}

      <p className={`status status--${phase === 'upcoming' ? 'open' : 'closed'}`}>
        {_(STATUS_TEXT[phase])}
      </p>

      <EventFacts event={event} withMap />
      <p>
        <a href={files.calendar(event.slug)} download className="action-link">
          {_('event.addToCalendar')}
        </a>
      </p>

      <h2>{_('event.prices.heading')}</h2>
      <table className="prices">
        <caption className="visually-hidden">{_('event.prices.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{_('register.field.attendance.legend')}</th>
            <th scope="col">{_('event.prices.price')}</th>
          </tr>
        </thead>
        <tbody>
          {event.prices.map((price) => (
            <tr key={price.id}>
              <th scope="row">{price.label}</th>
              <td>{format.pence(price.pence)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {phase === 'upcoming' && event.notes && <Paragraphs paragraphs={event.notes} />}
      {phase === 'upcoming' && (
        <p>
          <Link to={paths.eventRegister(event.slug)} className="button">
            {_('event.register')}
          </Link>
        </p>
      )}
      <UnavailableNote notes={event.unavailable} />
    </article>
  );
}
