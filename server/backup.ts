import {
  chmodSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database.ts';

const BACKUP_NAME = /^psg-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.db$/;

export type BackupResult = {
  file: string;
  bytes: number;
  milliseconds: number;
  /** Older backups deleted to keep the newest `keep`. */
  removed: string[];
};

/** Backups in `dir`, newest first (their names sort by time). */
export function listBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => join(dir, name));
}

/**
 * A consistent copy of the live database with SQLite's online backup, as `psg-<UTC time>.db` in
 * `dir` (created 0700), the file 0600 from its first byte, then only the newest `keep` backups
 * are kept. All pages are copied in one step, inside one read transaction: in WAL mode writers
 * carry on meanwhile, and the copy is the database as it was when the step began (copying in
 * small steps restarts whenever another process writes, so under steady load it might never
 * finish). It is written under a temporary name and renamed, so a backup that is listed is whole.
 */
export async function backupDatabase(
  source: Db,
  dir: string,
  keep: number,
  now = new Date(),
): Promise<BackupResult> {
  const started = performance.now();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `psg-${now.toISOString().replace(/[:.]/g, '-')}.db`;
  const file = join(dir, name);
  const partial = join(dir, `.${name}.partial`);
  writeFileSync(partial, '', { flag: 'wx', mode: 0o600 });
  try {
    chmodSync(partial, 0o600);
    await source.backup(partial, { progress: () => 0x7fffffff });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const removed = listBackups(dir).slice(keep);
  for (const old of removed) rmSync(old, { force: true });
  return {
    file,
    bytes: statSync(file).size,
    milliseconds: performance.now() - started,
    removed,
  };
}
