// @vitest-environment node
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';

let site: TempSite;
let app: FastifyInstance;

beforeEach(async () => {
  site = createTempSite();
  // A prerendered build: what is no page of the site is a 404.
  writeFileSync(join(site.distDir, '404.html'), '<title>Page not found</title>');
  app = await buildTestApp(site);
});

afterEach(async () => {
  await app.close();
  site.remove();
});

describe('what the server serves from the built site', () => {
  it('never serves a dotfile or anything in a dot-folder', async () => {
    writeFileSync(join(site.distDir, '.env'), 'SECRET=hunter2');
    mkdirSync(join(site.distDir, '.vite'));
    writeFileSync(join(site.distDir, '.vite', 'manifest.json'), '{"secret":"hunter2"}');
    mkdirSync(join(site.distDir, '.well-hidden'));
    writeFileSync(join(site.distDir, '.well-hidden', 'index.html'), '<title>hunter2</title>');

    for (const url of [
      '/.env',
      '/.vite/manifest.json',
      '/assets/../.env',
      '/%2eenv',
      '/.well-hidden',
    ]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('hunter2');
    }
  });

  it('never follows a symbolic link out of the built site', async () => {
    const outside = join(site.dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), 'hunter2');
    writeFileSync(join(outside, 'index.html'), '<title>hunter2</title>');
    symlinkSync(outside, join(site.distDir, 'linked'));
    symlinkSync(join(outside, 'secret.txt'), join(site.distDir, 'assets', 'secret.txt'));

    for (const url of ['/linked/secret.txt', '/assets/secret.txt', '/linked', '/linked/']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('hunter2');
    }
  });

  it('still serves a symbolic link that stays inside the site', async () => {
    writeFileSync(join(site.distDir, 'assets', 'real-1.js'), 'console.log("real")');
    symlinkSync(
      join(site.distDir, 'assets', 'real-1.js'),
      join(site.distDir, 'assets', 'alias-1.js'),
    );

    const response = await app.inject('/assets/alias-1.js');

    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("real")');
  });

  it('refuses to start with the database inside the served folder', async () => {
    symlinkSync(site.distDir, join(site.dir, 'dist-link'), 'dir');
    for (const databasePath of [
      join(site.distDir, 'psg.db'),
      join(site.distDir, 'data', 'psg.db'),
      join(site.dir, 'dist-link', 'psg.db'),
    ]) {
      await expect(buildApp({ distDir: site.distDir, databasePath }), databasePath).rejects.toThrow(
        /inside the served folder/,
      );
      // Refused before anything was created there.
      expect(existsSync(databasePath)).toBe(false);
    }
  });
});
