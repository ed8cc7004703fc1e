// @vitest-environment node
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from './backup.ts';
import { scheduleBackups } from './backup-schedule.ts';
import { openDatabase } from './database.ts';
import { createTempSite, type TempSite } from './test-support/temp-site.ts';

let site: TempSite;

beforeEach(() => {
  site = createTempSite();
  openDatabase(site.databasePath).close();
});

afterEach(() => {
  site.remove();
});

describe('scheduleBackups (BACKUP_EVERY)', () => {
  it('takes a backup every period, keeps BACKUP_KEEP and logs each one', async () => {
    const dir = join(site.dir, 'backups');
    const info = vi.fn();
    const log = { info, error: vi.fn() } as unknown as FastifyBaseLogger;
    const stop = scheduleBackups(site.databasePath, { dir, everyMs: 100, keep: 2 }, log);
    try {
      await vi.waitFor(() => expect(info).toHaveBeenCalledTimes(3), { timeout: 10_000 });
    } finally {
      stop();
    }

    expect(listBackups(dir)).toHaveLength(2);
    expect(info).toHaveBeenCalledWith(
      { backup: expect.objectContaining({ file: expect.stringContaining(dir) }) },
      'backup written',
    );
  });

  it('does nothing when BACKUP_EVERY is off', async () => {
    const dir = join(site.dir, 'backups');
    const log = { info: vi.fn(), error: vi.fn() } as unknown as FastifyBaseLogger;
    scheduleBackups(site.databasePath, { dir, everyMs: null, keep: 2 }, log)();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(listBackups(dir)).toEqual([]);
  });
});
