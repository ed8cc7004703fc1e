// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.ts';
import {
  postMembership,
  postRegistration,
  validApplication,
  validRegistration,
} from '../test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from '../test-support/temp-site.ts';
import { testEvent } from '../test-support/test-event.ts';
import { exportSubmissionsCsv, neutraliseCell, toCsv } from './submissions-csv.ts';
import {
  GIFT_AID_DECLARATION,
  NEWSLETTER_CONSENT,
} from '../../src/features/membership/membership-application-schema.ts';
import { testI18n } from '../../tests/support/test-i18n.ts';

const BOM = '\uFEFF';
const spanish = testI18n('es');

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+44 20 7946 0000', `'+44 20 7946 0000`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['＝1+1', `'＝1+1`],
    ['\uFE62SUM(1)', `'\uFE62SUM(1)`],
    ['\uFE63SUM(1)', `'\uFE63SUM(1)`],
    ['\uFE66SUM(1)', `'\uFE66SUM(1)`],
    ['\u22122+3', `'\u22122+3`],
    ['\u200B=1+1', `'\u200B=1+1`],
    ['\uFEFF=1+1', `'\uFEFF=1+1`],
    ['\u202E=1+1', `'\u202E=1+1`],
  ])('makes %j plain text', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it.each([['Martín Quispe'], ['a=b'], ["O'Brien"], [''], ['2024-06-01']])(
    'leaves %j alone',
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
    },
  );
});

describe('toCsv', () => {
  it('writes RFC 4180 with CRLF and a UTF-8 byte-order mark', () => {
    const csv = toCsv(
      ['Name', 'Note'],
      [
        ['Martín "Tito" Quispe', 'Lima, Peru'],
        ['Ana', 'first line\nsecond line'],
        ['Rosa', 'cr\ronly'],
      ],
    );

    expect(csv).toBe(
      `${BOM}Name,Note\r\n` +
        '"Martín ""Tito"" Quispe","Lima, Peru"\r\n' +
        'Ana,"first line\nsecond line"\r\n' +
        'Rosa,"cr\ronly"\r\n',
    );
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('exportSubmissionsCsv', () => {
  let site: TempSite;
  let app: FastifyInstance;
  let clock: Date;

  beforeEach(async () => {
    site = createTempSite();
    site.writeEvents([testEvent()]);
    app = await buildTestApp(site, { now: () => clock });
  });

  afterEach(async () => {
    await app.close();
    site.remove();
  });

  async function applyAt(instant: string, changes: Record<string, unknown>) {
    clock = new Date(instant);
    const response = await postMembership(app, validApplication(changes));
    expect(response.statusCode).toBe(201);
    return response.json<{ reference: string }>().reference;
  }

  function exportNow(what: 'memberships' | 'registrations', since: Date | null = null) {
    const db = openDatabase(site.databasePath);
    try {
      return exportSubmissionsCsv(db, what, since);
    } finally {
      db.close();
    }
  }

  it('exports memberships oldest first with readable headers and escaped, neutralised cells', async () => {
    const later = await applyAt('2024-06-02T10:00:00.000Z', {
      fullName: '=HYPERLINK("http://evil.example")',
      addressLine2: 'Flat 2, "The Old Mill"',
    });
    const earlier = await applyAt('2024-06-01T09:00:00.000Z', {
      fullName: 'Martín Quispe',
      newsletter: true,
      giftAid: true,
    });

    const { csv, count } = exportNow('memberships');
    const lines = csv.slice(1).split('\r\n');

    expect(count).toBe(2);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(lines[0]).toBe(
      'Reference,Submitted at (UTC),Full name,Email,Address line 1,Address line 2,Town or city,Postcode,Country,Membership type,Payment method,Form language,Newsletter,Newsletter consent wording,Newsletter consent given at (UTC),Gift Aid,Gift Aid declaration wording,Gift Aid declared on,Same email applied before',
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^${earlier},2024-06-01T09:00:00.000Z,Martín Quispe,martin@example.com,29 Tavistock Square,,London,WC1H 9QU,United Kingdom,Individual,Standing order,English,Yes,Send me the Peru Support Group newsletter by email\\. I can unsubscribe at any time\\.,2024-06-01T09:00:00.000Z,Yes,"?I want to Gift Aid .*,2024-06-01,$`,
      ),
    );
    expect(lines[2]).toBe(
      `${later},2024-06-02T10:00:00.000Z,"'=HYPERLINK(""http://evil.example"")",martin@example.com,29 Tavistock Square,"Flat 2, ""The Old Mill""",London,WC1H 9QU,United Kingdom,Individual,Standing order,English,No,,,No,,,${earlier}`,
    );
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('exports the wording of a Spanish application as stored, in Spanish, saying so', async () => {
    clock = new Date('2024-06-01T09:00:00.000Z');
    const response = await postMembership(
      app,
      validApplication({ newsletter: true, giftAid: true }),
      undefined,
      'es',
    );
    expect(response.statusCode).toBe(201);

    const { csv } = exportNow('memberships');
    const declaration = spanish._(GIFT_AID_DECLARATION);

    // Language, Newsletter, its wording, when; Gift Aid, its declaration (quoted: it has commas).
    expect(csv).toContain(
      `,Spanish,Yes,${spanish._(NEWSLETTER_CONSENT)},2024-06-01T09:00:00.000Z,Yes,"${declaration}",`,
    );
    expect(declaration).toContain(',');
  });

  it('says when the same email, in any letter case, applied before, even before --since', async () => {
    const first = await applyAt('2024-05-01T09:00:00.000Z', { email: 'ana@example.com' });
    const second = await applyAt('2024-06-01T09:00:00.000Z', { email: 'ANA@Example.COM' });
    await applyAt('2024-06-02T09:00:00.000Z', { email: 'ANA@EXAMPLE.COM' });
    await applyAt('2024-06-03T09:00:00.000Z', { email: 'rosa@example.com' });

    const { csv } = exportNow('memberships', new Date('2024-05-31T23:00:00.000Z'));
    const lastCells = csv
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',').at(-1));

    expect(lastCells).toEqual([first, `${first} ${second}`, '']);
  });

  it('keeps only submissions from the London day given by --since', async () => {
    await applyAt('2024-05-31T22:59:59.999Z', { fullName: 'Before midnight' });
    // 23:30 UTC on 31 May is 00:30 on 1 June in London.
    await applyAt('2024-05-31T23:30:00.000Z', { fullName: 'Just after midnight' });
    await applyAt('2024-06-03T12:00:00.000Z', { fullName: 'Later' });

    const { csv, count } = exportNow('memberships', new Date('2024-05-31T23:00:00.000Z'));

    expect(count).toBe(2);
    expect(csv).not.toContain('Before midnight');
    expect(csv).toContain('Just after midnight');
    expect(csv).toContain('Later');
  });

  it('exports registrations with the price paid in pounds', async () => {
    clock = new Date('2030-10-01T09:00:00.000Z');
    const response = await postRegistration(
      app,
      'annual-conference-2030',
      validRegistration({ needs: '-wheelchair access' }),
    );
    const { reference } = response.json<{ reference: string }>();

    const { csv } = exportNow('registrations');

    expect(csv).toBe(
      `${BOM}Reference,Submitted at (UTC),Event,Full name,Email,Attendance,Price (£),Access or dietary needs,Form language,Same email registered before\r\n` +
        `${reference},2030-10-01T09:00:00.000Z,annual-conference-2030,Rosa Huamán,rosa@example.com,Non-members,13.00,'-wheelchair access,English,\r\n`,
    );
  });

  it('exports just the header row when there is nothing yet', () => {
    expect(exportNow('registrations')).toEqual({
      csv: `${BOM}Reference,Submitted at (UTC),Event,Full name,Email,Attendance,Price (£),Access or dietary needs,Form language,Same email registered before\r\n`,
      count: 0,
    });
  });
});
