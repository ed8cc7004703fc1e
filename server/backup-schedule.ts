import Database from 'better-sqlite3';
import type { FastifyBaseLogger } from 'fastify';
import { backupDatabase } from './backup.ts';
import type { BackupConfig } from './config.ts';

/**
 * The server's own backups (BACKUP_EVERY): each on a separate read-only connection, as
 * `npm run backup` takes them, never two at once. Returns a function that stops the timer.
 */
export function scheduleBackups(
  databasePath: string,
  { dir, everyMs, keep }: BackupConfig,
  log: FastifyBaseLogger,
): () => void {
  if (everyMs === null) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    backupDatabase(db, dir, keep)
      .then(
        ({ file, bytes, milliseconds, removed }) =>
          log.info({ backup: { file, bytes, milliseconds, removed } }, 'backup written'),
        (error: unknown) => log.error({ err: error }, 'backup failed'),
      )
      .finally(() => {
        db.close();
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
