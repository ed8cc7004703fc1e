import { resolve } from 'node:path';
import { z } from 'zod';

/** Each setting, its default and what it does: read at start and printed for whoever runs it. */
export const SETTINGS = [
  { name: 'PORT', fallback: '3000', about: 'port to listen on (0 picks a free one)' },
  { name: 'HOST', fallback: '127.0.0.1', about: 'address to listen on (0.0.0.0 for all)' },
  { name: 'DATABASE', fallback: 'data/psg.db', about: 'SQLite file for submissions' },
  { name: 'DIST_DIR', fallback: 'dist', about: 'the built site' },
  { name: 'LOG_LEVEL', fallback: 'warn', about: 'fatal, error, warn, info, debug or silent' },
  {
    name: 'TRUST_PROXY',
    fallback: 'false',
    about:
      'true, or the proxy addresses (e.g. loopback): the rate limit then sees visitors behind it',
  },
  // Production operations (backups).
  { name: 'BACKUP_DIR', fallback: 'data/backups', about: 'folder for database backups' },
  {
    name: 'BACKUP_EVERY',
    fallback: 'off',
    about: 'the server backs the database up this often (30m, 6h, 1d) or never (off)',
  },
  { name: 'BACKUP_KEEP', fallback: '14', about: 'how many backups to keep, newest first' },
] as const;

const fallback = Object.fromEntries(
  SETTINGS.map(({ name, fallback }) => [name, fallback]),
) as Record<(typeof SETTINGS)[number]['name'], string>;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(Number(fallback.PORT)),
  HOST: z.string().min(1).default(fallback.HOST),
  DATABASE: z.string().min(1).default(fallback.DATABASE),
  DIST_DIR: z.string().min(1).default(fallback.DIST_DIR),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  TRUST_PROXY: z
    .string()
    .trim()
    .min(1)
    .default(fallback.TRUST_PROXY)
    // Addresses or subnets, comma-separated, or a name proxy-addr knows: loopback, uniquelocal.
    .transform((value): boolean | string =>
      value === 'true' || value === 'false' ? value === 'true' : value,
    ),
  ...backupSettingsSchema(),
});

const DURATION_UNITS_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The backup settings' part of the environment schema. */
function backupSettingsSchema() {
  return {
    BACKUP_DIR: z.string().min(1).default(fallback.BACKUP_DIR),
    BACKUP_EVERY: z
      .string()
      .trim()
      .default(fallback.BACKUP_EVERY)
      .refine((value) => value === 'off' || /^[1-9]\d*[mhd]$/.test(value), {
        message: 'Use off, or a whole number of minutes, hours or days, like 30m, 6h or 1d',
      })
      .transform((value): number | null =>
        value === 'off'
          ? null
          : Number(value.slice(0, -1)) *
            DURATION_UNITS_MS[value.slice(-1) as keyof typeof DURATION_UNITS_MS],
      ),
    BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(Number(fallback.BACKUP_KEEP)),
  };
}

export type ServerConfig = {
  port: number;
  host: string;
  databasePath: string;
  distDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean | string;
  backup: BackupConfig;
};

export type BackupConfig = {
  dir: string;
  /** Milliseconds between the server's own backups; null: only `npm run backup`. */
  everyMs: number | null;
  keep: number;
};

/** Reads the environment once, with a clear message for a bad value instead of a crash later. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid server settings:\n${lines.join('\n')}`);
  }
  const { PORT, HOST, DATABASE, DIST_DIR, LOG_LEVEL, TRUST_PROXY } = result.data;
  return {
    port: PORT,
    host: HOST,
    databasePath: resolve(DATABASE),
    distDir: resolve(DIST_DIR),
    logLevel: LOG_LEVEL,
    trustProxy: TRUST_PROXY,
    backup: {
      dir: resolve(result.data.BACKUP_DIR),
      everyMs: result.data.BACKUP_EVERY,
      keep: result.data.BACKUP_KEEP,
    },
  };
}

/** "  PORT=3000  (default 3000)  port to listen on" for each setting, as the environment has it. */
export function describeSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  const width = Math.max(...SETTINGS.map(({ name }) => name.length));
  return SETTINGS.map(({ name, fallback: byDefault, about }) => {
    const value = env[name];
    const shown = value === undefined || value === '' ? `${byDefault} (default)` : value;
    return `  ${name.padEnd(width)}  ${shown.padEnd(24)} ${about}`;
  });
}
