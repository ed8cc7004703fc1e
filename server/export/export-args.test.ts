// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExportArgs } from './export-args.ts';

describe('parseExportArgs', () => {
  it('takes what to export, with the default database', () => {
    expect(parseExportArgs(['memberships'], {})).toEqual({
      kind: 'export',
      what: 'memberships',
      since: null,
      databasePath: resolve('data/psg.db'),
      outputPath: null,
    });
  });

  it('uses DATABASE from the environment, and --database over it', () => {
    const env = { DATABASE: '/srv/psg/live.db' };

    expect(parseExportArgs(['registrations'], env)).toMatchObject({
      databasePath: '/srv/psg/live.db',
    });
    expect(parseExportArgs(['registrations', '--database', 'copy.db'], env)).toMatchObject({
      databasePath: resolve('copy.db'),
    });
  });

  it('reads --since as the start of that day in London, in either spelling', () => {
    const spaced = parseExportArgs(['memberships', '--since', '2024-06-01'], {});
    const joined = parseExportArgs(['--since=2024-06-01', 'memberships'], {});

    expect(spaced).toMatchObject({ since: new Date('2024-05-31T23:00:00.000Z') });
    expect(joined).toEqual(spaced);
  });

  it('takes --output', () => {
    expect(parseExportArgs(['memberships', '--output', 'out.csv'], {})).toMatchObject({
      outputPath: resolve('out.csv'),
    });
  });

  it.each([
    [[], 'Say what to export.'],
    [['donations'], 'Cannot export "donations": choose memberships or registrations.'],
    [['memberships', 'registrations'], 'Unexpected argument "registrations".'],
    [['memberships', '--since'], '--since needs a value.'],
    [['memberships', '--since', '--database', 'x.db'], '--since needs a value.'],
    [
      ['memberships', '--since', '2024-02-30'],
      '--since needs a real date as YYYY-MM-DD, not "2024-02-30".',
    ],
    [
      ['memberships', '--since', '1/6/2024'],
      '--since needs a real date as YYYY-MM-DD, not "1/6/2024".',
    ],
    [['memberships', '--format', 'xlsx'], 'Unknown option --format.'],
    [['memberships', '--database', 'a.db', '--database=b.db'], '--database given twice.'],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseExportArgs(argv, {})).toEqual({ kind: 'error', message });
  });

  it('answers --help with help', () => {
    expect(parseExportArgs(['memberships', '--help'], {})).toEqual({ kind: 'help' });
  });
});
