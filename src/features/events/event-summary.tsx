import { useLingui } from '@lingui/react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { PsgEvent } from './event-schema.ts';
import { useFormat } from '../../lib/use-format.ts';
import { ContentText } from '../../components/content-language.tsx';

/** The home page's call-out for an upcoming event. */
export function EventCallout({ event }: { event: PsgEvent }) {
  const { _ } = useLingui();
  const format = useFormat();
  return (
    <section className="callout callout--event" aria-labelledby="upcoming-event">
      <p className="callout__kicker">{_('home.upcomingEvent')}</p>
      <h2 id="upcoming-event" className="callout__title">
        <Link to={paths.event(event.slug)}>
          <ContentText english={event.name} />
        </Link>
      </h2>
      {event.theme && <p className="callout__theme">{event.theme}</p>}
      <p>
        {_('home.upcomingEvent.when', {
          day: format.londonDay(event.start),
          start: format.londonTime(event.start),
          end: format.londonTime(event.end),
          venue: event.venue.name,
        })}
      </p>
    </section>
  );
}
