// @vitest-environment node
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loggerOptions } from './logging.ts';
import { postMembership, validApplication } from './test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';

let site: TempSite;

beforeEach(() => {
  site = createTempSite();
});

afterEach(() => {
  site.remove();
});

describe('the server’s log', () => {
  it('is one JSON object a line, each request line with its id, never a name, email or body', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const app = await buildTestApp(site, { logger: loggerOptions('trace', stream) });
    const fullName = 'Ximena Logtest';
    const email = 'ximena.logtest@example.com';
    try {
      expect((await postMembership(app, validApplication({ fullName, email }))).statusCode).toBe(
        201,
      );
      expect(
        (await postMembership(app, validApplication({ fullName, email: 'nope' }))).statusCode,
      ).toBe(422);
      const broken = await app.inject({
        method: 'POST',
        url: '/api/memberships',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        payload: `{"fullName": "${fullName}", "email": "${email}"`,
      });
      expect(broken.statusCode).toBe(400);
      await app.inject(`/search?q=${encodeURIComponent(fullName)}`);
    } finally {
      await app.close();
    }

    const lines = text.trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = entries.filter((entry) => entry.req ?? entry.res);
    expect(requestLines.length).toBeGreaterThanOrEqual(8);
    for (const entry of requestLines) expect(entry.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(requestLines.map((entry) => entry.reqId)).size).toBe(4);
    expect(requestLines).toContainEqual(
      expect.objectContaining({ req: { method: 'GET', path: '/search' } }),
    );
    for (const secret of [fullName, 'Ximena', email, 'logtest', 'Tavistock']) {
      expect(text).not.toContain(secret);
    }
  });
});
