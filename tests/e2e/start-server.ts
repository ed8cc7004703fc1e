import type { FastifyInstance } from 'fastify';
import { resolve } from 'node:path';
import { buildApp } from '../../server/app.ts';

/** Starts the production server on a free loopback port; the caller must `close()` it. */
export async function startServer(): Promise<{ app: FastifyInstance; baseUrl: string }> {
  const app = await buildApp({ distDir: resolve(import.meta.dirname, '../../dist') });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl: address };
}
