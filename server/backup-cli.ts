/**
 * npm run backup [-- --keep N] — a consistent copy of the live database into BACKUP_DIR (SQLite's
 * online backup: safe while the server takes submissions), keeping the newest BACKUP_KEEP.
 * Reads DATABASE, BACKUP_DIR and BACKUP_KEEP like the server.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { backupDatabase } from './backup.ts';
import { readConfig } from './config.ts';

try {
  const { values } = parseArgs({ options: { keep: { type: 'string' } } });
  const config = readConfig(
    values.keep ? { ...process.env, BACKUP_KEEP: values.keep } : process.env,
  );
  if (!existsSync(config.databasePath)) {
    throw new Error(
      `No database at ${config.databasePath}: set DATABASE to the file the server uses.`,
    );
  }
  const db = new Database(config.databasePath, { readonly: true, fileMustExist: true });
  try {
    const result = await backupDatabase(db, config.backup.dir, config.backup.keep);
    console.log(
      `Backed up ${config.databasePath} to ${result.file} (${(result.bytes / 1024).toFixed(0)} KB in ${result.milliseconds.toFixed(0)} ms).`,
    );
    for (const file of result.removed) console.log(`Removed the older backup ${file}`);
  } finally {
    db.close();
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
