import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { RateLimitSetting } from './api/api-routes.ts';

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
      'the reverse proxy: its addresses or subnets (127.0.0.1, 10.0.0.0/8, loopback) or hop count (1)',
  },
  {
    name: 'RATE_LIMIT',
    fallback: '30/minute',
    about: 'submissions per address: N/second, N/minute or N/hour, or off',
  },
  {
    name: 'SEARCH_RATE_LIMIT',
    fallback: '60/minute',
    about: 'searches rendered by the server per address: N/second, N/minute or N/hour, or off',
  },
  {
    name: 'FORM_SECRET',
    fallback: '',
    about:
      'signs answers between the steps of a form sent without JavaScript (at least 32 characters); default: random per start',
    secret: true,
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

/** The names proxy-addr knows for groups of addresses. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export const TRUST_PROXY_TRUE_MESSAGE =
  "TRUST_PROXY=true is refused: any client could then pick its own address with X-Forwarded-For and escape the rate limit. Give the proxy's addresses or subnets (e.g. 127.0.0.1 or 10.0.0.0/8 or loopback) or the number of proxies in front (e.g. 1).";

/** An address, a subnet (address/bits) or one of proxy-addr's names. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const max = version === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

const trustProxySchema = z
  .string()
  .trim()
  .min(1)
  .transform((value, ctx): false | number | string => {
    if (value === 'false') return false;
    if (value === 'true') {
      ctx.addIssue({ code: 'custom', message: TRUST_PROXY_TRUE_MESSAGE });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isProxyAddress(entry));
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `"${bad.join('", "')}" is not an address, a subnet (10.0.0.0/8), loopback, linklocal or uniquelocal; or give a hop count such as 1`,
      });
      return z.NEVER;
    }
    return entries.join(',');
  });

const WINDOWS = { second: 1_000, minute: 60_000, hour: 3_600_000 } as const;

const rateLimitSchema = z
  .string()
  .trim()
  .transform((value, ctx): RateLimitSetting => {
    if (value === 'off') return false;
    const match = /^(\d+)\/(second|minute|hour)$/.exec(value);
    const max = Number(match?.[1]);
    if (!match || max < 1) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a limit: write it as 30/minute (also N/second, N/hour), or off`,
      });
      return z.NEVER;
    }
    return { max, timeWindow: WINDOWS[match[2] as keyof typeof WINDOWS] };
  });

const fallback = Object.fromEntries(
  SETTINGS.map(({ name, fallback }) => [name, fallback]),
) as Record<(typeof SETTINGS)[number]['name'], string>;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(Number(fallback.PORT)),
  HOST: z.string().min(1).default(fallback.HOST),
  DATABASE: z.string().min(1).default(fallback.DATABASE),
  DIST_DIR: z.string().min(1).default(fallback.DIST_DIR),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  TRUST_PROXY: trustProxySchema.prefault(fallback.TRUST_PROXY),
  RATE_LIMIT: rateLimitSchema.prefault(fallback.RATE_LIMIT),
  SEARCH_RATE_LIMIT: rateLimitSchema.prefault(fallback.SEARCH_RATE_LIMIT),
  FORM_SECRET: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.string().min(32, 'must be at least 32 characters').optional()),
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
  /** false, a hop count, or comma-separated addresses and subnets: never `true`. */
  trustProxy: false | number | string;
  rateLimit: RateLimitSetting;
  searchRateLimit: RateLimitSetting;
  /** Undefined: the server makes a random one at start. */
  formSecret: string | undefined;
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
  const { PORT, HOST, DATABASE, DIST_DIR, LOG_LEVEL, TRUST_PROXY, RATE_LIMIT, FORM_SECRET } =
    result.data;
  return {
    port: PORT,
    host: HOST,
    databasePath: resolve(DATABASE),
    distDir: resolve(DIST_DIR),
    logLevel: LOG_LEVEL,
    trustProxy: TRUST_PROXY,
    rateLimit: RATE_LIMIT,
    searchRateLimit: result.data.SEARCH_RATE_LIMIT,
    formSecret: FORM_SECRET,
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
  return SETTINGS.map((setting) => {
    const { name, fallback: byDefault, about } = setting;
    const value = env[name];
    const shown =
      value === undefined || value === ''
        ? `${byDefault} (default)`
        : 'secret' in setting
          ? '(set; not shown)'
          : value;
    return `  ${name.padEnd(width)}  ${shown.padEnd(24)} ${about}`;
  });
}
