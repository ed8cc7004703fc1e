import type { PsgEvent } from './event-schema.ts';

export type EventPhase = 'upcoming' | 'in-progress' | 'finished';

/** Registration closes when the event starts; the caller passes the clock so tests can move it. */
export function eventPhase(event: Pick<PsgEvent, 'start' | 'end'>, at: Date): EventPhase {
  const time = at.getTime();
  if (time < Date.parse(event.start)) return 'upcoming';
  if (time < Date.parse(event.end)) return 'in-progress';
  return 'finished';
}
