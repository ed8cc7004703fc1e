import { formatLondonDay, formatLondonTime } from '../../lib/dates.ts';
import type { PsgEvent } from './event-schema.ts';

/** A map search for the venue's address: a plain link, no embedded third-party map. */
function mapLink(venue: PsgEvent['venue']): string {
  const address = [venue.streetAddress, venue.locality, venue.postalCode].join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** When and where, in London time: for the event page and the registration pages. */
export function EventFacts({ event, withMap = false }: { event: PsgEvent; withMap?: boolean }) {
  const { venue } = event;
  return (
    <dl className="facts">
      <div>
        <dt>Date</dt>
        <dd>
          <time dateTime={event.start}>{formatLondonDay(event.start)}</time>
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
            {venue.name}
            <br />
            {venue.streetAddress}
            <br />
            {venue.locality} {venue.postalCode}
          </address>
          {withMap && (
            <a href={mapLink(venue)} className="meta-link">
              Find it on OpenStreetMap <span className="visually-hidden">(another website)</span>
            </a>
          )}
        </dd>
      </div>
    </dl>
  );
}
