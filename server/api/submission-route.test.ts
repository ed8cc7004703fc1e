// @vitest-environment node
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../reference.ts';
import {
  countRows,
  postMembership,
  postRegistration,
  queryRows,
  validApplication,
  validRegistration,
} from '../test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';
import { rawRequest } from '../test-support/raw-http.ts';
import { testEvent } from '../test-support/test-event.ts';

const SLUG = 'annual-conference-2030';

/** The two form endpoints, described so that what they share is tested once for both. */
const ENDPOINTS = [
  {
    name: 'POST /api/memberships',
    table: 'memberships',
    prefix: 'PSG-M-',
    valid: validApplication,
    post: (app: FastifyInstance, body: unknown, key?: string) => postMembership(app, body, key),
    fields: [
      'fullName',
      'email',
      'addressLine1',
      'addressLine2',
      'town',
      'postcode',
      'country',
      'membershipType',
      'paymentMethod',
      'newsletter',
      'giftAid',
      'website',
    ],
    singleLineFields: ['fullName', 'email', 'addressLine1', 'addressLine2', 'town', 'country'],
  },
  {
    name: 'POST /api/events/:slug/registrations',
    table: 'registrations',
    prefix: 'PSG-E-',
    valid: validRegistration,
    post: (app: FastifyInstance, body: unknown, key?: string) =>
      postRegistration(app, SLUG, body, key),
    fields: ['fullName', 'email', 'attendance', 'needs', 'website'],
    singleLineFields: ['fullName', 'email'],
  },
] as const;

/** Wrong types a client (or an attacker) may send where the form sends a string or boolean. */
const WRONG_TYPES: unknown[] = [42, true, [], {}, ['a'], { $gt: '' }, null];
/** For the tick boxes, which send booleans: a string is the wrong type. */
const WRONG_FOR_BOOLEANS: unknown[] = [42, 'true', [], {}, ['a'], { $gt: '' }, null];
const BOOLEAN_FIELDS = new Set<string>(['newsletter', 'giftAid']);

let site: TempSite;
let app: FastifyInstance;

beforeEach(async () => {
  site = createTempSite();
  site.writeEvents([testEvent()]);
  // Before the test event starts, so registrations are open.
  app = await buildTestApp(site, { now: () => new Date('2030-10-01T09:00:00Z') });
});

afterEach(async () => {
  await app.close();
  site.remove();
});

describe.each(ENDPOINTS)('$name', (endpoint) => {
  const wrongTypeCases = endpoint.fields.flatMap((field) =>
    (BOOLEAN_FIELDS.has(field) ? WRONG_FOR_BOOLEANS : WRONG_TYPES).map(
      (value) => [field, value] as const,
    ),
  );

  it.each(wrongTypeCases)('answers %s = %j with 422 naming that field', async (field, value) => {
    const response = await endpoint.post(app, endpoint.valid({ [field]: value }));

    expect(response.statusCode).toBe(422);
    const body = response.json<{ fieldErrors: Record<string, string[]> }>();
    expect(Object.keys(body.fieldErrors)).toEqual([field]);
    expect(countRows(site.databasePath, endpoint.table)).toBe(0);
  });

  it.each([
    ['an array', 5_000, (depth: number) => '['.repeat(depth) + ']'.repeat(depth)],
    ['an object', 2_500, (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)],
  ])('answers a body of %s nested %i deep with 400', async (_shape, depth, nest) => {
    const payload = JSON.stringify({ ...endpoint.valid(), fullName: 'PLACEHOLDER' }).replace(
      '"PLACEHOLDER"',
      nest(depth),
    );
    const response = await app.inject({
      method: 'POST',
      url: endpoint.name.includes('events')
        ? `/api/events/${SLUG}/registrations`
        : '/api/memberships',
      headers: { 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
      payload,
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: 'The request body is nested too deeply: the answers are a flat JSON object.',
    });
  });

  it.each(
    endpoint.singleLineFields.flatMap((field) => [
      [field, 'Ana\u0000'],
      [field, 'Ana \u001b[31mred'],
      [field, 'Ana\u202eanA'],
      [field, 'Ana\u200b'],
    ]),
  )('refuses %s holding a control or format character (%j)', async (field, text) => {
    const value = field === 'email' ? `${text}@example.com` : text;
    const response = await endpoint.post(app, endpoint.valid({ [field]: value }));

    expect(response.statusCode).toBe(422);
    const { fieldErrors } = response.json<{ fieldErrors: Record<string, string[]> }>();
    expect(fieldErrors[field]?.[0]).toMatch(
      /must not contain hidden control or formatting characters: type it again$/,
    );
    expect(countRows(site.databasePath, endpoint.table)).toBe(0);
  });

  it('stores names in one Unicode form (NFC), so "Marti\\u0301n" is "Martín"', async () => {
    const response = await endpoint.post(app, endpoint.valid({ fullName: 'Marti\u0301n Quispe' }));

    expect(response.statusCode).toBe(201);
    expect(queryRows(site.databasePath, `SELECT full_name FROM ${endpoint.table}`)).toEqual([
      { full_name: 'Martín Quispe' },
    ]);
  });

  it('answers a filled honeypot like a success but stores nothing', async () => {
    const response = await endpoint.post(app, endpoint.valid({ website: 'http://spam.example' }));

    expect(response.statusCode).toBe(201);
    const { reference } = response.json<{ reference: string }>();
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.startsWith(endpoint.prefix)).toBe(true);
    expect(countRows(site.databasePath, endpoint.table)).toBe(0);
  });

  it('treats a honeypot holding only spaces as empty (no person is turned away)', async () => {
    const response = await endpoint.post(app, endpoint.valid({ website: '   ' }));

    expect(response.statusCode).toBe(201);
    expect(countRows(site.databasePath, endpoint.table)).toBe(1);
  });

  it('answers 503 with Retry-After at once while another process holds the write lock, and pages keep loading', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const other = new Database(site.databasePath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      const posting = endpoint.post(app, endpoint.valid());
      // A page asked for while the submission waits for the lock.
      const page = await rawRequest(port, 'GET / HTTP/1.1');
      const pageMs = Date.now() - started;
      const response = await posting;
      const postMs = Date.now() - started;

      expect(page.status).toBe(200);
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json()).toEqual({
        message:
          'The site is busy and your details were not saved. Please try again in a few seconds.',
      });
      // The old 5 s busy_timeout froze both for 5 s; now the page is served while the
      // submission waits (1 s), and the submission is told to come back.
      expect(pageMs).toBeLessThan(900);
      expect(postMs).toBeLessThan(3_000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const afterwards = await endpoint.post(app, endpoint.valid());
    expect(afterwards.statusCode).toBe(201);
  });
});
