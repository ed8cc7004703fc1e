import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { MembershipApplicationInput } from '../../src/features/membership/membership-application-schema.ts';
import type { RegistrationInput } from '../../src/features/events/registration-schema.ts';
import type { Locale } from '../../src/config/locales.ts';
import { apiInLocale, apiPaths } from '../../src/config/paths.ts';

/** A complete, valid application: tests change one thing at a time. */
export function validApplication(
  changes: Partial<Record<keyof MembershipApplicationInput, unknown>> = {},
): Record<string, unknown> {
  return {
    fullName: 'Martín Quispe',
    email: 'martin@example.com',
    addressLine1: '29 Tavistock Square',
    town: 'London',
    postcode: 'wc1h9qu',
    country: 'United Kingdom',
    membershipType: 'individual',
    paymentMethod: 'standing-order',
    newsletter: false,
    giftAid: false,
    ...changes,
  };
}

export function validRegistration(
  changes: Partial<Record<keyof RegistrationInput, unknown>> = {},
): Record<string, unknown> {
  return {
    fullName: 'Rosa Huamán',
    email: 'rosa@example.com',
    attendance: 'non-member',
    needs: 'Vegetarian lunch',
    ...changes,
  };
}

/** `locale`: the language of the page it is sent from, as its script asks (?locale=es). */
export function postMembership(
  app: FastifyInstance,
  body: unknown,
  key: string = randomUUID(),
  locale: Locale = 'en',
) {
  return app.inject({
    method: 'POST',
    url: apiInLocale(apiPaths.memberships, locale),
    headers: { 'idempotency-key': key },
    payload: body as Record<string, unknown>,
  });
}

export function postRegistration(
  app: FastifyInstance,
  slug: string,
  body: unknown,
  key: string = randomUUID(),
  locale: Locale = 'en',
) {
  return app.inject({
    method: 'POST',
    url: apiInLocale(apiPaths.registrations(slug), locale),
    headers: { 'idempotency-key': key },
    payload: body as Record<string, unknown>,
  });
}

/** Reads the database through its own connection, as another process (the export) would. */
export function queryRows<Row = Record<string, unknown>>(
  databasePath: string,
  sql: string,
  ...params: unknown[]
): Row[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Row[];
  } finally {
    db.close();
  }
}

export function countRows(databasePath: string, table: string): number {
  const [row] = queryRows<{ n: number }>(databasePath, `SELECT count(*) AS n FROM ${table}`);
  return row?.n ?? 0;
}
