import { Trans, useLingui } from '@lingui/react';
import type { PsgEvent } from './event-schema.ts';
import { useFormat } from '../../lib/use-format.ts';

/** A map search for the venue's address: a plain link, no embedded third-party map. */
function mapLink(venue: PsgEvent['venue']): string {
  const address = [venue.streetAddress, venue.locality, venue.postalCode].join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** When and where, in London time: for the event page and the registration pages. */
export function EventFacts({ event, withMap = false }: { event: PsgEvent; withMap?: boolean }) {
  const { venue } = event;
  const { _ } = useLingui();
  const format = useFormat();
  return (
    <dl className="facts">
      <div>
        <dt>{_('event.facts.date')}</dt>
        <dd>
          <time dateTime={event.start}>{format.londonDay(event.start)}</time>
        </dd>
      </div>
      {event.doorsOpen && (
        <div>
          <dt>{_('event.facts.doorsOpen')}</dt>
          <dd>
            <Trans
              id="event.facts.from"
              values={{ time: format.londonTime(event.doorsOpen) }}
              components={{ 0: <time dateTime={event.doorsOpen} /> }}
            />
          </dd>
        </div>
      )}
      <div>
        <dt>{_('event.facts.conference')}</dt>
        <dd>
          <Trans
            id="event.facts.times"
            values={{ start: format.londonTime(event.start), end: format.londonTime(event.end) }}
            components={{ 0: <time dateTime={event.start} />, 1: <time dateTime={event.end} /> }}
          />
        </dd>
      </div>
      <div>
        <dt>{_('event.facts.venue')}</dt>
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
              <Trans
                id="event.facts.map"
                components={{ 0: <span className="visually-hidden" /> }}
              />
            </a>
          )}
        </dd>
      </div>
    </dl>
  );
}
