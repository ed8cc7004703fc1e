import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app.ts';

const publicContent = resolve(import.meta.dirname, '../../public/content');

export type TempSite = {
  dir: string;
  distDir: string;
  contentDir: string;
  databasePath: string;
  /** Replaces content/events.json (the copied one has the 2016 conference). */
  writeEvents(events: unknown[]): void;
  remove(): void;
};

/**
 * A stand-in for dist/: a tiny index.html, one hashed asset and the real events and membership
 * content, plus a database path, all in a fresh temporary folder. The server tests never need a
 * real build.
 */
export function createTempSite({
  allContent = false,
}: {
  /** Every content file, for tests that render pages (the forms without JavaScript). */
  allContent?: boolean;
} = {}): TempSite {
  const dir = mkdtempSync(join(tmpdir(), 'psg-server-'));
  const distDir = join(dir, 'dist');
  const contentDir = join(distDir, 'content');
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  mkdirSync(contentDir);
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><title>PSG test shell</title><div id="root"></div>',
  );
  writeFileSync(join(distDir, 'assets', 'index-abc123.js'), 'console.log("asset");');
  if (allContent) {
    cpSync(publicContent, contentDir, { recursive: true });
    // The built template's shape, which rendered pages fill in.
    writeFileSync(
      join(distDir, 'app.html'),
      '<!doctype html><html lang="en-GB"><head><meta charset="UTF-8" /></head><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>',
    );
  }
  // The files the API reads; the rest of the content is not the server's business.
  for (const file of ['events.json', 'membership.json', 'privacy.json']) {
    copyFileSync(join(publicContent, file), join(contentDir, file));
  }
  return {
    dir,
    distDir,
    contentDir,
    databasePath: join(dir, 'data', 'psg.db'),
    writeEvents(events) {
      writeFileSync(join(contentDir, 'events.json'), JSON.stringify({ events }, null, 2));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** buildApp on a temporary site, rate limit off unless asked for; close it with `app.close()`. */
export async function buildTestApp(
  site: TempSite,
  options: Partial<AppOptions> = {},
): Promise<FastifyInstance> {
  return buildApp({
    distDir: site.distDir,
    databasePath: site.databasePath,
    rateLimit: false,
    searchRateLimit: false,
    ...options,
  });
}
