import { useLingui } from '@lingui/react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { formatLondonDay, formatLondonTime } from '../../lib/dates.ts';
import type { PsgEvent } from './event-schema.ts';

/** The home page's call-out for an upcoming event. */
export function EventCallout({ event }: { event: PsgEvent }) {
  const { _ } = useLingui();
  return (
    <section className="callout callout--event" aria-labelledby="upcoming-event">
      <p className="callout__kicker">{_('home.upcomingEvent')}</p>
      <h2 id="upcoming-event" className="callout__title">
        <Link to={paths.event(event.slug)}>{event.name}</Link>
      </h2>
      {event.theme && <p className="callout__theme">{event.theme}</p>}
      <p>
        {_('home.upcomingEvent.when', {
          day: formatLondonDay(event.start),
          start: formatLondonTime(event.start),
          end: formatLondonTime(event.end),
          venue: event.venue.name,
        })}
      </p>
    </section>
  );
}
