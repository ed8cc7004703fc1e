import { formatLondonDay, formatLondonTime } from '../../lib/dates.ts';
import type { PsgEvent } from './event-schema.ts';

/** When and where, in London time, for the registration pages. */
export function RegistrationEventDetails({ event }: { event: PsgEvent }) {
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
        </dd>
      </div>
    </dl>
  );
}
