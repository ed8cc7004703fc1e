/**
 * npm run export -- memberships|registrations [--since YYYY-MM-DD] [--database PATH] [--output FILE]
 * Writes the stored submissions as CSV for Excel to standard output or a file.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { EXPORT_USAGE, parseExportArgs } from './export/export-args.ts';
import { exportSubmissionsCsv } from './export/submissions-csv.ts';
import { writePrivateFile } from './private-file.ts';

const request = parseExportArgs(process.argv.slice(2), process.env);
if (request.kind === 'help') {
  console.log(EXPORT_USAGE);
  process.exit(0);
}
if (request.kind === 'error') {
  console.error(`${request.message}\n\n${EXPORT_USAGE}`);
  process.exit(2);
}
if (!existsSync(request.databasePath)) {
  console.error(
    `No database at ${request.databasePath}. Pass --database PATH or set DATABASE to the file the server uses.`,
  );
  process.exit(1);
}

try {
  // Read-only: the export can run while the server is taking submissions.
  const db = new Database(request.databasePath, { readonly: true, fileMustExist: true });
  try {
    const { csv, count } = exportSubmissionsCsv(db, request.what, request.since);
    if (request.outputPath) {
      writePrivateFile(request.outputPath, csv);
      console.error(`Wrote ${count} ${request.what} to ${request.outputPath}`);
    } else {
      process.stdout.write(csv);
    }
  } finally {
    db.close();
  }
} catch (error) {
  console.error(
    `Could not export from ${request.databasePath}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
