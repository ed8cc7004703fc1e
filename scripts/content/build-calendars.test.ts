// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildCalendars } from './build-calendars.ts';
import { loadContent } from './load-content.ts';

let dir: string | undefined;
afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

it('writes the conference as an iCalendar event at the right London time', async () => {
  const { content } = await loadContent(resolve(import.meta.dirname, '../../public/content'));
  dir = await mkdtemp(join(tmpdir(), 'psg-calendar-'));
  const contentDir = join(dir, 'content');
  expect(await buildCalendars(contentDir, content!.events)).toBe(1);
  const file = await readFile(join(contentDir, 'calendar/annual-conference-2016.ics'), 'utf8');
  // 11:00 to 17:00 in London on 5 November 2016 (GMT, so the same in UTC).
  expect(file).toContain('DTSTART:20161105T110000Z');
  expect(file).toContain('DTEND:20161105T170000Z');
  expect(file).toContain('SUMMARY:Peru Support Group Annual Conference');
  expect(file).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(file).toContain('UID:annual-conference-2016@www.perusupportgroup.org.uk');
});
