import type { PsgEvent } from '../src/features/events/event-schema.ts';
import { IDEMPOTENCY_RETENTION_DAYS } from '../src/features/privacy/privacy-schema.ts';
import type { ContentFiles } from './content-files.ts';
import type { Db } from './database.ts';

export type PruneReport = {
  idempotencyRecords: number;
  /** Per event whose retention has run out: how many registrations were deleted. */
  registrations: Array<{ event: string; ended: string; removed: number }>;
  /**
   * Registrations for slugs events.json no longer has, made before their event's end was
   * stored with them: kept, since their end is unknown.
   */
  unknownEvents: Array<{ event: string; kept: number }>;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** `months` calendar months after `iso`, in UTC. */
export function addMonths(iso: string, months: number): Date {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
}

/**
 * Deletes what the privacy notice says is deleted: idempotency records (honeypot answers
 * included) after 30 days, and registrations `registrationRetentionMonths` after their event
 * ends. Memberships are never deleted here. One transaction: all of it or none.
 */
export function pruneExpired(
  db: Db,
  {
    now,
    events,
    registrationRetentionMonths,
  }: { now: Date; events: readonly PsgEvent[]; registrationRetentionMonths: number },
): PruneReport {
  return db
    .transaction((): PruneReport => {
      const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_DAYS * DAY_MS).toISOString();
      const idempotencyRecords = db
        .prepare('DELETE FROM idempotency_records WHERE created_at < ?')
        .run(cutoff).changes;

      const bySlug = new Map(events.map((event) => [event.slug, event]));
      const registrations: PruneReport['registrations'] = [];
      const unknownEvents: PruneReport['unknownEvents'] = [];
      const slugs = db
        .prepare<[], { event: string; storedEnd: string | null }>(
          `SELECT event_slug AS event, max(event_end) AS storedEnd
           FROM registrations GROUP BY event_slug ORDER BY event_slug`,
        )
        .all();
      const remove = db.prepare('DELETE FROM registrations WHERE event_slug = ?');
      const removeWithEnd = db.prepare(
        'DELETE FROM registrations WHERE event_slug = ? AND event_end IS NOT NULL',
      );
      const countWithoutEnd = db
        .prepare<[string], number>(
          'SELECT count(*) FROM registrations WHERE event_slug = ? AND event_end IS NULL',
        )
        .pluck();
      const due = (end: string) => addMonths(end, registrationRetentionMonths) <= now;
      for (const { event: slug, storedEnd } of slugs) {
        const event = bySlug.get(slug);
        if (event) {
          // Listed: its end in events.json now (moved, perhaps) is the one that counts.
          if (due(event.end)) {
            registrations.push({
              event: slug,
              ended: event.end,
              removed: remove.run(slug).changes,
            });
          }
          continue;
        }
        // Taken out of events.json: the end stored with the registrations, where there is one.
        const removed = storedEnd !== null && due(storedEnd) ? removeWithEnd.run(slug).changes : 0;
        if (removed > 0) registrations.push({ event: slug, ended: storedEnd!, removed });
        const withoutEnd = countWithoutEnd.get(slug) ?? 0;
        if (withoutEnd > 0) unknownEvents.push({ event: slug, kept: withoutEnd });
      }
      return { idempotencyRecords, registrations, unknownEvents };
    })
    .immediate();
}

/** What `npm run prune` prints and the server logs: counts and events, never anyone's details. */
export function describePrune(report: PruneReport, registrationRetentionMonths: number): string[] {
  const lines = [
    `Removed ${report.idempotencyRecords} idempotency record(s) older than ${IDEMPOTENCY_RETENTION_DAYS} days.`,
  ];
  for (const { event, ended, removed } of report.registrations) {
    lines.push(
      `Removed ${removed} registration(s) for ${event} (ended ${ended}; kept ${registrationRetentionMonths} months).`,
    );
  }
  if (report.registrations.length === 0) {
    lines.push('Removed no registrations: no event ended more than the retention time ago.');
  }
  for (const { event, kept } of report.unknownEvents) {
    lines.push(
      `Kept ${kept} registration(s) for ${event}, which events.json no longer lists: its end is unknown. Put it back or erase them.`,
    );
  }
  lines.push('Memberships are never removed automatically.');
  return lines;
}

/** How often the server prunes, besides once at start. */
export const PRUNE_EVERY_MS = 24 * 60 * 60 * 1000;

type Logger = {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
};

/**
 * Prunes once now and then every `everyMs`, in the server; returns the function that stops it.
 * A failure (a broken content file, a lock held elsewhere) is logged and tried again next time.
 */
export function scheduleRetention({
  db,
  content,
  now,
  log,
  everyMs = PRUNE_EVERY_MS,
}: {
  db: Db;
  content: ContentFiles;
  now: () => Date;
  log: Logger;
  everyMs?: number;
}): () => void {
  const run = () => {
    try {
      const { registrationRetentionMonths } = content.privacy();
      const report = pruneExpired(db, {
        now: now(),
        events: content.events(),
        registrationRetentionMonths,
      });
      log.info({ prune: report }, 'pruned expired records');
    } catch (error) {
      log.error({ err: error }, 'pruning expired records failed; will try again');
    }
  };
  const first = setTimeout(run, 0);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
