import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from './database.ts';

/** A maintenance command may wait this long for the server's write lock (it holds it briefly). */
const TOOL_BUSY_TIMEOUT_MS = 5_000;

type StringOptions = Record<string, { type: 'string' } | { type: 'boolean'; short?: string }>;

/** Arguments as node:util's parseArgs reads them; a bad one ends the command with exit 2. */
export function readArgs<T extends StringOptions>(usage: string, options: T) {
  try {
    return parseArgs({ options, allowPositionals: true, args: process.argv.slice(2) });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}

/** The database the server uses (--database, else $DATABASE, else data/psg.db), which must exist. */
export function openExistingDatabase(flag: string | undefined): Db {
  const path = resolve(flag ?? (process.env.DATABASE || 'data/psg.db'));
  if (!existsSync(path)) {
    console.error(`No database at ${path}. Pass --database PATH or set DATABASE.`);
    process.exit(1);
  }
  return openDatabase(path, { busyTimeoutMs: TOOL_BUSY_TIMEOUT_MS });
}
