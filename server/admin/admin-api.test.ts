// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CROSS_SITE_MESSAGE } from '../cross-site.ts';
import { exportSubmissionsCsv } from '../export/submissions-csv.ts';
import { openDatabase } from '../database.ts';
import {
  countRows,
  postMembership,
  postRegistration,
  queryRows,
  validApplication,
  validRegistration,
} from '../test-support/api-requests.ts';
import {
  addAccount,
  adminRequest,
  HOST,
  postSignIn,
  SECRETARY,
  signIn,
  TREASURER,
  type AdminClient,
} from '../test-support/admin-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';
import { testEvent } from '../test-support/test-event.ts';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, sha256 } from './admin-accounts.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './admin-routes.ts';
import { ADMIN_MESSAGES } from './admin-messages.ts';
import {
  GIFT_AID_DECLARATION,
  NEWSLETTER_CONSENT,
} from '../../src/features/membership/membership-application-schema.ts';
import { testI18n } from '../../tests/support/test-i18n.ts';

const spanish = testI18n('es');
const START = new Date('2030-10-01T09:00:00.000Z');
const minutes = (n: number) => n * 60 * 1000;

let site: TempSite;
let app: FastifyInstance;
let clock: Date;
/** The supporter's membership and their conference registration (same email). */
let membershipRef: string;
let registrationRef: string;

function tick(ms: number) {
  clock = new Date(clock.getTime() + ms);
}

beforeEach(async () => {
  site = createTempSite();
  site.writeEvents([testEvent()]);
  clock = START;
  app = await buildTestApp(site, { now: () => clock });
  await addAccount(site.databasePath, SECRETARY);
  await addAccount(site.databasePath, TREASURER);
  const membership = await postMembership(
    app,
    validApplication({ fullName: '=HYPERLINK("http://evil")', email: 'Rosa@Example.com' }),
  );
  membershipRef = membership.json<{ reference: string }>().reference;
  tick(1000);
  const registration = await postRegistration(
    app,
    'annual-conference-2030',
    validRegistration({ email: 'rosa@example.com' }),
  );
  registrationRef = registration.json<{ reference: string }>().reference;
  tick(1000);
});

afterEach(async () => {
  await app.close();
  site.remove();
});

/** Every admin endpoint but sign-in, as the desk calls it. */
function endpoints() {
  return [
    { method: 'GET', url: '/api/admin/session' },
    { method: 'POST', url: '/api/admin/sign-out', payload: {} },
    { method: 'POST', url: '/api/admin/submissions', payload: { kind: 'memberships' } },
    { method: 'GET', url: `/api/admin/submissions/${membershipRef}` },
    { method: 'POST', url: `/api/admin/submissions/${membershipRef}/processed` },
    { method: 'GET', url: `/api/admin/submissions/${membershipRef}/same-person` },
    { method: 'POST', url: `/api/admin/submissions/${membershipRef}/erase` },
    { method: 'POST', url: '/api/admin/exports/memberships' },
    { method: 'GET', url: '/api/admin/audit' },
  ] as const;
}

const changing = () => endpoints().filter(({ method }) => method === 'POST');

/** A refusal carries a message and nothing else: no submission, no account data. */
function expectRefusal(
  response: Awaited<ReturnType<typeof adminRequest>>,
  status: number,
  message: string | readonly string[],
) {
  expect(response.statusCode, response.body).toBe(status);
  // Nothing but a message: no data in the body.
  expect(Object.keys(response.json())).toEqual(['message']);
  expect(typeof message === 'string' ? [message] : message).toContain(response.json().message);
  expect(response.headers['cache-control']).toBe('no-store');
}

/** Nothing was changed by a refused request: both records there, unprocessed, account intact. */
function expectNothingChanged() {
  expect(countRows(site.databasePath, 'memberships')).toBe(1);
  expect(countRows(site.databasePath, 'registrations')).toBe(1);
  expect(countRows(site.databasePath, 'submission_reviews')).toBe(0);
}

describe('without a valid session every admin endpoint answers 401 with no data', () => {
  it('with no cookie at all', async () => {
    for (const endpoint of endpoints()) {
      expectRefusal(await adminRequest(app, null, endpoint), 401, ADMIN_MESSAGES.signInAgain);
    }
    expectNothingChanged();
  });

  it('with a made-up session id', async () => {
    const forged: AdminClient = { cookie: 'x'.repeat(43), csrfToken: 'y'.repeat(43) };
    for (const endpoint of endpoints()) {
      expectRefusal(await adminRequest(app, forged, endpoint), 401, ADMIN_MESSAGES.signInAgain);
    }
    expectNothingChanged();
  });

  it('30 minutes after the last request (idle expiry), with the clock moved on', async () => {
    const client = await signIn(app, SECRETARY);
    tick(IDLE_TIMEOUT_MS - 1000);
    expect((await adminRequest(app, client, endpoints()[0])).statusCode).toBe(200);
    tick(IDLE_TIMEOUT_MS + 1000);
    for (const endpoint of endpoints()) {
      expectRefusal(await adminRequest(app, client, endpoint), 401, ADMIN_MESSAGES.signInAgain);
    }
    expectNothingChanged();
  });

  it('12 hours after sign-in (absolute expiry), however busy the session', async () => {
    const client = await signIn(app, SECRETARY);
    for (let elapsed = 0; elapsed < ABSOLUTE_TIMEOUT_MS - minutes(20); elapsed += minutes(20)) {
      tick(minutes(20));
      expect((await adminRequest(app, client, endpoints()[0])).statusCode).toBe(200);
    }
    tick(minutes(25));
    for (const endpoint of endpoints()) {
      expectRefusal(await adminRequest(app, client, endpoint), 401, ADMIN_MESSAGES.signInAgain);
    }
  });

  it("with another secretary's cookie after they signed out", async () => {
    const treasurer = await signIn(app, TREASURER);
    const signOut = await adminRequest(app, treasurer, endpoints()[1]);
    expect(signOut.statusCode).toBe(200);
    // The browser is told to forget it...
    const cleared = signOut.cookies.find(({ name }) => name === SESSION_COOKIE);
    expect(cleared?.value).toBe('');
    // ...and a copy of it (stolen, or replayed by anyone) no longer works.
    for (const endpoint of endpoints()) {
      expectRefusal(await adminRequest(app, treasurer, endpoint), 401, ADMIN_MESSAGES.signInAgain);
    }
    expectNothingChanged();
  });

  it('on every device after "sign out everywhere"; other accounts stay signed in', async () => {
    const laptop = await signIn(app, SECRETARY);
    const phone = await signIn(app, SECRETARY);
    const treasurer = await signIn(app, TREASURER);
    const response = await adminRequest(app, phone, {
      method: 'POST',
      url: '/api/admin/sign-out',
      payload: { everywhere: true },
    });
    expect(response.statusCode).toBe(200);
    expect((await adminRequest(app, laptop, endpoints()[0])).statusCode).toBe(401);
    expect((await adminRequest(app, phone, endpoints()[0])).statusCode).toBe(401);
    expect((await adminRequest(app, treasurer, endpoints()[0])).statusCode).toBe(200);
  });
});

describe('a request that changes something needs the session’s CSRF token and this site’s Origin', () => {
  it('is refused with 403 and changes nothing when the token is missing', async () => {
    const client = await signIn(app, SECRETARY);
    for (const endpoint of changing()) {
      expectRefusal(
        await adminRequest(app, client, endpoint, { [CSRF_HEADER]: null }),
        403,
        ADMIN_MESSAGES.forbidden,
      );
    }
    expectNothingChanged();
    // Sign-out was refused too: the session still works.
    expect((await adminRequest(app, client, endpoints()[0])).statusCode).toBe(200);
  });

  it('is refused with 403 for a forged token, or the token of another session', async () => {
    const client = await signIn(app, SECRETARY);
    const other = await signIn(app, TREASURER);
    for (const token of ['forged', client.csrfToken.slice(0, -1) + 'A', other.csrfToken]) {
      if (token === client.csrfToken) continue;
      for (const endpoint of changing()) {
        expectRefusal(
          await adminRequest(app, client, endpoint, { [CSRF_HEADER]: token }),
          403,
          ADMIN_MESSAGES.forbidden,
        );
      }
    }
    expectNothingChanged();
  });

  it('is refused with 403 from another site, even with the right token', async () => {
    const client = await signIn(app, SECRETARY);
    const attempts: Record<string, string | null>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: null, 'sec-fetch-site': 'cross-site' },
      { origin: null },
    ];
    for (const headers of attempts) {
      for (const endpoint of changing()) {
        // The site-wide cross-site check (server/cross-site.ts) may answer before the desk's.
        expectRefusal(await adminRequest(app, client, endpoint, headers), 403, [
          ADMIN_MESSAGES.forbidden,
          CROSS_SITE_MESSAGE,
        ]);
      }
    }
    expectNothingChanged();
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const response = await postSignIn(app, SECRETARY, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.cookies).toEqual([]);
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict cookie for the admin API only, Secure behind TLS', async () => {
    const response = await postSignIn(app, SECRETARY);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find(({ name }) => name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/admin' });
    expect(cookie?.secure).toBeUndefined();
    expect(cookie?.maxAge).toBeUndefined();

    await app.close();
    app = await buildTestApp(site, { now: () => clock, trustProxy: 'loopback' });
    const behindTls = await postSignIn(app, SECRETARY, { 'x-forwarded-proto': 'https' });
    expect(behindTls.statusCode).toBe(200);
    expect(behindTls.cookies.find(({ name }) => name === SESSION_COOKIE)?.secure).toBe(true);
  });

  it('stores only a hash of the session id', async () => {
    const client = await signIn(app, SECRETARY);
    const stored = queryRows<{ id_hash: string }>(
      site.databasePath,
      'SELECT id_hash FROM admin_sessions',
    ).map((row) => row.id_hash);
    expect(stored).toEqual([sha256(client.cookie)]);
    expect(
      JSON.stringify(queryRows(site.databasePath, 'SELECT * FROM admin_sessions')),
    ).not.toContain(client.cookie);
  });

  it('gives a new session id each time, ending the one the browser had', async () => {
    const first = await signIn(app, SECRETARY);
    const again = await app.inject({
      method: 'POST',
      url: '/api/admin/sign-in',
      headers: { host: HOST, origin: `http://${HOST}` },
      cookies: { [SESSION_COOKIE]: first.cookie },
      payload: SECRETARY,
    });
    const second = again.cookies.find(({ name }) => name === SESSION_COOKIE)?.value;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first.cookie);
    expect((await adminRequest(app, first, endpoints()[0])).statusCode).toBe(401);
  });

  it('says the same for an unknown email and a wrong password', async () => {
    const unknown = await postSignIn(app, {
      email: 'nobody@example.org',
      password: 'x'.repeat(14),
    });
    const wrong = await postSignIn(app, { email: SECRETARY.email, password: 'x'.repeat(14) });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual({ message: ADMIN_MESSAGES.wrongCredentials });
    expect(wrong.json()).toEqual(unknown.json());
    expect(unknown.cookies).toEqual([]);
  });

  it('takes as long for an unknown email as for a wrong password (a dummy Argon2 check)', async () => {
    async function median(email: string) {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        await postSignIn(app, { email, password: `not the password ${run}` });
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2] ?? 0;
    }
    // Different addresses, so neither run is slowed by the other's lock-out.
    const wrong = await median(SECRETARY.email);
    const unknown = await median('nobody@example.org');
    // Without the dummy check an unknown email answers about 100 times faster.
    expect(unknown / wrong).toBeGreaterThan(0.3);
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const response = await postSignIn(app, {
      email: '  Secretary@EXAMPLE.org ',
      password: SECRETARY.password,
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('lock-out after repeated failures', () => {
  it('refuses even the right password after 5 wrong ones for that account, for 15 minutes', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await postSignIn(app, {
        email: SECRETARY.email,
        password: `wrong ${attempt}...`,
      });
      expect(response.statusCode).toBe(401);
    }
    const locked = await postSignIn(app, SECRETARY);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toEqual({ message: ADMIN_MESSAGES.lockedOut });
    expect(locked.cookies).toEqual([]);
    // From another address too: the lock is on the account.
    const elsewhere = await postSignIn(app, SECRETARY, { 'x-forwarded-for': '203.0.113.9' });
    expect(elsewhere.statusCode).toBe(429);
    // Other accounts are not locked.
    expect((await postSignIn(app, TREASURER)).statusCode).toBe(200);

    tick(minutes(15) + 1000);
    expect((await postSignIn(app, SECRETARY)).statusCode).toBe(200);
  });

  it('counts parallel guesses: a burst of 12 gets 5 password checks, the rest are refused', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        postSignIn(app, { email: SECRETARY.email, password: `parallel guess ${n}` }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([...Array<number>(5).fill(401), ...Array<number>(7).fill(429)]);
    expect((await postSignIn(app, SECRETARY)).statusCode).toBe(429);
  });

  it('does not count a successful sign-in against the address', async () => {
    for (let attempt = 0; attempt < 25; attempt++) {
      const response = await postSignIn(app, attempt % 2 ? SECRETARY : TREASURER);
      expect(response.statusCode).toBe(200);
    }
  });

  it('locks an unknown email the same way, so the lock-out does not reveal accounts', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await postSignIn(app, { email: 'nobody@example.org', password: `wrong ${attempt}...` });
    }
    const locked = await postSignIn(app, {
      email: 'nobody@example.org',
      password: 'whatever it is',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toEqual({ message: ADMIN_MESSAGES.lockedOut });
  });

  it('logs one refusal per address and lock-out, however many guesses follow', async () => {
    const refusals = () =>
      queryRows(
        site.databasePath,
        "SELECT * FROM admin_audit_log WHERE action = 'sign-in refused'",
      );
    for (let attempt = 0; attempt < 5; attempt++) {
      await postSignIn(app, { email: SECRETARY.email, password: `wrong ${attempt}...` });
    }
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await postSignIn(app, SECRETARY)).statusCode).toBe(429);
    }
    tick(minutes(10));
    expect((await postSignIn(app, SECRETARY)).statusCode).toBe(429);
    expect(refusals()).toHaveLength(1);
  });

  it('refuses a sign-in body over 16 KB before reading it, and logs nothing', async () => {
    const response = await postSignIn(app, {
      email: SECRETARY.email,
      password: 'x'.repeat(20_000),
    });
    expect(response.statusCode).toBe(413);
    expect(queryRows(site.databasePath, 'SELECT * FROM admin_audit_log')).toEqual([]);
  });

  it('refuses an address after 20 failures across accounts', async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      await postSignIn(app, { email: `guess${attempt}@example.org`, password: 'password guess' });
    }
    expect((await postSignIn(app, SECRETARY)).statusCode).toBe(429);
  });
});

describe('the desk', () => {
  let client: AdminClient;
  beforeEach(async () => {
    client = await signIn(app, SECRETARY);
  });

  it('lists submissions newest first, searches by name or email, filters by status and event', async () => {
    tick(1000);
    await postMembership(
      app,
      validApplication({ fullName: 'Ana 100%_Flores', email: 'ana@example.net' }),
    );
    const list = async (payload: Record<string, unknown>) => {
      const response = await adminRequest(app, client, {
        method: 'POST',
        url: '/api/admin/submissions',
        payload,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      return response.json<{
        items: { fullName: string; eventSlug: string | null }[];
        total: number;
      }>();
    };
    const names = async (payload: Record<string, unknown>) =>
      (await list(payload)).items.map((item) => item.fullName);

    expect(await names({ kind: 'memberships' })).toEqual([
      'Ana 100%_Flores',
      '=HYPERLINK("http://evil")',
    ]);
    expect(await names({ kind: 'memberships', query: 'rosa@EXAMPLE' })).toEqual([
      '=HYPERLINK("http://evil")',
    ]);
    expect(await names({ kind: 'memberships', query: 'flores' })).toEqual(['Ana 100%_Flores']);
    // % and _ are letters to search for, not wildcards.
    expect(await names({ kind: 'memberships', query: '0%_F' })).toEqual(['Ana 100%_Flores']);
    expect(await names({ kind: 'memberships', query: '%' })).toEqual(['Ana 100%_Flores']);
    expect(await names({ kind: 'memberships', status: 'processed' })).toEqual([]);
    expect(await names({ kind: 'registrations', event: 'annual-conference-2030' })).toEqual([
      'Rosa Huamán',
    ]);
    expect(await names({ kind: 'registrations', event: 'another-event' })).toEqual([]);
    // Accents and case are ignored either way round.
    expect(await names({ kind: 'registrations', query: 'HUAMAN' })).toEqual(['Rosa Huamán']);
    expect(await names({ kind: 'memberships', query: 'flóres' })).toEqual(['Ana 100%_Flores']);

    const refused = await adminRequest(app, client, {
      method: 'POST',
      url: '/api/admin/submissions',
      payload: { kind: 'passwords' },
    });
    expect(refused.statusCode).toBe(400);
  });

  it('pages the list 20 at a time', async () => {
    for (let n = 0; n < 22; n++) {
      tick(1000);
      await postMembership(
        app,
        validApplication({ fullName: `Supporter ${n}`, email: `s${n}@example.org` }),
      );
    }
    const page = async (number: number) =>
      (
        await adminRequest(app, client, {
          method: 'POST',
          url: '/api/admin/submissions',
          payload: { kind: 'memberships', page: number },
        })
      ).json<{ items: { fullName: string }[]; total: number; pageSize: number }>();
    const first = await page(1);
    expect(first.total).toBe(23);
    expect(first.items).toHaveLength(20);
    expect(first.items[0]?.fullName).toBe('Supporter 21');
    const second = await page(2);
    expect(second.items.map((item) => item.fullName)).toEqual([
      'Supporter 1',
      'Supporter 0',
      '=HYPERLINK("http://evil")',
    ]);
  });

  it('shows a submission, and marks it processed with who and when, once', async () => {
    const detail = await adminRequest(app, client, {
      method: 'GET',
      url: `/api/admin/submissions/${membershipRef}`,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      reference: membershipRef,
      processedAt: null,
      fields: expect.arrayContaining([{ label: 'Town or city', value: 'London' }]),
    });

    tick(minutes(5));
    const marked = await adminRequest(app, client, {
      method: 'POST',
      url: `/api/admin/submissions/${membershipRef}/processed`,
    });
    expect(marked.statusCode).toBe(200);
    const when = clock.toISOString();
    expect(marked.json()).toEqual({ processedAt: when, processedBy: SECRETARY.email });

    // The treasurer marking it again changes neither who nor when.
    const treasurer = await signIn(app, TREASURER);
    tick(minutes(5));
    const again = await adminRequest(app, treasurer, {
      method: 'POST',
      url: `/api/admin/submissions/${membershipRef}/processed`,
    });
    expect(again.json()).toEqual({ processedAt: when, processedBy: SECRETARY.email });

    const missing = await adminRequest(app, client, {
      method: 'POST',
      url: '/api/admin/submissions/PSG-M-AAAAAAAA/processed',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('shows the consent wording of an application sent from a Spanish page as stored', async () => {
    const sent = await postMembership(
      app,
      validApplication({ email: 'lucia@example.org', newsletter: true, giftAid: true }),
      undefined,
      'es',
    );
    const reference = sent.json<{ reference: string }>().reference;
    const [stored] = queryRows<Record<string, string>>(
      site.databasePath,
      'SELECT newsletter_consent_text, gift_aid_declaration_text FROM memberships WHERE reference = ?',
      reference,
    );

    const detail = await adminRequest(app, client, {
      method: 'GET',
      url: `/api/admin/submissions/${reference}`,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ fields: unknown[] }>().fields).toEqual(
      expect.arrayContaining([
        { label: 'Form language', value: 'Spanish' },
        { label: 'Newsletter consent wording', value: spanish._(NEWSLETTER_CONSENT) },
        { label: 'Gift Aid declaration wording', value: spanish._(GIFT_AID_DECLARATION) },
      ]),
    );
    expect(stored).toEqual({
      newsletter_consent_text: spanish._(NEWSLETTER_CONSENT),
      gift_aid_declaration_text: spanish._(GIFT_AID_DECLARATION),
    });
  });

  it('downloads the same CSV as npm run export, formulas neutralised', async () => {
    const response = await adminRequest(app, client, {
      method: 'POST',
      url: '/api/admin/exports/memberships',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="memberships-2030-10-01.csv"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const db = openDatabase(site.databasePath);
    try {
      expect(response.body).toBe(exportSubmissionsCsv(db, 'memberships', null).csv);
    } finally {
      db.close();
    }
    expect(response.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it("erases one person's records of both kinds in one go and gives a receipt", async () => {
    tick(1000);
    await postMembership(
      app,
      validApplication({ fullName: 'Someone Else', email: 'else@example.org' }),
    );
    await adminRequest(app, client, {
      method: 'POST',
      url: `/api/admin/submissions/${membershipRef}/processed`,
    });

    const preview = await adminRequest(app, client, {
      method: 'GET',
      url: `/api/admin/submissions/${registrationRef}/same-person`,
    });
    expect(preview.json()).toEqual({
      email: 'rosa@example.com',
      records: [
        expect.objectContaining({ reference: membershipRef, kind: 'memberships' }),
        expect.objectContaining({ reference: registrationRef, kind: 'registrations' }),
      ],
    });

    const erased = await adminRequest(app, client, {
      method: 'POST',
      url: `/api/admin/submissions/${registrationRef}/erase`,
    });
    expect(erased.statusCode).toBe(200);
    const receipt = erased.json<{ receipt: number; erasedAt: string; references: string[] }>();
    expect(receipt).toEqual({
      receipt: expect.any(Number),
      erasedAt: clock.toISOString(),
      references: [membershipRef, registrationRef],
    });

    const everything = JSON.stringify(
      [
        'memberships',
        'registrations',
        'submission_reviews',
        'idempotency_records',
        'admin_audit_log',
      ].map((table) => queryRows(site.databasePath, `SELECT * FROM ${table}`)),
    );
    expect(everything).not.toMatch(/rosa@example\.com|HYPERLINK|Huamán/i);
    expect(everything).not.toContain(`"reference":"${membershipRef}"`);
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
    expect(countRows(site.databasePath, 'submission_reviews')).toBe(0);

    const gone = await adminRequest(app, client, {
      method: 'POST',
      url: `/api/admin/submissions/${registrationRef}/erase`,
    });
    expect(gone.statusCode).toBe(404);
  });

  it('keeps an audit log of sign-ins, exports, status changes and erasures, shown newest first', async () => {
    await postSignIn(app, { email: SECRETARY.email, password: 'not my password' });
    await adminRequest(app, client, {
      method: 'POST',
      url: `/api/admin/submissions/${membershipRef}/processed`,
    });
    await adminRequest(app, client, { method: 'POST', url: '/api/admin/exports/registrations' });
    await adminRequest(app, client, {
      method: 'POST',
      url: `/api/admin/submissions/${membershipRef}/erase`,
    });
    const response = await adminRequest(app, client, { method: 'GET', url: '/api/admin/audit' });
    expect(response.statusCode).toBe(200);
    const { entries } = response.json<{
      entries: { action: string; actor: string | null; detail: string; address: string }[];
    }>();
    expect(entries.map(({ action, actor, detail }) => [action, actor, detail])).toEqual([
      ['erasure', SECRETARY.email, `Erased 2 records: ${membershipRef}, ${registrationRef}`],
      ['export', SECRETARY.email, 'registrations: 1 row'],
      ['marked processed', SECRETARY.email, membershipRef],
      ['sign-in failed', SECRETARY.email, 'Wrong password'],
      ['sign-in', SECRETARY.email, 'Signed in'],
    ]);
    expect(new Set(entries.map(({ address }) => address))).toEqual(new Set(['127.0.0.1']));
  });
});

describe('the /admin page', () => {
  it('is never cached and not for search engines', async () => {
    writeFileSync(join(site.distDir, 'admin.html'), '<!doctype html><title>Desk</title>');
    for (const url of ['/admin', '/admin/memberships/PSG-M-AAAAAAAA', '/admin.html']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>Desk</title>');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
    }
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.headers['x-robots-tag']).toBeUndefined();
  });
});
