import { createEvent } from 'ics';
import type { PsgEvent } from './event-schema.ts';

type CalendarOptions = {
  /**
   * A line naming the registration's reference in the page's language, so the entry says how to
   * find it again; none on the event page.
   */
  referenceLine?: string;
  /** The site's origin (https://…), for the event's address and a unique entry id. */
  origin: string;
};

/**
 * An iCalendar file for one event. Start and end are written as UTC instants ("…Z"), which every
 * calendar converts to the reader's zone, so a London event shows at the right London time in
 * summer and winter alike.
 */
export function eventCalendarFile(
  event: PsgEvent,
  { referenceLine, origin }: CalendarOptions,
): string {
  const { venue } = event;
  const { error, value } = createEvent({
    productId: 'peru-support-group/website',
    uid: `${event.slug}@${new URL(origin).host}`,
    title: event.name,
    description: [event.theme, referenceLine].filter(Boolean).join('\n'),
    start: Date.parse(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: `${venue.name}, ${venue.streetAddress}, ${venue.locality} ${venue.postalCode}`,
    url: `${origin}/events/${event.slug}`,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw error ?? new Error(`Could not make a calendar file for ${event.slug}`);
  return value;
}

/** A link target that downloads the file without a server round trip. */
export function calendarDataUrl(file: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(file)}`;
}
