import { resolve } from 'node:path';
import { z } from 'zod';
import type { Db } from '../database.ts';
import { createAdminAccounts, normaliseEmail } from './admin-accounts.ts';
import { createAdminTables } from './admin-schema.ts';
import { createDeskStore } from './desk-store.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordProblem } from './passwords.ts';

export const ADMIN_USAGE = `Usage: npm run admin -- add|remove|reset-password EMAIL [--database PATH]
       npm run admin -- list [--database PATH]

Manages the accounts that can sign in to the membership secretary's desk at /admin.
  add EMAIL             create an account; asks for its password (at least ${MIN_PASSWORD_LENGTH} characters)
  reset-password EMAIL  set a new password; signs that account out everywhere
  remove EMAIL          delete the account and end its sessions
  list                  the accounts' email addresses

The password is asked for without showing it, twice. Piped in (one line on standard input) it
is read from there instead, for scripts. It is never taken as an argument: arguments show in
"ps" and in shell history.

  --database PATH       the SQLite file (default: $DATABASE, else data/psg.db)`;

const ACTIONS = ['add', 'remove', 'reset-password', 'list'] as const;
type Action = (typeof ACTIONS)[number];

export type AdminCommand =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; action: Action; email: string; databasePath: string };

const emailSchema = z.email();

export function parseAdminArgs(argv: readonly string[], env: NodeJS.ProcessEnv): AdminCommand {
  const positional: string[] = [];
  let database: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--database' || arg.startsWith('--database=')) {
      database = arg.includes('=') ? arg.slice('--database='.length) : argv[++index];
      if (!database) return { kind: 'error', message: '--database needs a value.' };
      continue;
    }
    if (arg.startsWith('--')) {
      // The name only: "--password=…" must not be printed back.
      return { kind: 'error', message: `Unknown option ${arg.split('=', 1)[0]}.` };
    }
    positional.push(arg);
  }
  const [action, email, ...extra] = positional;
  if (!action) return { kind: 'error', message: 'Say what to do: add, remove or reset-password.' };
  if (!ACTIONS.includes(action as Action)) {
    return { kind: 'error', message: `Unknown action "${action}".` };
  }
  const databasePath = resolve(database ?? (env.DATABASE || 'data/psg.db'));
  if (action === 'list') {
    if (email !== undefined) return { kind: 'error', message: 'list takes no email address.' };
    return { kind: 'run', action, email: '', databasePath };
  }
  if (email === undefined) return { kind: 'error', message: `${action} needs an email address.` };
  if (extra.length > 0) {
    // Most likely a password typed after the email: refuse it without repeating it.
    return {
      kind: 'error',
      message:
        'Too many arguments. Give only the email address: the password is asked for, never taken from the command line.',
    };
  }
  if (!emailSchema.safeParse(email.trim()).success) {
    return { kind: 'error', message: `"${email}" is not an email address.` };
  }
  return { kind: 'run', action: action as Action, email: normaliseEmail(email), databasePath };
}

/** Where the new password comes from (a hidden prompt, or standard input). */
export type PasswordSource = () => Promise<string>;

const OPERATOR = { actor: 'operator (command line)', address: 'command line' };

/** Runs one command; returns what to print, or throws an Error with a message for the operator. */
export async function runAdminCommand(
  db: Db,
  command: Extract<AdminCommand, { kind: 'run' }>,
  readNewPassword: PasswordSource,
  now: () => Date = () => new Date(),
): Promise<string> {
  createAdminTables(db);
  const accounts = createAdminAccounts(db);
  const desk = createDeskStore(db);
  const { action, email } = command;
  const audit = (detail: string) =>
    desk.audit({ at: now().toISOString(), action: 'account', detail, ...OPERATOR });

  switch (action) {
    case 'list': {
      const emails = db
        .prepare<[], string>('SELECT email FROM admin_accounts ORDER BY email')
        .pluck()
        .all();
      return emails.length > 0 ? emails.join('\n') : 'No accounts yet.';
    }
    case 'remove': {
      if (!accounts.remove(email)) throw new Error(`There is no account for ${email}.`);
      audit(`Removed the account ${email}`);
      return `Removed the account for ${email} and signed it out everywhere.`;
    }
    case 'add':
    case 'reset-password': {
      const exists = accounts.find(email) !== undefined;
      if (action === 'add' && exists) {
        throw new Error(`${email} already has an account. Use reset-password to change it.`);
      }
      if (action === 'reset-password' && !exists) {
        throw new Error(`There is no account for ${email}. Use add to create one.`);
      }
      const password = await readNewPassword();
      const problem = passwordProblem(password);
      if (problem) throw new Error(problem);
      const passwordHash = await hashPassword(password);
      if (action === 'add') {
        if (!accounts.add(email, passwordHash, now())) {
          throw new Error(`${email} already has an account.`);
        }
        audit(`Added the account ${email}`);
        return `Added an account for ${email}. They can sign in at /admin.`;
      }
      accounts.resetPassword(email, passwordHash, now());
      audit(`Reset the password of ${email}`);
      return `Set a new password for ${email} and signed it out everywhere.`;
    }
  }
}
