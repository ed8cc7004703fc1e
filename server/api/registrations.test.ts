// @vitest-environment node
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../reference.ts';
import {
  countRows,
  postRegistration,
  queryRows,
  validRegistration,
} from '../test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';
import { TEST_EVENT_START, testEvent } from '../test-support/test-event.ts';

const SLUG = 'annual-conference-2030';
const BEFORE_START = new Date('2030-10-01T09:00:00.000Z');
const CLOSED = { error: 'closed', message: 'Registration has closed: this event has started.' };
const FULL = { error: 'full', message: 'This event is full.' };

let site: TempSite;
let app: FastifyInstance | undefined;
let clock: Date;

beforeEach(() => {
  site = createTempSite();
  site.writeEvents([testEvent()]);
  clock = BEFORE_START;
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  site.remove();
});

/** The server's clock reads `clock`, so a test can move it between requests. */
async function start(): Promise<FastifyInstance> {
  app = await buildTestApp(site, { now: () => clock });
  return app;
}

describe('POST /api/events/:slug/registrations', () => {
  it('stores a registration with the price as it was, and answers 201', async () => {
    const server = await start();
    const response = await postRegistration(server, SLUG, validRegistration());

    expect(response.statusCode).toBe(201);
    const { reference } = response.json<{ reference: string }>();
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.startsWith('PSG-E-')).toBe(true);
    expect(queryRows(site.databasePath, 'SELECT * FROM registrations')).toEqual([
      {
        id: 1,
        reference,
        submitted_at: '2030-10-01T09:00:00.000Z',
        event_slug: SLUG,
        full_name: 'Rosa Huamán',
        email: 'rosa@example.com',
        attendance: 'non-member',
        price_label: 'Non-members',
        price_pence: 1300,
        needs: 'Vegetarian lunch',
        // The privacy notice the form linked to (public/content/privacy.json).
        notice_version: '2026-11-30',
        // The language of the page the form was on.
        locale: 'en',
        // Its event's end, so retention still applies if the event leaves events.json.
        event_end: '2030-11-07T17:00:00.000Z',
      },
    ]);
  });

  it('records that a registration sent from a Spanish page was made in Spanish', async () => {
    const server = await start();
    const response = await postRegistration(server, SLUG, validRegistration(), undefined, 'es');

    expect(response.statusCode).toBe(201);
    expect(queryRows(site.databasePath, 'SELECT locale FROM registrations')).toEqual([
      { locale: 'es' },
    ]);
  });

  it('answers 404 for an event that does not exist', async () => {
    const server = await start();
    const response = await postRegistration(server, 'no-such-event', validRegistration());

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ message: 'There is no event at this address.' });
    expect(countRows(site.databasePath, 'registrations')).toBe(0);
  });

  it('closes registration at the moment the event starts', async () => {
    const server = await start();
    clock = new Date(Date.parse(TEST_EVENT_START) - 1);
    const lastMoment = await postRegistration(server, SLUG, validRegistration());
    clock = new Date(TEST_EVENT_START);
    const atStart = await postRegistration(server, SLUG, validRegistration());
    clock = new Date('2031-01-01T00:00:00Z');
    const afterwards = await postRegistration(server, SLUG, validRegistration());

    expect(lastMoment.statusCode).toBe(201);
    expect(atStart.statusCode).toBe(409);
    expect(atStart.json()).toEqual(CLOSED);
    expect(afterwards.statusCode).toBe(409);
    expect(afterwards.json()).toEqual(CLOSED);
    expect(countRows(site.databasePath, 'registrations')).toBe(1);
  });

  it('says a closed event is closed even when the form has errors', async () => {
    clock = new Date('2031-01-01T00:00:00Z');
    const server = await start();
    const response = await postRegistration(server, SLUG, validRegistration({ email: '' }));

    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual(CLOSED);
  });

  it('takes no more registrations than the capacity', async () => {
    site.writeEvents([testEvent({ capacity: 1 }), testEvent({ slug: 'other-event' })]);
    const server = await start();
    const first = await postRegistration(server, SLUG, validRegistration());
    const second = await postRegistration(server, SLUG, validRegistration({ fullName: 'Ana' }));
    const elsewhere = await postRegistration(server, 'other-event', validRegistration());

    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toEqual(FULL);
    expect(elsewhere.statusCode).toBe(201);
    expect(countRows(site.databasePath, 'registrations')).toBe(2);
  });

  it(
    'gives the last places to exactly as many simultaneous registrations',
    { timeout: 30_000 },
    async () => {
      site.writeEvents([testEvent({ capacity: 3 })]);
      const server = await start();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => postRegistration(server, SLUG, validRegistration())),
      );

      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses).toEqual([...Array(3).fill(201), ...Array(17).fill(409)]);
      expect(countRows(site.databasePath, 'registrations')).toBe(3);
    },
  );

  it('does not remember "full", so a retry succeeds once a place frees up', async () => {
    site.writeEvents([testEvent({ capacity: 1 })]);
    const server = await start();
    await postRegistration(server, SLUG, validRegistration());
    const key = randomUUID();
    const refused = await postRegistration(server, SLUG, validRegistration(), key);
    cancelAllRegistrations(site.databasePath);
    const retried = await postRegistration(server, SLUG, validRegistration(), key);

    expect(refused.statusCode).toBe(409);
    expect(retried.statusCode).toBe(201);
  });

  it('answers a retry with its first reference even after the event has started', async () => {
    const server = await start();
    const key = randomUUID();
    const first = await postRegistration(server, SLUG, validRegistration(), key);
    clock = new Date('2031-01-01T00:00:00Z');
    const retry = await postRegistration(server, SLUG, validRegistration(), key);

    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(countRows(site.databasePath, 'registrations')).toBe(1);
  });

  it.each([['vip'], ['']])(
    'refuses attendance %j, not a price of the event, with 422',
    async (value) => {
      const server = await start();
      const response = await postRegistration(
        server,
        SLUG,
        validRegistration({ attendance: value }),
      );

      expect(response.statusCode).toBe(422);
      expect(response.json()).toEqual({
        // The schema's own message (an ID), in English: the language of a page with no ?locale.
        fieldErrors: {
          attendance: ['Select whether you are a member, a concession or a non-member'],
        },
        formErrors: [],
      });
      expect(countRows(site.databasePath, 'registrations')).toBe(0);
    },
  );

  it.each([
    ['fullName', '', 'Enter your full name'],
    ['email', 'rosa', 'Enter an email address in the correct format, like name@example.com'],
    ['needs', 'x'.repeat(1001), 'Access or dietary needs must be 1000 characters or fewer'],
  ])('refuses %s = %j with 422 and its message', async (field, value, message) => {
    const server = await start();
    const response = await postRegistration(server, SLUG, validRegistration({ [field]: value }));

    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({ fieldErrors: { [field]: [message] }, formErrors: [] });
  });
});

describe('access or dietary needs (several lines)', () => {
  it('keeps line breaks and tabs', async () => {
    const server = await start();
    const response = await postRegistration(
      server,
      SLUG,
      validRegistration({ needs: 'Vegetarian\n\tno nuts' }),
    );

    expect(response.statusCode).toBe(201);
    expect(queryRows(site.databasePath, 'SELECT needs FROM registrations')).toEqual([
      { needs: 'Vegetarian\n\tno nuts' },
    ]);
  });

  it.each([['\u001b[2J'], ['\u0000'], ['\u202e']])('refuses %j in them', async (hidden) => {
    const server = await start();
    const response = await postRegistration(
      server,
      SLUG,
      validRegistration({ needs: `Vegetarian${hidden}` }),
    );

    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      fieldErrors: {
        needs: [
          'Access or dietary needs must not contain hidden control or formatting characters: type it again',
        ],
      },
      formErrors: [],
    });
  });
});

/** The schema's own message for a field, so the server's wording is checked against it. */
function cancelAllRegistrations(databasePath: string): void {
  const db = new Database(databasePath);
  try {
    db.exec('DELETE FROM registrations');
  } finally {
    db.close();
  }
}
