// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_CONTROL, HSTS_HEADER, SECURITY_HEADERS } from './http-headers.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';

const root = resolve(import.meta.dirname, '..');
let site: TempSite;
let app: FastifyInstance;

beforeEach(async () => {
  site = createTempSite();
  // The proxy on this machine (loopback) may say the visitor came over https.
  app = await buildTestApp(site, { trustProxy: 'loopback' });
});

afterEach(async () => {
  await app.close();
  site.remove();
});

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

describe('security headers', () => {
  it.each([
    ['a page', '/'],
    ['an asset', '/assets/index-abc123.js'],
    ['a missing file', '/content/nope.json'],
    ['an API refusal', '/api/memberships'],
    ['the framework’s own 400 for a broken address', '/news/%E0%A4%A'],
  ])('are on %s, Permissions-Policy included', async (_what, url) => {
    const response = await app.inject(url);

    expect(response.headers).toMatchObject(lower(SECURITY_HEADERS));
    expect(response.headers['permissions-policy']).toContain('camera=()');
  });

  it('sends HSTS only when the request came over TLS', async () => {
    const plain = await app.inject('/');
    const viaTlsProxy = await app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } });

    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(viaTlsProxy.headers['strict-transport-security']).toBe(HSTS_HEADER.value);
  });

  it('does not take https from a client that is not a trusted proxy', async () => {
    const direct = await buildTestApp(site);
    try {
      const response = await direct.inject({
        url: '/',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await direct.close();
    }
  });
});

/** The headers a `_headers` file gives a path: every matching rule, repeated names comma-joined. */
function headersFromFile(text: string, path: string): Record<string, string> {
  const result: Record<string, string> = {};
  let matches = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(
        `^${line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
      );
      matches = pattern.test(path);
      continue;
    }
    if (!matches) continue;
    const [name, ...value] = line.trim().split(': ');
    const key = name!.toLowerCase();
    result[key] = result[key] ? `${result[key]}, ${value.join(': ')}` : value.join(': ');
  }
  return result;
}

/** Headers about this response's bytes and connection, which no static host copies. */
const TRANSPORT_HEADERS = new Set([
  'accept-ranges',
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'etag',
  'keep-alive',
  'last-modified',
  'transfer-encoding',
  'vary',
]);

describe('dist/_headers for static hosts', () => {
  it('gives each path the headers the server sends over https', async () => {
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/static-headers.ts', site.distDir],
      { cwd: root },
    );
    const file = readFileSync(join(site.distDir, '_headers'), 'utf8');

    for (const path of ['/', '/assets/index-abc123.js', '/content/events.json']) {
      const response = await app.inject({ url: path, headers: { 'x-forwarded-proto': 'https' } });
      expect(response.statusCode, path).toBe(200);
      const sent = Object.fromEntries(
        Object.entries(response.headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)),
      );
      const fromFile = headersFromFile(file, path);
      const { 'cache-control': cacheControl, ...rest } = fromFile;

      expect(rest, path).toEqual(sent);
      if (path.startsWith('/assets/')) {
        expect(cacheControl, path).toBe(response.headers['cache-control']);
      } else {
        // The file leaves these to the host, whose default is to revalidate each time.
        expect(cacheControl, path).toBeUndefined();
        expect(response.headers['cache-control'], path).toBe(DEFAULT_CACHE_CONTROL);
      }
    }
  }, 30_000);
});
