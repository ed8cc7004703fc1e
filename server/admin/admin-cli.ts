/**
 * npm run admin -- add|remove|reset-password EMAIL [--database PATH] | list
 * (in production without development dependencies: node build/server/admin.js …)
 * Manages the membership secretary's accounts. Passwords come from a hidden prompt or from
 * standard input, never from the arguments.
 */
import { text } from 'node:stream/consumers';
import { read } from 'read';
import { ADMIN_USAGE, parseAdminArgs, runAdminCommand } from './account-command.ts';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';
import { openDatabase } from '../database.ts';

const command = parseAdminArgs(process.argv.slice(2), process.env);
if (command.kind === 'help') {
  console.log(ADMIN_USAGE);
  process.exit(0);
}
if (command.kind === 'error') {
  console.error(`${command.message}\n\n${ADMIN_USAGE}`);
  process.exit(2);
}

async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    // Piped: the first line, without its line ending.
    return (await text(process.stdin)).split(/\r?\n/, 1)[0] ?? '';
  }
  const ask = (prompt: string) =>
    read({ prompt, silent: true, replace: '', output: process.stderr });
  const first = await ask(`New password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await ask('The same password again: ');
  if (first !== second) throw new Error('The two passwords are not the same. Nothing changed.');
  return first;
}

try {
  const db = openDatabase(command.databasePath);
  try {
    console.log(await runAdminCommand(db, command, readNewPassword));
  } finally {
    db.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
