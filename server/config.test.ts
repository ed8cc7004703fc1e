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
    });

    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databasePath: '/srv/psg.db',
      distDir: '/srv/dist',
      logLevel: 'info',
      trustProxy: 'loopback',
      backup: { dir: resolve('data/backups'), everyMs: null, keep: 14 },
    });
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
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
    expect(lines).toHaveLength(9);
  });
});
