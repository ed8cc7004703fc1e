const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "30 Nov 2026, 16:40", London time: when something happened, as the secretary reads it. */
export function formatWhen(instant: string): string {
  return dateTime.format(new Date(instant));
}

export const KIND_LABELS = {
  memberships: { plural: 'Membership applications', one: 'Membership application' },
  registrations: { plural: 'Conference registrations', one: 'Conference registration' },
} as const;
