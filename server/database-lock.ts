import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Who holds a database: written into its lock file so a refusal can name them. */
type Holder = { pid: number; purpose: string };

export function lockFileOf(databasePath: string): string {
  return `${databasePath}.lock`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number'
      ? { pid: holder.pid, purpose: String(holder.purpose) }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes `<database>.lock` for this process, or throws naming the process that has it. The server
 * holds it while it runs and `npm run restore` while it swaps the file, so a restore never
 * replaces a database under a running server, and a server never starts on a half-restored one.
 * The file is created exclusively (O_EXCL), so two takers cannot both win; one left behind by a
 * process that died (kill -9, power cut) names a pid that no longer runs and is taken over.
 * Readers (`npm run export`, `npm run backup`) need no lock: SQLite keeps them consistent.
 */
export function takeDatabaseLock(databasePath: string, purpose: string): () => void {
  const file = lockFileOf(databasePath);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const mine = JSON.stringify({ pid: process.pid, purpose } satisfies Holder);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx', mode: 0o600 });
      return () => {
        if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new Error(
          `The database ${databasePath} is in use by the ${holder.purpose} (process ${holder.pid}). Stop it first (e.g. systemctl stop psg).`,
        );
      }
      // Left behind by a process that is gone: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}: another process keeps creating it.`);
}
