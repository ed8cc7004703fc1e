import { resolve } from 'node:path';
import { z } from 'zod';
import { londonMidnight } from '../london-time.ts';

export const EXPORT_KINDS = ['memberships', 'registrations'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_USAGE = `Usage: npm run export -- memberships|registrations [--since YYYY-MM-DD] [--database PATH] [--output FILE]

Writes the submissions as CSV (UTF-8, for Excel), oldest first, to standard output or a file:
  npm run export -- memberships --output memberships.csv
  npm run --silent export -- registrations > registrations.csv   (--silent: npm's banner would go into the file)

  --since YYYY-MM-DD  only those submitted on or after that day (London time)
  --database PATH     the SQLite file (default: $DATABASE, else data/psg.db)
  --output FILE       write the CSV to FILE instead of standard output`;

export type ExportRequest =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | {
      kind: 'export';
      what: ExportKind;
      since: Date | null;
      databasePath: string;
      /** null: standard output. */
      outputPath: string | null;
    };

const sinceSchema = z.iso.date();

const OPTIONS = ['since', 'database', 'output'] as const;
type Option = (typeof OPTIONS)[number];

/** `--since 2024-06-01` or `--since=2024-06-01`, the same for the other options, in any order. */
export function parseExportArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ExportRequest {
  const positional: string[] = [];
  const flags: Partial<Record<Option, string>> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag = '', inlineValue] = arg.slice(2).split(/=(.*)/s, 2);
    if (!OPTIONS.includes(flag as Option)) {
      return { kind: 'error', message: `Unknown option --${flag}.` };
    }
    const option = flag as Option;
    if (flags[option] !== undefined) return { kind: 'error', message: `--${flag} given twice.` };
    const value = inlineValue ?? argv[++index];
    if (
      value === undefined ||
      value === '' ||
      (inlineValue === undefined && value.startsWith('--'))
    ) {
      return { kind: 'error', message: `--${flag} needs a value.` };
    }
    flags[option] = value;
  }

  const [what, ...extra] = positional;
  if (what === undefined) return { kind: 'error', message: 'Say what to export.' };
  if (!EXPORT_KINDS.includes(what as ExportKind)) {
    return {
      kind: 'error',
      message: `Cannot export "${what}": choose memberships or registrations.`,
    };
  }
  if (extra.length > 0) return { kind: 'error', message: `Unexpected argument "${extra[0]}".` };

  let since: Date | null = null;
  if (flags.since !== undefined) {
    if (!sinceSchema.safeParse(flags.since).success) {
      return {
        kind: 'error',
        message: `--since needs a real date as YYYY-MM-DD, not "${flags.since}".`,
      };
    }
    since = londonMidnight(flags.since);
  }

  const databasePath = resolve(flags.database ?? (env.DATABASE || 'data/psg.db'));
  const outputPath = flags.output === undefined ? null : resolve(flags.output);
  return { kind: 'export', what: what as ExportKind, since, databasePath, outputPath };
}
