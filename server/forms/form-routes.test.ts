// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, queryRows } from '../test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';
import { testEvent } from '../test-support/test-event.ts';
import { translator } from '../messages.ts';
import { EXPIRED_MESSAGE, TOO_LARGE_MESSAGE } from './form-routes.ts';
import { CROSS_SITE_MESSAGE } from '../cross-site.ts';
import {
  GIFT_AID_DECLARATION,
  NEWSLETTER_CONSENT,
} from '../../src/features/membership/membership-application-schema.ts';
import { testI18n } from '../../tests/support/test-i18n.ts';

const SLUG = 'annual-conference-2030';
const BEFORE_START = new Date('2030-10-01T09:00:00.000Z');

type Fields = Record<string, string>;

const FORMS = [
  {
    name: 'membership',
    form: '/join',
    table: 'memberships',
    valid: {
      fullName: 'Martín Quispe',
      email: 'martin@example.com',
      addressLine1: '29 Tavistock Square',
      addressLine2: '',
      town: 'London',
      postcode: 'wc1h9qu',
      country: 'United Kingdom',
      membershipType: 'individual',
      paymentMethod: 'standing-order',
      newsletter: 'on',
      website: '',
    } as Fields,
    emptyErrors: [
      ['#fullName', 'Enter your full name'],
      ['#email', 'Enter your email address'],
      ['#addressLine1', 'Enter the first line of your address'],
      ['#town', 'Enter your town or city'],
      ['#postcode', 'Enter your postcode'],
      ['#membershipType', 'Select a type of membership'],
      ['#paymentMethod', 'Select how you will pay'],
    ],
    checkTitle: 'Check your answers before sending your application',
    /** What a browser posts for the form as it opens. */
    untouched: { country: 'United Kingdom' } as Fields,
    unknownChoice: { membershipType: 'platinum' },
  },
  {
    name: 'registration',
    form: `/events/${SLUG}/register`,
    table: 'registrations',
    valid: {
      fullName: 'Rosa Huamán',
      email: 'rosa@example.com',
      attendance: 'non-member',
      needs: 'Vegetarian lunch',
      website: '',
    } as Fields,
    emptyErrors: [
      ['#fullName', 'Enter your full name'],
      ['#email', 'Enter your email address'],
      ['#attendance', 'Select whether you are a member, a concession or a non-member'],
    ],
    checkTitle: 'Check your answers before registering',
    untouched: {} as Fields,
    unknownChoice: { attendance: 'vip' },
  },
] as const;

let site: TempSite;
let app: FastifyInstance | undefined;
let clock: Date;

beforeEach(() => {
  site = createTempSite({ allContent: true });
  site.writeEvents([testEvent()]);
  clock = BEFORE_START;
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  site.remove();
});

async function start(options: Parameters<typeof buildTestApp>[1] = {}) {
  app = await buildTestApp(site, { now: () => clock, ...options });
  return app;
}

function post(
  server: FastifyInstance,
  url: string,
  body: Fields | string,
  headers: Record<string, string> = {},
) {
  return server.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: typeof body === 'string' ? body : new URLSearchParams(body).toString(),
  });
}

/** Text or an attribute's value as React escapes it in HTML, unescaped. */
function unescapeHtml(html: string): string {
  return html
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The hidden inputs of a page, as the browser would post them. */
function hiddenFields(html: string): Fields {
  const fields: Fields = {};
  for (const match of html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)) {
    fields[match[1] ?? ''] = unescapeHtml(match[2] ?? '');
  }
  return fields;
}

/** The text of the label of the input with this id, as the page shows it. */
function labelText(html: string, id: string): string | undefined {
  const text = new RegExp(`<label [^>]*for="${id}"[^>]*>([^<]*)</label>`).exec(html)?.[1];
  return text === undefined ? undefined : unescapeHtml(text);
}

/** The error summary's entries: [link target, message]. */
function summaryLinks(html: string): string[][] {
  const list = /class="error-summary__list">(.*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li>(?:<a href="([^"]*)">)?([^<]*)/g)].map((match) =>
    match[1] ? [match[1], match[2] ?? ''] : [match[2] ?? ''],
  );
}

function title(html: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
}

describe.each(FORMS)('the $name form without JavaScript', (form) => {
  const checkAnswers = `${form.form}/check-answers`;
  const confirmation = `${form.form}/confirmation`;

  it('answers an empty form with the error summary linking each field, and inline messages', async () => {
    const server = await start();
    const response = await post(server, checkAnswers, form.untouched);

    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(title(response.body)).toMatch(/^Error: /);
    expect(summaryLinks(response.body)).toEqual(form.emptyErrors);
    expect(response.body).toContain('aria-invalid="true"');
    // A plain page: no script to hydrate it with an empty draft, and nothing inline for the CSP.
    expect(response.body).not.toContain('<script');
    expect(response.body).not.toMatch(/ style=| on[a-z]+=/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(countRows(site.databasePath, form.table)).toBe(0);
  });

  it('keeps every answer when one is wrong', async () => {
    const server = await start();
    const response = await post(server, checkAnswers, { ...form.valid, email: 'not-an-email' });

    expect(response.statusCode).toBe(422);
    expect(summaryLinks(response.body)).toEqual([
      ['#email', 'Enter an email address in the correct format, like name@example.com'],
    ]);
    expect(response.body).toContain(`value="${form.valid.fullName}"`);
    expect(response.body).toContain('value="not-an-email"');
  });

  it.each([
    ['a value the content does not offer', form.unknownChoice],
    ['an answer far too long', { fullName: 'x'.repeat(5000) }],
    ['a repeated field', 'fullName=A&fullName=B&email=x'],
    ['a malformed escape', 'fullName=%E0%A4%A&email=%'],
    ['an empty body', ''],
    ['fields the form does not have', { ...form.valid, fullName: '', admin: 'true' }],
  ])('answers %s with the page and its errors, never a 500', async (_label, change) => {
    const server = await start();
    const body = typeof change === 'string' ? change : { ...form.valid, ...change };
    const response = await post(server, checkAnswers, body);

    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('There is a problem');
    expect(summaryLinks(response.body).length).toBeGreaterThan(0);
    expect(countRows(site.databasePath, form.table)).toBe(0);
  });

  it.each([
    ['text/plain', 'fullName=x'],
    ['application/json', '{"fullName": ['],
    ['multipart/form-data; boundary=x', '--x--'],
  ])('answers a %s body with the form and a message, never a 500', async (type, payload) => {
    const server = await start();
    const response = await server.inject({
      method: 'POST',
      url: checkAnswers,
      headers: { 'content-type': type },
      payload,
    });

    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('There is a problem');
  });

  it('refuses a body over 16 KB with a page saying so', async () => {
    const server = await start();
    const response = await post(server, checkAnswers, {
      ...form.valid,
      fullName: 'x'.repeat(17_000),
    });

    expect(response.statusCode).toBe(413);
    expect(response.body).toContain((await translator('en'))(TOO_LARGE_MESSAGE, { size: 16 }));
  });

  it('checks answers, then stores them once with a 303 to the confirmation', async () => {
    const server = await start();
    const checked = await post(server, checkAnswers, form.valid);
    expect(checked.statusCode).toBe(200);
    expect(title(checked.body)).toContain(form.checkTitle);
    const hidden = hiddenFields(checked.body);
    expect(Object.keys(hidden).sort()).toEqual([
      'answers',
      'idempotencyKey',
      'issued',
      'signature',
    ]);

    const sent = await post(server, confirmation, hidden);
    expect(sent.statusCode).toBe(303);
    // Nothing from the answers, and not even the reference, goes into the address.
    expect(sent.headers.location).toBe(confirmation);
    const cookie = sent.cookies.find(({ name }) => name === 'psg-reference');
    expect(cookie).toMatchObject({ httpOnly: true, path: confirmation, sameSite: 'Lax' });

    const page = await server.inject({
      method: 'GET',
      url: confirmation,
      cookies: { 'psg-reference': cookie?.value ?? '' },
    });
    expect(page.statusCode).toBe(200);
    const [row] = queryRows<{ reference: string }>(
      site.databasePath,
      `SELECT reference FROM ${form.table}`,
    );
    expect(page.body).toContain(row?.reference);

    // A double click or a resent post: the same key, so one record and the same reference.
    const resent = await post(server, confirmation, hidden);
    expect(resent.statusCode).toBe(303);
    expect(resent.cookies.find(({ name }) => name === 'psg-reference')?.value).toBe(cookie?.value);
    expect(countRows(site.databasePath, form.table)).toBe(1);
  });

  it('refuses a forged reference cookie, leaving the confirmation to the app', async () => {
    const server = await start();
    const page = await server.inject({
      method: 'GET',
      url: confirmation,
      cookies: { 'psg-reference': 'PSG-M-AAAAAAAA.forged' },
    });
    expect(page.body).not.toContain('PSG-M-AAAAAAAA');
  });

  it.each([
    [
      'changed answers',
      (fields: Fields) => ({ ...fields, answers: fields.answers?.replace('@', '+x@') ?? '' }),
    ],
    ['a changed key', (fields: Fields) => ({ ...fields, idempotencyKey: crypto.randomUUID() })],
    ['no signature', (fields: Fields) => ({ ...fields, signature: '' })],
  ])('stores nothing for %s, and shows the form with the answers again', async (_label, tamper) => {
    const server = await start();
    const hidden = hiddenFields((await post(server, checkAnswers, form.valid)).body);
    const response = await post(server, confirmation, tamper(hidden));

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain((await translator('en'))(EXPIRED_MESSAGE));
    expect(response.body).toContain(`value="${form.valid.fullName}"`);
    expect(countRows(site.databasePath, form.table)).toBe(0);
  });

  it('does not send answers checked more than two hours ago', async () => {
    const server = await start();
    const hidden = hiddenFields((await post(server, checkAnswers, form.valid)).body);
    clock = new Date(BEFORE_START.getTime() + 2 * 60 * 60 * 1000 + 1);
    const response = await post(server, confirmation, hidden);

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain((await translator('en'))(EXPIRED_MESSAGE));
    expect(countRows(site.databasePath, form.table)).toBe(0);
  });

  it('"Change" shows the form with every answer', async () => {
    const server = await start();
    const hidden = hiddenFields((await post(server, checkAnswers, form.valid)).body);
    const response = await post(server, form.form, hidden);

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`value="${form.valid.fullName}"`);
    expect(response.body).not.toContain('There is a problem');
  });

  it.each([
    ['Sec-Fetch-Site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
    ['Origin', { origin: 'https://attacker.example' }],
    ['Origin (sandboxed)', { origin: 'null' }],
  ])('refuses a cross-site post (%s) before reading it', async (_label, headers) => {
    const server = await start();
    const hidden = hiddenFields((await post(server, checkAnswers, form.valid)).body);
    const response = await post(server, confirmation, hidden, headers);

    expect(response.statusCode).toBe(403);
    expect(response.body).toContain(CROSS_SITE_MESSAGE);
    expect(countRows(site.databasePath, form.table)).toBe(0);
  });

  it('accepts a post from its own pages', async () => {
    const server = await start();
    const host = 'psg.example';
    const sameOrigin = { host, 'sec-fetch-site': 'same-origin', origin: `https://${host}` };
    const hidden = hiddenFields((await post(server, checkAnswers, form.valid, sameOrigin)).body);
    // An older browser: Origin only.
    const response = await post(server, confirmation, hidden, { host, origin: `https://${host}` });

    expect(response.statusCode).toBe(303);
    expect(countRows(site.databasePath, form.table)).toBe(1);
  });

  it('limits posts per connection like the API, with a page saying so', async () => {
    const server = await start({ rateLimit: { max: 2, timeWindow: 60_000 } });
    await post(server, checkAnswers, {});
    await post(server, checkAnswers, {});
    const third = await post(server, checkAnswers, form.valid);

    expect(third.statusCode).toBe(429);
    expect(third.body).toContain('Too many submissions from your connection');
  });
});

describe('registration without JavaScript, once nobody more can register', () => {
  const form = FORMS[1];

  it('says the event is full when its last place went meanwhile', async () => {
    site.writeEvents([testEvent({ capacity: 1 })]);
    const server = await start();
    const first = hiddenFields((await post(server, `${form.form}/check-answers`, form.valid)).body);
    const second = hiddenFields(
      (await post(server, `${form.form}/check-answers`, { ...form.valid, fullName: 'Ana' })).body,
    );
    expect((await post(server, `${form.form}/confirmation`, first)).statusCode).toBe(303);
    const response = await post(server, `${form.form}/confirmation`, second);

    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('This event is full');
    expect(countRows(site.databasePath, 'registrations')).toBe(1);
  });

  it('says registration is closed once the event has started', async () => {
    clock = new Date('2030-11-07T10:30:00Z');
    const server = await start();
    const hidden = hiddenFields(
      (await post(server, `${form.form}/check-answers`, form.valid)).body,
    );
    clock = new Date('2030-11-07T11:00:00Z');
    const sent = await post(server, `${form.form}/confirmation`, hidden);
    const checked = await post(server, `${form.form}/check-answers`, form.valid);

    for (const response of [sent, checked]) {
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Registration is closed');
    }
    expect(countRows(site.databasePath, 'registrations')).toBe(0);
  });

  it('answers 404 for an event that does not exist', async () => {
    const server = await start();
    const response = await post(server, '/events/no-such-event/register/check-answers', form.valid);

    expect(response.statusCode).toBe(404);
  });
});

describe('the JSON API', () => {
  it('refuses a cross-site call too', async () => {
    const server = await start();
    const response = await server.inject({
      method: 'POST',
      url: '/api/memberships',
      headers: { 'sec-fetch-site': 'cross-site', 'idempotency-key': crypto.randomUUID() },
      payload: {},
    });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ message: CROSS_SITE_MESSAGE });
  });
});

describe.each([
  { locale: 'en', join: '/join' },
  { locale: 'es', join: '/es/join' },
] as const)('the join form without JavaScript at $join', ({ locale, join }) => {
  it('stores the consent and declaration in the words its page showed, and their language', async () => {
    const server = await start();
    const page = await post(server, join, {});
    const shown = {
      newsletter: labelText(page.body, 'newsletter'),
      giftAid: labelText(page.body, 'giftAid'),
    };
    // The page shows the catalog's words in its language (not the other language's).
    const catalog = testI18n(locale);
    expect(shown).toEqual({
      newsletter: catalog._(NEWSLETTER_CONSENT),
      giftAid: catalog._(GIFT_AID_DECLARATION),
    });
    const other = testI18n(locale === 'es' ? 'en' : 'es');
    expect(shown.newsletter).not.toBe(other._(NEWSLETTER_CONSENT));

    const checked = await post(server, `${join}/check-answers`, {
      ...FORMS[0].valid,
      newsletter: 'on',
      giftAid: 'on',
    });
    expect(checked.statusCode).toBe(200);
    const sent = await post(server, `${join}/confirmation`, hiddenFields(checked.body));
    expect(sent.statusCode).toBe(303);

    expect(
      queryRows(
        site.databasePath,
        'SELECT locale, newsletter_consent_text, gift_aid_declaration_text FROM memberships',
      ),
    ).toEqual([
      {
        locale,
        newsletter_consent_text: shown.newsletter,
        gift_aid_declaration_text: shown.giftAid,
      },
    ]);
  });
});

describe('the forms without JavaScript on Spanish pages', () => {
  it('answer in Spanish at Spanish addresses, from the errors to the confirmation', async () => {
    const server = await start();
    const english = await translator('en');
    const spanish = await translator('es');
    const empty = await post(server, '/es/join/check-answers', { country: 'United Kingdom' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('<html lang="es">');
    // The page posts on to its Spanish address, so the next answer is Spanish too.
    expect(empty.body).toContain('action="/es/join/check-answers"');
    expect(summaryLinks(empty.body).length).toBeGreaterThan(0);
    for (const [, message] of summaryLinks(empty.body)) {
      expect(FORMS[0].emptyErrors.map(([, text]) => text)).not.toContain(message);
    }

    const checked = await post(server, '/es/join/check-answers', FORMS[0].valid);
    expect(checked.statusCode).toBe(200);
    expect(checked.body).toContain('action="/es/join/confirmation"');
    const hidden = hiddenFields(checked.body);
    const expired = await post(server, '/es/join/confirmation', { ...hidden, signature: 'x' });
    expect(expired.statusCode).toBe(400);
    expect(expired.body).toContain(spanish(EXPIRED_MESSAGE));
    expect(spanish(EXPIRED_MESSAGE)).not.toBe(english(EXPIRED_MESSAGE));

    const sent = await post(server, '/es/join/confirmation', hidden);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/es/join/confirmation');
    const cookie = sent.cookies.find(({ name }) => name === 'psg-reference');
    const page = await server.inject({
      method: 'GET',
      url: '/es/join/confirmation',
      cookies: { 'psg-reference': cookie?.value ?? '' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="es">');
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
  });

  it('answer a post the server refuses in the language of the page it came from', async () => {
    const server = await start();
    const spanish = await translator('es');
    const response = await post(server, '/es/join/check-answers', `fullName=${'x'.repeat(20_000)}`);
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('<html lang="es">');
    expect(response.body).toContain(spanish(TOO_LARGE_MESSAGE, { size: 16 }));
  });
});
