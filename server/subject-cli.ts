/**
 * npm run subject -- export|erase --email ADDRESS [--output FILE] [--database PATH]
 * A supporter's request for a copy of their details, or for their deletion (UK GDPR).
 */
import { writePrivateFile } from './private-file.ts';
import { describeReceipt, eraseSubject, exportSubject } from './subject-requests.ts';
import { openExistingDatabase, readArgs } from './maintenance-args.ts';

const USAGE = `Usage: npm run subject -- export|erase --email ADDRESS [--output FILE] [--database PATH]

Finds every record with that email address, in any letter case, and
  export  writes them as JSON to FILE (readable by you only) or standard output
  erase   deletes them all in one transaction
then prints a receipt (references and counts) on standard error.
  --database PATH  the SQLite file (default: $DATABASE, else data/psg.db)`;

const { values, positionals } = readArgs(USAGE, {
  email: { type: 'string' },
  output: { type: 'string' },
  database: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [action, ...extra] = positionals;
if ((action !== 'export' && action !== 'erase') || extra.length > 0 || !values.email?.trim()) {
  console.error(`Say export or erase, and --email ADDRESS.\n\n${USAGE}`);
  process.exit(2);
}

const db = openExistingDatabase(values.database);
try {
  const at = new Date();
  if (action === 'export') {
    const { records, receipt } = exportSubject(db, values.email, at);
    const json = `${JSON.stringify({ exportedAt: receipt.at, ...records }, null, 2)}\n`;
    if (values.output) writePrivateFile(values.output, json);
    else process.stdout.write(json);
    for (const line of describeReceipt('export', receipt)) console.error(line);
  } else {
    for (const line of describeReceipt('erase', eraseSubject(db, values.email, at))) {
      console.error(line);
    }
  }
} catch (error) {
  console.error(`Could not ${action}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.close();
}
