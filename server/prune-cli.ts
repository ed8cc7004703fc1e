/**
 * npm run prune [-- --database PATH --content DIR]: deletes what the privacy notice says is
 * deleted (the server also does this daily) and prints what it removed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContentFiles } from './content-files.ts';
import { describePrune, pruneExpired } from './retention.ts';
import { openExistingDatabase, readArgs } from './maintenance-args.ts';

const USAGE = `Usage: npm run prune -- [--database PATH] [--content DIR]

Deletes idempotency records older than 30 days and registrations whose event ended longer ago
than registrationRetentionMonths (public/content/privacy.json). Never deletes memberships.
  --database PATH  the SQLite file (default: $DATABASE, else data/psg.db)
  --content DIR    where events.json and privacy.json are (default: $DIST_DIR/content, else public/content)`;

const { values } = readArgs(USAGE, {
  database: { type: 'string' },
  content: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const built = resolve(process.env.DIST_DIR || 'dist', 'content');
const contentDir = resolve(values.content ?? (existsSync(built) ? built : 'public/content'));

const db = openExistingDatabase(values.database);
try {
  const content = createContentFiles(contentDir);
  const { registrationRetentionMonths } = content.privacy();
  const report = pruneExpired(db, {
    now: new Date(),
    events: content.events(),
    registrationRetentionMonths,
  });
  for (const line of describePrune(report, registrationRetentionMonths)) console.log(line);
} catch (error) {
  console.error(`Could not prune: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.close();
}
