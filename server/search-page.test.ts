// @vitest-environment node
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedPage } from '../src/app/render-page.tsx';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';

const NO_SCRIPT_MESSAGE = 'Search needs JavaScript on this copy of the site';

let site: TempSite;
let app: FastifyInstance;

beforeAll(async () => {
  site = createTempSite();
  // The index the content build wrote (the test setup runs it), and an app template.
  cpSync(resolve('public/content/search'), join(site.contentDir, 'search'), { recursive: true });
  writeFileSync(
    join(site.distDir, 'app.html'),
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>',
  );
  mkdirSync(join(site.distDir, 'search'));
  writeFileSync(join(site.distDir, 'search', 'index.html'), '<!doctype html><p>Prerendered');
  app = await buildTestApp(site);
});

afterAll(async () => {
  await app.close();
  site.remove();
});

describe('GET /search on the server', () => {
  it('renders the results into the page, with the words marked, for browsers without JavaScript', async () => {
    const response = await app.inject('/search?q=bambas');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toMatch(/\d+ results? for “bambas”/);
    expect(response.body).toContain('href="/news/violence-at-las-bambas-again"');
    expect(response.body).toContain('<mark>Bambas</mark>');
    expect(response.body).toContain('<title>Search: bambas');
    // It searches here, so it must not say that search needs JavaScript.
    expect(response.body).not.toContain(NO_SCRIPT_MESSAGE);
    // The browser hydrates from the results in the page rather than searching again.
    expect(response.body).toContain('"queryKey":["search","results","bambas",1]');
  });

  it('searches on Spanish pages too, in Spanish, with the English results marked as such', async () => {
    const response = await app.inject('/es/search?q=bambas');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="es">');
    expect(response.body).toContain('href="/es/news/violence-at-las-bambas-again"');
    expect(response.body).toContain('<mark>Bambas</mark>');
    expect(response.body).toContain('lang="en"');
    expect(response.body).toContain('Disponible solo en inglés.');
    expect(response.body).not.toMatch(/\d+ results? for/);
  });

  it('finds "Martín" by "martin" and says when nothing matches', async () => {
    const martin = await app.inject('/search?q=martin');
    expect(martin.body).toContain('<mark>Martín</mark>');
    const none = await app.inject('/search?q=xylophone');
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain('No results for “xylophone”.');
  });

  it('answers odd queries with a page, never an error', async () => {
    const queries = [
      '',
      '?q=',
      '?q=%20%20',
      '?q=%',
      '?q=%E0%A4%A',
      '?q=%ZZ%25',
      `?q=${'mining%20'.repeat(600)}`,
      `?q=${'x'.repeat(6000)}`,
      '?q=Per%C3%BA',
      '?q=%E6%97%A5%E6%9C%AC%E8%AA%9E',
      '?q=%F0%9F%98%80%20peru',
      '?q=%00%01%02',
      '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?q=a&q=b',
      '?q[]=peru',
      '?q=peru&page=-1',
      '?q=peru&page=abc',
      '?q=peru&page=99999999999999999999',
      '?q=(.*)%5B%2B%3F%5D%20%5C',
      '?page=2',
    ];
    for (const query of queries) {
      const response = await app.inject(`/search${query}`);
      expect(response.statusCode, query).toBe(200);
      expect(response.body, query).toContain('<h1');
      expect(response.body, query).not.toContain('<script>alert');
    }
  });

  it('says so when a query is too long, and bounds the work', async () => {
    const response = await app.inject(`/search?q=${'peru%20'.repeat(100)}`);
    expect(response.body).toMatch(/only its first (<!-- -->)?200(<!-- -->)? characters were used/);
    expect(response.body).toMatch(/\d+ results? for “(peru ){39}peru”/);
  });

  it('answers HEAD like GET', async () => {
    const response = await app.inject({ method: 'HEAD', url: '/search?q=peru' });
    expect(response.statusCode).toBe(200);
  });

  it('falls back to the prerendered page, as a server error, when the index is missing', async () => {
    const broken = createTempSite();
    writeFileSync(join(broken.distDir, 'app.html'), '<head></head><div id="root"></div>');
    mkdirSync(join(broken.distDir, 'search'));
    writeFileSync(join(broken.distDir, 'search', 'index.html'), '<!doctype html><p>Prerendered');
    const brokenApp = await buildTestApp(broken);
    try {
      const response = await brokenApp.inject('/search?q=peru');
      expect(response.statusCode).toBe(500);
      expect(response.body).toContain('Prerendered');
      // An empty search needs no index.
      expect((await brokenApp.inject('/search')).statusCode).toBe(200);
    } finally {
      await brokenApp.close();
      broken.remove();
    }
  });
});

describe("the search page's rate limit", () => {
  it("answers 429 in the page's language once an address passes it, and only for search", async () => {
    const limited = await buildTestApp(site, { searchRateLimit: { max: 2, timeWindow: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 2; index++) {
        statuses.push((await limited.inject(`/search?q=peru${index}`)).statusCode);
      }
      const english = await limited.inject('/search?q=peru');
      const spanish = await limited.inject('/es/search?q=peru');
      const page = await limited.inject('/search/index.html');

      expect(statuses).toEqual([200, 200]);
      expect(english.statusCode).toBe(429);
      expect(english.headers['retry-after']).toBeDefined();
      expect(english.headers['content-type']).toMatch(/^text\/html/);
      expect(english.body).toContain('<html lang="en-GB">');
      expect(english.body).toContain('Too many searches from your connection');
      expect(spanish.statusCode).toBe(429);
      expect(spanish.body).toContain('<html lang="es">');
      expect(spanish.body).toContain('Demasiadas búsquedas desde su conexión');
      // The query is not repeated back, nor anything else the visitor typed.
      expect(english.body).not.toContain('peru');
      expect(page.statusCode).not.toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('is on by default', async () => {
    const { DEFAULT_SEARCH_RATE_LIMIT } = await import('./app.ts');
    const server = await buildTestApp(site, { searchRateLimit: undefined });
    try {
      const statuses: number[] = [];
      for (let index = 0; index <= DEFAULT_SEARCH_RATE_LIMIT.max; index++) {
        statuses.push((await server.inject('/search')).statusCode);
      }
      expect(statuses.at(-2)).toBe(200);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await server.close();
    }
  });
});

describe('the prerendered search page, for static hosts', () => {
  it('says that search needs JavaScript there, only when JavaScript is off', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      'tests/support/prerender-in-node.ts',
      '/search',
      String(Date.now()),
    ]);
    const page = JSON.parse(stdout) as RenderedPage;
    expect(page.body).toMatch(new RegExp(`<noscript>.*${NO_SCRIPT_MESSAGE}.*</noscript>`, 's'));
  });
});
