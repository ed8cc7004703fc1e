import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db } from './database.ts';

export type HealthOptions = { db: Db; distDir: string };

/**
 * What stops the site from doing its job, in words for whoever watches it: empty when healthy.
 * The database is tried with a write that changes nothing (a DELETE matching no row, rolled
 * back), so a read-only file, a full or read-only disk or a lost lock shows up here before a
 * supporter's submission fails on it.
 */
export function healthProblems({ db, distDir }: HealthOptions): string[] {
  const problems: string[] = [];
  if (!existsSync(join(distDir, 'index.html'))) {
    problems.push('the built site is missing (no index.html)');
  }
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec('DELETE FROM idempotency_records WHERE 0');
    } finally {
      db.exec('ROLLBACK');
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    problems.push(
      `the database cannot be written (${typeof code === 'string' ? code : 'error'}: ${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return problems;
}

/**
 * GET /healthz for a process manager, load balancer or uptime check: 200 `{ status: 'ok' }`, or
 * 503 `{ status: 'unavailable', problems }`. Never cached.
 */
export async function healthRoute(app: FastifyInstance, options: HealthOptions): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    const problems = healthProblems(options);
    reply.header('Cache-Control', 'no-store');
    if (problems.length > 0) return reply.code(503).send({ status: 'unavailable', problems });
    return { status: 'ok' };
  });
}
