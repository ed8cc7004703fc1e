/** Where the build publishes an event's "Add to calendar" file (scripts/content/build-calendars.ts). */
export function calendarPath(slug: string): string {
  return `/content/calendar/${slug}.ics`;
}
