// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { describePrune, pruneExpired } from './retention.ts';
import {
  countRows,
  postMembership,
  postRegistration,
  validApplication,
  validRegistration,
} from './test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';
import { testEvent } from './test-support/test-event.ts';

const root = resolve(import.meta.dirname, '..');
// The test event ends 2030-11-07T17:00Z; a second one ends a year later.
const LATER_EVENT = testEvent({
  slug: 'conference-2031',
  start: '2031-11-07T11:00:00+00:00',
  end: '2031-11-07T17:00:00+00:00',
});

let site: TempSite;
let app: FastifyInstance;
let clock: Date;

beforeEach(async () => {
  site = createTempSite();
  site.writeEvents([testEvent(), LATER_EVENT]);
  clock = new Date('2030-10-01T09:00:00Z');
  app = await buildTestApp(site, { now: () => clock, pruneEveryMs: false });
  // A member, a registration for each event, and a bot's honeypot "success".
  expect((await postMembership(app, validApplication())).statusCode).toBe(201);
  expect(
    (await postRegistration(app, 'annual-conference-2030', validRegistration())).statusCode,
  ).toBe(201);
  expect((await postRegistration(app, 'conference-2031', validRegistration())).statusCode).toBe(
    201,
  );
  expect((await postMembership(app, validApplication({ website: 'spam' }))).statusCode).toBe(201);
});

afterEach(async () => {
  await app.close();
  site.remove();
});

function prune(now: string) {
  const db = openDatabase(site.databasePath);
  try {
    return pruneExpired(db, {
      now: new Date(now),
      events: [testEvent(), LATER_EVENT] as never,
      registrationRetentionMonths: 12,
    });
  } finally {
    db.close();
  }
}

describe('pruneExpired', () => {
  it('keeps everything within the retention times', () => {
    const report = prune('2030-10-30T09:00:00Z');

    expect(report).toEqual({ idempotencyRecords: 0, registrations: [], unknownEvents: [] });
    expect(countRows(site.databasePath, 'idempotency_records')).toBe(4);
    expect(countRows(site.databasePath, 'registrations')).toBe(2);
  });

  it('removes idempotency records after 30 days, honeypot answers included, and never memberships', () => {
    const report = prune('2030-11-01T09:00:01Z');

    expect(report.idempotencyRecords).toBe(4);
    expect(countRows(site.databasePath, 'idempotency_records')).toBe(0);
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
    expect(countRows(site.databasePath, 'registrations')).toBe(2);
  });

  it('removes registrations the set number of months after their event ends, and only those', () => {
    expect(prune('2031-11-07T16:59:59Z').registrations).toEqual([]);
    const report = prune('2031-11-07T17:00:00Z');

    expect(report.registrations).toEqual([
      { event: 'annual-conference-2030', ended: '2030-11-07T17:00:00+00:00', removed: 1 },
    ]);
    expect(countRows(site.databasePath, 'registrations')).toBe(1);
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
    expect(describePrune(report, 12)).toEqual([
      'Removed 0 idempotency record(s) older than 30 days.',
      'Removed 1 registration(s) for annual-conference-2030 (ended 2030-11-07T17:00:00+00:00; kept 12 months).',
      'Memberships are never removed automatically.',
    ]);
  });
});

describe('registrations of an event no longer in events.json', () => {
  function pruneWithout2030(now: string) {
    const db = openDatabase(site.databasePath);
    try {
      return pruneExpired(db, {
        now: new Date(now),
        events: [LATER_EVENT] as never,
        registrationRetentionMonths: 12,
      });
    } finally {
      db.close();
    }
  }

  it('are removed by the end their event had when they were made', () => {
    expect(pruneWithout2030('2031-11-07T16:59:59Z')).toMatchObject({
      registrations: [],
      unknownEvents: [],
    });
    const report = pruneWithout2030('2031-11-07T17:00:00Z');

    expect(report.registrations).toEqual([
      { event: 'annual-conference-2030', ended: '2030-11-07T17:00:00.000Z', removed: 1 },
    ]);
    expect(report.unknownEvents).toEqual([]);
    expect(countRows(site.databasePath, 'registrations')).toBe(1);
  });

  it('are kept and reported when made before the end was stored with them', () => {
    const db = openDatabase(site.databasePath);
    try {
      db.prepare('UPDATE registrations SET event_end = NULL').run();
    } finally {
      db.close();
    }
    const report = pruneWithout2030('2031-11-07T17:00:00Z');

    expect(report.registrations).toEqual([]);
    expect(report.unknownEvents).toEqual([{ event: 'annual-conference-2030', kept: 1 }]);
    expect(countRows(site.databasePath, 'registrations')).toBe(2);
    expect(describePrune(report, 12)).toContain(
      'Kept 1 registration(s) for annual-conference-2030, which events.json no longer lists: its end is unknown. Put it back or erase them.',
    );
  });
});

describe('the server', () => {
  it('prunes on start and on its schedule', async () => {
    await app.close();
    clock = new Date('2032-01-01T00:00:00Z');
    app = await buildTestApp(site, { now: () => clock, pruneEveryMs: 60_000 });
    await app.ready();
    await expect.poll(() => countRows(site.databasePath, 'idempotency_records')).toBe(0);
    expect(countRows(site.databasePath, 'registrations')).toBe(1);
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
  });
});

describe('npm run prune', { timeout: 30_000 }, () => {
  it('prints what it removed', async () => {
    await app.close();
    // An application of 2020: its idempotency record is long past 30 days by real time.
    clock = new Date('2020-01-01T00:00:00Z');
    app = await buildTestApp(site, { now: () => clock, pruneEveryMs: false });
    expect((await postMembership(app, validApplication({ fullName: 'Ana' }))).statusCode).toBe(201);
    await app.close();
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/prune-cli.ts',
        '--database',
        site.databasePath,
        '--content',
        site.contentDir,
      ],
      { cwd: root, encoding: 'utf8', timeout: 30_000 },
    );
    app = await buildTestApp(site, { pruneEveryMs: false });

    expect(result.status).toBe(0);
    // Those stamped 2030 (by the test clock) are not yet due.
    expect(result.stdout).toContain('Removed 1 idempotency record(s) older than 30 days.');
    expect(result.stdout).toContain('Removed no registrations');
    expect(result.stdout).toContain('Memberships are never removed automatically.');
  });
});
