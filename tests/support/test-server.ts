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
  /** From the call to a server ready to answer (the benches print it). */
  startSeconds: number;
  /** A fresh SQLite file in a temporary folder, removed by close(). */
  databasePath: string;
  /** Moves the server's clock to a fixed time; null gives it back the real time. */
  setNow(time: Date | null): void;
  close(): Promise<void>;
};

export type TestServerOptions = {
  /** The built site to serve: the repo's dist/ unless a bench built its own. */
  distDir?: string;
  /**
   * Every test posts and searches from 127.0.0.1, so the production limits (forms and the
   * server's search page) are raised by default.
   */
  rateLimit?: { max: number } | false;
  /** Hooks to add before the server listens (a bench's header changes, say). */
  configure?: (app: FastifyInstance) => void;
};

/**
 * Starts the production server (built site + API) on a free loopback port with its own empty
 * database: the one throwaway server of the e2e tests, the screenshots, the size check and the
 * benches. The clock is injected here, in the test process, so no request can move it.
 */
export async function startServer({
  distDir = DIST_DIR,
  rateLimit = { max: 10_000 },
  configure,
}: TestServerOptions = {}): Promise<TestServer> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  }
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'psg-server-'));
  const databasePath = join(dir, 'psg.db');
  let fixedNow: Date | null = null;
  const options = {
    distDir,
    databasePath,
    now: () => (fixedNow ? new Date(fixedNow) : new Date()),
    rateLimit,
    searchRateLimit: rateLimit,
  };
  let app: FastifyInstance;
  try {
    app = await buildApp(options);
    configure?.(app);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    baseUrl,
    startSeconds: (performance.now() - started) / 1000,
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
