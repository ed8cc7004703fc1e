const LONDON = 'Europe/London';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2016-10-24" → "24 October 2016". Calendar dates carry no zone, so they are read as UTC. */
export function formatDate(isoDate: string): string {
  return dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

const londonDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: LONDON,
});

const londonTime = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: LONDON,
});

/** "Saturday 5 November 2016" (no comma, as GOV.UK writes dates), as the day falls in London. */
export function formatLondonDay(instant: string): string {
  return londonDay
    .formatToParts(new Date(instant))
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** "11:00am", as the clock reads in London. */
export function formatLondonTime(instant: string): string {
  return londonTime.format(new Date(instant)).replace(/\s/g, '');
}
