import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../../server/app.ts';

export const DIST_DIR = resolve(import.meta.dirname, '../../dist');

export type TestServer = {
  app: FastifyInstance;
  baseUrl: string;
  /** A fresh SQLite file in a temporary folder, removed by close(). */
  databasePath: string;
  /** Moves the server's clock to a fixed time; null gives it back the real time. */
  setNow(time: Date | null): void;
  close(): Promise<void>;
};

/**
 * Starts the production server (built site + API) on a free loopback port with its own empty
 * database. The clock is injected here, in the test process, so no request can move it.
 */
export async function startServer(): Promise<TestServer> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`No built site in ${DIST_DIR}: run "npm run build" first.`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'psg-e2e-'));
  const databasePath = join(dir, 'psg.db');
  let fixedNow: Date | null = null;
  const options = {
    distDir: DIST_DIR,
    databasePath,
    now: () => (fixedNow ? new Date(fixedNow) : new Date()),
    // Every test posts from 127.0.0.1; the production limit would start refusing them.
    rateLimit: { max: 10_000 },
  };
  let app: FastifyInstance;
  try {
    app = await buildApp(options);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    baseUrl,
    databasePath,
    setNow(time) {
      fixedNow = time;
    },
    async close() {
      try {
        await app.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
