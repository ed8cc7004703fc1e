// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GIFT_AID_DECLARATION,
  NEWSLETTER_CONSENT,
} from '../../src/features/membership/membership-application-schema.ts';
import { testI18n } from '../../tests/support/test-i18n.ts';
import { REFERENCE_PATTERN } from '../reference.ts';
import {
  countRows,
  postMembership,
  queryRows,
  validApplication,
} from '../test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';

/** The words beside each box, as the form page shows them in each language (the catalogs). */
const english = testI18n('en');
const spanish = testI18n('es');
const NEWSLETTER_CONSENT_TEXT = english._(NEWSLETTER_CONSENT);
const GIFT_AID_DECLARATION_TEXT = english._(GIFT_AID_DECLARATION);

// 23:30 UTC on 30 June is already 1 July in London (summer time): the Gift Aid date must say so.
const NOW = new Date('2024-06-30T23:30:00.000Z');

let site: TempSite;
let app: FastifyInstance;

beforeEach(async () => {
  site = createTempSite();
  app = await buildTestApp(site, { now: () => NOW });
});

afterEach(async () => {
  await app.close();
  site.remove();
});

type MembershipDbRow = Record<string, unknown>;

function storedMemberships(): MembershipDbRow[] {
  return queryRows(site.databasePath, 'SELECT * FROM memberships ORDER BY id');
}

describe('POST /api/memberships', () => {
  it('stores a valid application and answers 201 with a reference', async () => {
    const response = await postMembership(app, validApplication());

    expect(response.statusCode).toBe(201);
    const { reference } = response.json<{ reference: string }>();
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.startsWith('PSG-M-')).toBe(true);
    expect(storedMemberships()).toEqual([
      expect.objectContaining({
        reference,
        submitted_at: '2024-06-30T23:30:00.000Z',
        full_name: 'Martín Quispe',
        email: 'martin@example.com',
        address_line_1: '29 Tavistock Square',
        address_line_2: null,
        town: 'London',
        postcode: 'WC1H 9QU',
        country: 'United Kingdom',
        membership_type: 'individual',
        membership_type_label: 'Individual',
        payment_method: 'standing-order',
        notice_version: '2026-11-30',
        locale: 'en',
      }),
    ]);
  });

  it('records no consent and no declaration when the boxes are left unticked', async () => {
    await postMembership(app, validApplication({ newsletter: false, giftAid: false }));

    expect(storedMemberships()).toEqual([
      expect.objectContaining({
        newsletter: 0,
        newsletter_consent_text: null,
        newsletter_consented_at: null,
        gift_aid: 0,
        gift_aid_declaration_text: null,
        gift_aid_declared_on: null,
      }),
    ]);
  });

  it('records the newsletter wording and the moment of consent when opted in', async () => {
    await postMembership(app, validApplication({ newsletter: true }));

    expect(storedMemberships()).toEqual([
      expect.objectContaining({
        newsletter: 1,
        newsletter_consent_text: NEWSLETTER_CONSENT_TEXT,
        newsletter_consented_at: '2024-06-30T23:30:00.000Z',
        gift_aid: 0,
        gift_aid_declaration_text: null,
      }),
    ]);
  });

  it('records the Gift Aid declaration with its London date when declared', async () => {
    await postMembership(app, validApplication({ giftAid: true }));

    expect(storedMemberships()).toEqual([
      expect.objectContaining({
        gift_aid: 1,
        gift_aid_declaration_text: GIFT_AID_DECLARATION_TEXT,
        gift_aid_declared_on: '2024-07-01',
        newsletter: 0,
        newsletter_consent_text: null,
      }),
    ]);
  });

  it('stores the wording in Spanish, and that it was Spanish, when sent from a Spanish page', async () => {
    const response = await postMembership(
      app,
      validApplication({ newsletter: true, giftAid: true }),
      undefined,
      'es',
    );

    expect(response.statusCode).toBe(201);
    expect(spanish._(NEWSLETTER_CONSENT)).not.toBe(NEWSLETTER_CONSENT_TEXT);
    expect(spanish._(GIFT_AID_DECLARATION)).not.toBe(GIFT_AID_DECLARATION_TEXT);
    expect(storedMemberships()).toEqual([
      expect.objectContaining({
        locale: 'es',
        newsletter_consent_text: spanish._(NEWSLETTER_CONSENT),
        newsletter_consented_at: '2024-06-30T23:30:00.000Z',
        gift_aid_declaration_text: spanish._(GIFT_AID_DECLARATION),
        gift_aid_declared_on: '2024-07-01',
      }),
    ]);
  });

  it.each([
    ['no language', '/api/memberships'],
    ['English', '/api/memberships?locale=en'],
    ['a language the site does not have', '/api/memberships?locale=fr'],
  ])('stores the English wording for %s', async (_name, url) => {
    const response = await app.inject({
      method: 'POST',
      url,
      headers: { 'idempotency-key': crypto.randomUUID() },
      payload: validApplication({ newsletter: true, giftAid: true }),
    });

    expect(response.statusCode).toBe(201);
    expect(storedMemberships()).toEqual([
      expect.objectContaining({
        locale: 'en',
        newsletter_consent_text: NEWSLETTER_CONSENT_TEXT,
        gift_aid_declaration_text: GIFT_AID_DECLARATION_TEXT,
      }),
    ]);
  });

  it('stores no postcode for an address abroad without one', async () => {
    const response = await postMembership(
      app,
      validApplication({ country: 'Peru', town: 'Lima', postcode: undefined }),
    );

    expect(response.statusCode).toBe(201);
    expect(storedMemberships()).toEqual([
      expect.objectContaining({ country: 'Peru', postcode: null }),
    ]);
  });

  it.each([
    ['fullName', '', 'Enter your full name'],
    ['fullName', 'x'.repeat(201), 'Full name must be 200 characters or fewer'],
    ['email', '', 'Enter your email address'],
    [
      'email',
      'martin-at-example',
      'Enter an email address in the correct format, like name@example.com',
    ],
    ['addressLine1', '  ', 'Enter the first line of your address'],
    ['addressLine2', 'x'.repeat(201), 'Address line 2 must be 200 characters or fewer'],
    ['town', '', 'Enter your town or city'],
    ['country', '', 'Enter your country'],
    ['postcode', '', 'Enter your postcode'],
    ['postcode', 'NOT A CODE', 'Enter a real postcode, like WC1H 9QU'],
    ['membershipType', '', 'Select a type of membership'],
    ['membershipType', 'lifetime-gold', 'Select a type of membership'],
    ['paymentMethod', 'cash', 'Select how you will pay'],
  ])('refuses %s = %j with 422 and its message, storing nothing', async (field, value, message) => {
    const response = await postMembership(app, validApplication({ [field]: value }));

    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({ fieldErrors: { [field]: [message] }, formErrors: [] });
    expect(countRows(site.databasePath, 'memberships')).toBe(0);
  });

  it('reports every problem at once, the content check beside the schema', async () => {
    const response = await postMembership(
      app,
      validApplication({ email: 'nope', membershipType: 'lifetime-gold' }),
    );

    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      fieldErrors: {
        email: ['Enter an email address in the correct format, like name@example.com'],
        membershipType: ['Select a type of membership'],
      },
      formErrors: [],
    });
  });

  it('refuses an unknown field with 422 naming it in formErrors', async () => {
    const response = await postMembership(app, validApplication({ isAdmin: true } as never));

    expect(response.statusCode).toBe(422);
    const body = response.json<{ fieldErrors: object; formErrors: string[] }>();
    expect(body.fieldErrors).toEqual({});
    expect(body.formErrors).toHaveLength(1);
    expect(body.formErrors[0]).toContain('"isAdmin"');
    expect(countRows(site.databasePath, 'memberships')).toBe(0);
  });

  it('refuses a body that is not an object', async () => {
    const response = await postMembership(app, ['not', 'an', 'object']);

    expect(response.statusCode).toBe(422);
    expect(response.json<{ formErrors: string[] }>().formErrors).toHaveLength(1);
  });
});
