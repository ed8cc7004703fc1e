/**
 * npm run restore -- FILE — replaces the database (DATABASE) with a backup, after checking the
 * backup's integrity and schema version. Refuses while the server runs: stop it, restore, start.
 */
import { parseArgs } from 'node:util';
import { readConfig } from './config.ts';
import { restoreDatabase } from './restore.ts';

const USAGE = 'Usage: npm run restore -- FILE   (stop the server first; DATABASE names the target)';

try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = readConfig();
  const result = restoreDatabase(file, config.databasePath);
  console.log(
    `Restored ${file} into ${config.databasePath} (schema version ${result.schemaVersion}).`,
  );
  console.log(
    `  ${result.rows.memberships} memberships, ${result.rows.registrations} registrations, ${result.rows.idempotency_records} answered requests`,
  );
  if (result.previous) console.log(`  The database it replaced is kept as ${result.previous}`);
} catch (error) {
  console.error(`Restore refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
