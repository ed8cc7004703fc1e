import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventCalendarFile } from '../../src/features/events/event-ics.ts';
import type { PsgEvent } from '../../src/features/events/event-schema.ts';
import { SITE_ORIGIN } from '../../src/lib/site.ts';

/**
 * One iCalendar file per event, written at build so the event page links to a plain file and
 * ships no calendar code.
 */
export async function buildCalendars(contentDir: string, events: readonly PsgEvent[]) {
  const dir = join(contentDir, 'calendar');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(
    events.map((event) =>
      // Published at files.calendar(slug) (src/config/paths.ts).
      writeFile(join(dir, `${event.slug}.ics`), eventCalendarFile(event, { origin: SITE_ORIGIN })),
    ),
  );
  return events.length;
}
