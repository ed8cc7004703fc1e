// @vitest-environment node
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, postMembership, validApplication } from '../test-support/api-requests.ts';
import { openSocket, readResponse } from '../test-support/raw-http.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';

let site: TempSite;
let app: FastifyInstance | undefined;

beforeEach(() => {
  site = createTempSite();
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  site.remove();
});

async function start(options: Parameters<typeof buildTestApp>[1] = {}) {
  app = await buildTestApp(site, options);
  return app;
}

function postRaw(server: FastifyInstance, headers: Record<string, string>, payload: string) {
  return server.inject({
    method: 'POST',
    url: '/api/memberships',
    headers: { 'idempotency-key': randomUUID(), ...headers },
    payload,
  });
}

describe('requests the API cannot read', () => {
  it('answers 413 for a body over 16 KB', async () => {
    const server = await start();
    const response = await postMembership(
      server,
      validApplication({ fullName: 'x'.repeat(17_000) }),
    );

    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      message: 'The request is too large: send at most 16 KB of JSON.',
    });
  });

  it('reads a body just under 16 KB (and then judges its fields)', async () => {
    const server = await start();
    const body = JSON.stringify(validApplication({ fullName: 'x'.repeat(15_000) }));
    const response = await postRaw(server, { 'content-type': 'application/json' }, body);

    expect(response.statusCode).toBe(422);
  });

  it('answers 400 for malformed JSON', async () => {
    const server = await start();
    const response = await postRaw(server, { 'content-type': 'application/json' }, '{"fullName":');

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ message: 'The request body is not valid JSON.' });
  });

  it('answers 400 for an empty JSON body', async () => {
    const server = await start();
    const response = await postRaw(server, { 'content-type': 'application/json' }, '');

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: 'The request body is empty: send the answers as a JSON object.',
    });
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['application/jsonp']])(
    'answers 415 for Content-Type %s',
    async (contentType) => {
      const server = await start();
      const response = await postRaw(
        server,
        { 'content-type': contentType },
        JSON.stringify(validApplication()),
      );

      expect(response.statusCode).toBe(415);
      expect(response.json()).toEqual({
        message: 'Send the answers as JSON, with Content-Type: application/json.',
      });
      expect(countRows(site.databasePath, 'memberships')).toBe(0);
    },
  );

  it('answers 415 when there is no Content-Type', async () => {
    const server = await start();
    const response = await server.inject({
      method: 'POST',
      url: '/api/memberships',
      headers: { 'idempotency-key': randomUUID() },
    });

    expect(response.statusCode).toBe(415);
  });

  it('accepts JSON with a charset parameter', async () => {
    const server = await start();
    const response = await postRaw(
      server,
      { 'content-type': 'Application/JSON; charset=utf-8' },
      JSON.stringify(validApplication()),
    );

    expect(response.statusCode).toBe(201);
  });
});

describe('the Idempotency-Key header', () => {
  const MISSING = {
    message:
      'Send an Idempotency-Key header holding a UUID, the same one for every retry of this submission.',
  };

  it('is required: 400 without it, even before the answers are checked', async () => {
    const server = await start();
    const response = await server.inject({
      method: 'POST',
      url: '/api/memberships',
      payload: validApplication({ email: 'nope' }),
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(MISSING);
    expect(countRows(site.databasePath, 'memberships')).toBe(0);
  });

  it.each([['abc'], [''], ['123e4567-e89b-12d3-a456']])(
    'must be a UUID: 400 for %j',
    async (key) => {
      const server = await start();
      const response = await postMembership(server, validApplication(), key);

      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual(MISSING);
    },
  );

  it('is the same key whatever its letter case', async () => {
    const server = await start();
    const key = randomUUID();
    const first = await postMembership(server, validApplication(), key);
    const retry = await postMembership(server, validApplication(), key.toUpperCase());

    expect(retry.body).toBe(first.body);
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
  });
});

describe('rate limit', () => {
  it('answers 429 with a message once a client passes the limit, on /api only', async () => {
    const server = await start({ rateLimit: { max: 3, timeWindow: 60_000 } });
    const allowed = [];
    for (let index = 0; index < 3; index++) {
      allowed.push((await postMembership(server, validApplication())).statusCode);
    }
    const limited = await postMembership(server, validApplication());
    const page = await server.inject('/join');

    expect(allowed).toEqual([201, 201, 201]);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      message: 'Too many submissions from your connection. Wait 1 minute and try again.',
    });
    expect(limited.headers['retry-after']).toBeDefined();
    expect(page.statusCode).toBe(200);
    expect(countRows(site.databasePath, 'memberships')).toBe(3);
  });

  it('is on by default at 30 a minute', async () => {
    const server = await start({ rateLimit: undefined });
    const statuses: number[] = [];
    for (let index = 0; index < 31; index++) {
      statuses.push((await postMembership(server, validApplication({ email: 'bad' }))).statusCode);
    }

    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(422));
    expect(statuses[30]).toBe(429);
  });
});

describe('behind a reverse proxy', () => {
  it('trusts only the hops it is told to: a client cannot choose its address to escape the limit', async () => {
    // One proxy in front: the address it appends is the visitor's; what the client wrote
    // before it is ignored.
    const server = await start({ rateLimit: { max: 2, timeWindow: 60_000 }, trustProxy: 1 });
    const statuses: number[] = [];
    for (let index = 1; index <= 4; index++) {
      const response = await server.inject({
        method: 'POST',
        url: '/api/memberships',
        headers: {
          'idempotency-key': randomUUID(),
          'x-forwarded-for': `203.0.113.${index}, 198.51.100.7`,
        },
        payload: validApplication(),
      });
      statuses.push(response.statusCode);
    }

    expect(statuses).toEqual([201, 201, 429, 429]);
  });
});

describe('slow clients', () => {
  it('answers 408 and closes a request whose body trickles in past the time limit', async () => {
    const server = await start({ requestTimeoutMs: 500 });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as { port: number };
    const socket = await openSocket(port);
    const response = readResponse(socket);
    const body = JSON.stringify(validApplication());
    socket.write(
      'POST /api/memberships HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n' +
        `idempotency-key: ${randomUUID()}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    // One byte every 50 ms: never idle, but the whole body would take about 10 s.
    let sent = 0;
    const drip = setInterval(() => {
      if (!socket.writable || sent >= body.length) return clearInterval(drip);
      socket.write(body[sent++] ?? '');
    }, 50);

    const { status } = await response;
    clearInterval(drip);

    expect(status).toBe(408);
    expect(sent).toBeLessThan(body.length);
    expect(countRows(site.databasePath, 'memberships')).toBe(0);
  });
});

describe('failures on our side', () => {
  it('answers 500 with a plain message when a content file is broken', async () => {
    site.writeEvents([{ slug: 'Not A Slug' }]);
    const server = await start();
    const response = await server.inject({
      method: 'POST',
      url: '/api/events/anything/registrations',
      headers: { 'idempotency-key': randomUUID() },
      payload: {},
    });

    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      message:
        'Something went wrong on our side and your details were not saved. Please try again in a few minutes.',
    });
  });
});
