const LONDON = 'Europe/London';

const londonDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const londonOffsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  timeZoneName: 'longOffset',
});

/** The calendar date in London at that instant, as YYYY-MM-DD (what a UK declaration is dated). */
export function londonDate(instant: Date): string {
  return londonDateFormat.format(instant);
}

/**
 * The instant a London calendar day begins: "2024-06-01" → 2024-05-31T23:00:00Z (summer time).
 * The clocks change at 01:00 UTC, never at midnight, so the offset at UTC midnight is the one.
 */
export function londonMidnight(isoDate: string): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - londonOffsetMinutes(utcMidnight) * 60_000);
}

function londonOffsetMinutes(instant: Date): number {
  const name = londonOffsetFormat
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" in winter, "GMT+01:00" in summer.
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
