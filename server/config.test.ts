// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSettings, readConfig } from './config.ts';

describe('readConfig', () => {
  it('has a default for every setting', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databasePath: resolve('data/psg.db'),
      distDir: resolve('dist'),
      logLevel: 'warn',
      trustProxy: false,
      rateLimit: { max: 30, timeWindow: 60_000 },
      searchRateLimit: { max: 60, timeWindow: 60_000 },
      backup: { dir: resolve('data/backups'), everyMs: null, keep: 14 },
    });
  });

  it('reads the backup settings', () => {
    const config = readConfig({
      BACKUP_DIR: '/srv/backups',
      BACKUP_EVERY: '6h',
      BACKUP_KEEP: '30',
    });

    expect(config.backup).toEqual({ dir: '/srv/backups', everyMs: 6 * 3_600_000, keep: 30 });
    expect(readConfig({ BACKUP_EVERY: '30m' }).backup.everyMs).toBe(1_800_000);
    expect(readConfig({ BACKUP_EVERY: '1d' }).backup.everyMs).toBe(86_400_000);
    expect(() => readConfig({ BACKUP_EVERY: 'hourly', BACKUP_KEEP: '0' })).toThrow(
      /BACKUP_EVERY: Use off, or a whole number.*\n {2}BACKUP_KEEP: /,
    );
  });

  it('reads the environment', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE: '/srv/psg.db',
      DIST_DIR: '/srv/dist',
      LOG_LEVEL: 'info',
      TRUST_PROXY: 'loopback',
      RATE_LIMIT: '120/hour',
      SEARCH_RATE_LIMIT: 'off',
    });

    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databasePath: '/srv/psg.db',
      distDir: '/srv/dist',
      logLevel: 'info',
      trustProxy: 'loopback',
      rateLimit: { max: 120, timeWindow: 3_600_000 },
      searchRateLimit: false,
      backup: { dir: resolve('data/backups'), everyMs: null, keep: 14 },
    });
  });

  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['10.0.0.0/8, ::1', '10.0.0.0/8,::1'],
    ['loopback,uniquelocal', 'loopback,uniquelocal'],
    ['2', 2],
    ['false', false],
  ])('takes TRUST_PROXY=%s as proxy addresses or a hop count', (value, expected) => {
    expect(readConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('refuses TRUST_PROXY=true, which would let each client choose its own address', () => {
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(
      'TRUST_PROXY: TRUST_PROXY=true is refused: any client could then pick its own address with X-Forwarded-For and escape the rate limit.',
    );
  });

  it.each([['yes'], ['10.0.0.0/33'], ['192.168.1.300'], ['*']])(
    'refuses TRUST_PROXY=%s naming the entry',
    (value) => {
      expect(() => readConfig({ TRUST_PROXY: value })).toThrow(`"${value}" is not an address`);
    },
  );

  it.each([
    ['10/second', { max: 10, timeWindow: 1_000 }],
    ['off', false],
  ])('reads RATE_LIMIT=%s', (value, expected) => {
    expect(readConfig({ RATE_LIMIT: value }).rateLimit).toEqual(expected);
  });

  it.each([['30'], ['0/minute'], ['30/day'], ['lots']])('refuses RATE_LIMIT=%s', (value) => {
    expect(() => readConfig({ RATE_LIMIT: value })).toThrow(
      `RATE_LIMIT: "${value}" is not a limit: write it as 30/minute`,
    );
  });

  it('names each bad setting', () => {
    expect(() => readConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(
      /Invalid server settings:\n {2}PORT: .*\n {2}LOG_LEVEL: /,
    );
  });
});

describe('describeSettings', () => {
  it('shows each setting with its value, or its default marked as such', () => {
    const lines = describeSettings({ PORT: '8080' });

    expect(lines.find((line) => line.includes('PORT'))).toMatch(/PORT\s+8080\s/);
    expect(lines.find((line) => line.includes('DATABASE'))).toMatch(
      /DATABASE\s+data\/psg\.db \(default\)/,
    );
    expect(lines).toHaveLength(12);
  });

  it('never prints the form secret, which would let anyone forge signed answers', () => {
    const secret = 'a-long-secret-value-that-nobody-should-see-0123456789';
    const lines = describeSettings({ FORM_SECRET: secret });

    expect(lines.join('\n')).not.toContain(secret);
    expect(lines.find((line) => line.includes('FORM_SECRET'))).toMatch(/\(set; not shown\)/);
  });

  it('refuses a short form secret', () => {
    expect(() => readConfig({ FORM_SECRET: 'short' })).toThrow(/FORM_SECRET: must be at least 32/);
    expect(readConfig({}).formSecret).toBeUndefined();
  });
});
