// @vitest-environment node
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countRows,
  postMembership,
  postRegistration,
  queryRows,
  validApplication,
  validRegistration,
} from '../test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';
import { testEvent } from '../test-support/test-event.ts';

const REUSED = {
  message:
    'This Idempotency-Key was already used for a different submission. Use a new key for new details.',
};

let site: TempSite;
let app: FastifyInstance;

beforeEach(async () => {
  site = createTempSite();
  // Before the test event starts, so registrations are open.
  app = await buildTestApp(site, { now: () => new Date('2030-10-01T09:00:00Z') });
});

afterEach(async () => {
  await app.close();
  site.remove();
});

describe('Idempotency-Key', () => {
  it('answers a retry with the first reference and stores one row', async () => {
    const key = randomUUID();
    const first = await postMembership(app, validApplication(), key);
    const retry = await postMembership(app, validApplication(), key);

    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
  });

  it('recognises a retry whose JSON lists the same answers in another order', async () => {
    const key = randomUUID();
    const application = validApplication();
    const reordered = Object.fromEntries(Object.entries(application).reverse());
    const first = await postMembership(app, application, key);
    const retry = await postMembership(app, reordered, key);

    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
  });

  it('refuses the same key with different answers (409) and keeps the first', async () => {
    const key = randomUUID();
    await postMembership(app, validApplication(), key);
    const changed = await postMembership(app, validApplication({ town: 'Leeds' }), key);

    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toEqual(REUSED);
    expect(queryRows(site.databasePath, 'SELECT town FROM memberships')).toEqual([
      { town: 'London' },
    ]);
  });

  it('refuses a key already used on the other endpoint', async () => {
    site.writeEvents([testEvent()]);
    const key = randomUUID();
    await postMembership(app, validApplication(), key);
    const registration = await postRegistration(
      app,
      'annual-conference-2030',
      validRegistration(),
      key,
    );

    expect(registration.statusCode).toBe(409);
    expect(registration.json()).toEqual(REUSED);
    expect(countRows(site.databasePath, 'registrations')).toBe(0);
  });

  it('does not remember a 422, so the corrected form can use the same key', async () => {
    const key = randomUUID();
    const invalid = await postMembership(app, validApplication({ email: 'nope' }), key);
    const corrected = await postMembership(app, validApplication(), key);

    expect(invalid.statusCode).toBe(422);
    expect(corrected.statusCode).toBe(201);
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
  });

  it('stores exactly 200 rows for 200 simultaneous applications', { timeout: 30_000 }, async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        postMembership(app, validApplication({ fullName: `Supporter ${index}` })),
      ),
    );

    expect(responses.map((response) => response.statusCode)).toEqual(Array(200).fill(201));
    const references = new Set(responses.map((response) => response.json().reference));
    expect(references.size).toBe(200);
    expect(countRows(site.databasePath, 'memberships')).toBe(200);
    expect(countRows(site.databasePath, 'idempotency_records')).toBe(200);
  });

  it(
    'stores one row for 50 simultaneous retries of one key, all given its reference',
    { timeout: 30_000 },
    async () => {
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => postMembership(app, validApplication(), key)),
      );

      expect(responses.map((response) => response.statusCode)).toEqual(Array(50).fill(201));
      expect(new Set(responses.map((response) => response.body)).size).toBe(1);
      expect(countRows(site.databasePath, 'memberships')).toBe(1);
      expect(countRows(site.databasePath, 'idempotency_records')).toBe(1);
    },
  );

  it('answers a honeypot retry exactly like a real one, still storing no submission', async () => {
    const key = randomUUID();
    const bot = validApplication({ website: 'http://spam.example' });
    const first = await postMembership(app, bot, key);
    const retry = await postMembership(app, bot, key);
    const changed = await postMembership(app, { ...bot, town: 'Leeds' }, key);

    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(changed.statusCode).toBe(409);
    expect(countRows(site.databasePath, 'memberships')).toBe(0);
  });
});
