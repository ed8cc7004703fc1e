// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from '../src/app/boot-script.ts';
import { THEME_BOOT_SCRIPT } from '../src/features/theme/theme-boot-script.ts';
import { buildApp, pageFile } from './app.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';

let site: TempSite;
let app: FastifyInstance;

beforeEach(async () => {
  site = createTempSite();
  app = await buildTestApp(site);
});

afterEach(async () => {
  await app.close();
  site.remove();
});

function writePage(file: string, text: string) {
  mkdirSync(dirname(join(site.distDir, file)), { recursive: true });
  writeFileSync(join(site.distDir, file), `<!doctype html><title>${text}</title>`);
}

describe('the built site', () => {
  it('answers a deep link with index.html when the build was not prerendered', async () => {
    const response = await app.inject('/news/x');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('PSG test shell');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves a prerendered page at its address, without the trailing slash', async () => {
    writePage('news/some-article/index.html', 'Prerendered article');

    for (const url of ['/news/some-article', '/news/some-article/', '/news/some-article?x=1']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('Prerendered article');
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('sends the old addresses of news pages to their new ones, for visitors without JavaScript', async () => {
    const moved = [
      ['/news?page=2', '/news/page/2'],
      ['/news/?page=12', '/news/page/12'],
      ['/news?page=1', '/news'],
    ];
    for (const [from, to] of moved) {
      const response = await app.inject(from!);
      expect(response.statusCode, from).toBe(301);
      expect(response.headers.location, from).toBe(to);
    }
    for (const url of ['/news?page=0', '/news?page=two', '/news', '/tags/x?page=2']) {
      expect((await app.inject(url)).statusCode, url).not.toBe(301);
    }
  });

  it('answers an address that is no page with the 404 page and status 404', async () => {
    writePage('app.html', 'Bare app shell');
    writePage('404.html', 'Page not found');

    for (const url of ['/news/x', '/news/%2e%2e/%2e%2e/etc', '/no/such/page', '/join/x']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toContain('Page not found');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
    }
  });

  it('compresses pages', async () => {
    mkdirSync(join(site.distDir, 'news/long-article'), { recursive: true });
    writeFileSync(
      join(site.distDir, 'news/long-article/index.html'),
      `<!doctype html><title>Long</title>${'<p>Las Bambas</p>'.repeat(200)}`,
    );
    const response = await app.inject({
      url: '/news/long-article',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toContain('<title>Long</title>');
  });

  it('sends the build’s Brotli copy of an asset to a browser that takes Brotli', async () => {
    writeFileSync(join(site.distDir, 'assets/app-1234.js'), 'console.log("plain")');
    writeFileSync(
      join(site.distDir, 'assets/app-1234.js.br'),
      brotliCompressSync('console.log("br")'),
    );
    const response = await app.inject({
      url: '/assets/app-1234.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe('console.log("br")');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers the form steps that depend on the visitor’s tab with the bare app shell', async () => {
    writePage('app.html', 'Bare app shell');
    writePage('404.html', 'Page not found');

    for (const url of [
      '/join/check-answers',
      '/join/confirmation',
      '/events/annual-conference-2016/register/check-answers',
      '/events/annual-conference-2016/register/confirmation',
    ]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('Bare app shell');
    }
  });

  it('never serves a page from outside the built site', async () => {
    writePage('app.html', 'Bare app shell');
    writePage('404.html', 'Page not found');
    writePage('../secret/index.html', 'Secret');

    const response = await app.inject('/%2e%2e/secret');

    expect(response.body).not.toContain('Secret');
    expect(response.body).toContain('Page not found');
    // The check is ours, not only @fastify/static's.
    expect(pageFile(site.distDir, '/%2e%2e/secret')).toEqual({ file: '404.html', status: 404 });
    expect(pageFile(site.distDir, '/../secret')).toEqual({ file: '404.html', status: 404 });
  });

  it('answers a malformed address with 400 and a message', async () => {
    const response = await app.inject('/news/%E0%A4%A');

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ message: 'The address is not valid.' });
  });

  it('serves content files with no-cache', async () => {
    const response = await app.inject('/content/events.json');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveProperty('events');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await app.inject('/assets/index-abc123.js');

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each([['/content/nope.json'], ['/assets/gone-123.js'], ['/api/nope']])(
    'answers a real 404 in JSON for %s',
    async (url) => {
      const response = await app.inject(url);

      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ message: 'Not found' });
    },
  );

  it('answers 404, not the page, for GET on an API endpoint', async () => {
    const response = await app.inject('/api/memberships');

    expect(response.statusCode).toBe(404);
  });

  it('sends a CSP that allows no inline script but the theme boot script, by its hash', async () => {
    const response = await app.inject('/');
    const csp = String(response.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((directive) => directive.startsWith('script-src '));
    const bootScriptHash = createHash('sha256').update(THEME_BOOT_SCRIPT).digest('base64');

    // Inline script only by hash: the theme's and the prerendered pages' boot script, no other.
    const hash = createHash('sha256').update(BOOT_SCRIPT).digest('base64');
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${bootScriptHash}' 'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it("allows the prerendered pages' inline stylesheet by its hash, and no other inline style", async () => {
    const css = 'body{margin:0}.site{color:red}';
    writeFileSync(
      join(site.distDir, 'index.html'),
      `<!doctype html><html><head><style>${css}</style></head><body><div id="root"></div></body></html>`,
    );
    const withStyle = await buildTestApp(site);
    try {
      const response = await withStyle.inject('/');
      const csp = String(response.headers['content-security-policy']);
      const styleSrc = csp.split(';').find((directive) => directive.startsWith('style-src '));
      const hash = createHash('sha256').update(css).digest('base64');
      expect(styleSrc).toBe(`style-src 'self' 'sha256-${hash}'`);
      expect(csp).not.toContain('unsafe-inline');
      // The same on every answer, an asset's too.
      const asset = await withStyle.inject('/assets/index-abc123.js');
      expect(asset.headers['content-security-policy']).toBe(csp);
    } finally {
      await withStyle.close();
    }
    // A build without an inline stylesheet allows none.
    const plain = await app.inject('/');
    expect(String(plain.headers['content-security-policy'])).toContain("style-src 'self';");
  });

  it('compresses large responses for clients that accept it', async () => {
    const response = await app.inject({
      url: '/content/events.json',
      headers: { 'accept-encoding': 'gzip' },
    });

    expect(response.headers['content-encoding']).toBe('gzip');
  });
});

describe('buildApp', () => {
  it('refuses to start without a built site', async () => {
    rmSync(join(site.distDir, 'index.html'));

    await expect(buildTestApp(site)).rejects.toThrow(/No built site/);
  });

  it('creates the database folder, and closing the app closes the database', async () => {
    const databasePath = join(site.dir, 'deep', 'er', 'psg.db');
    const other = await buildApp({ distDir: site.distDir, databasePath, rateLimit: false });

    expect(existsSync(databasePath)).toBe(true);
    expect(existsSync(`${databasePath}-wal`)).toBe(true);
    await other.close();
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
  });
});
