import { stringify } from 'csv-stringify/sync';
import { emailKey } from '../../src/lib/form-fields.ts';
import { SCHEMA_VERSION, readSchemaVersion, type Db } from '../database.ts';
import type { ExportKind } from './export-args.ts';
import { isLocale, type Locale } from '../../src/config/locales.ts';

type Cell = string | null;
export type Column<Row> = { header: string; cell: (row: Row) => Cell };

/** Each exported row knows the earlier submissions from the same email (any letter case). */
export type Earlier = { earlier: string[] };

export type MembershipRow = {
  reference: string;
  submitted_at: string;
  full_name: string;
  email: string;
  address_line_1: string;
  address_line_2: string | null;
  town: string;
  postcode: string | null;
  country: string;
  membership_type_label: string;
  payment_method: string;
  newsletter: number;
  newsletter_consent_text: string | null;
  newsletter_consented_at: string | null;
  gift_aid: number;
  gift_aid_declaration_text: string | null;
  gift_aid_declared_on: string | null;
  /** NULL for submissions stored before the language was recorded (their wording is English). */
  locale: string | null;
};

export type RegistrationRow = {
  reference: string;
  submitted_at: string;
  event_slug: string;
  full_name: string;
  email: string;
  price_label: string;
  price_pence: number;
  needs: string | null;
  locale: string | null;
};

export type MembershipRecord = MembershipRow & Earlier;
export type RegistrationRecord = RegistrationRow & Earlier;

const yesNo = (flag: number): string => (flag ? 'Yes' : 'No');

/** The desk and the export are in English: the form's language by its English name. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Spanish' };
const NOT_RECORDED = 'Not recorded';

/** The language of the form page, so the wording beside it is read as what the supporter saw. */
function languageOf(row: { locale: string | null }): string {
  return isLocale(row.locale) ? LANGUAGE_NAMES[row.locale] : (row.locale ?? NOT_RECORDED);
}
const PAYMENT_METHOD_LABELS: Partial<Record<string, string>> = {
  'standing-order': 'Standing order',
  other: 'Other',
};

export const MEMBERSHIP_COLUMNS: Column<MembershipRecord>[] = [
  { header: 'Reference', cell: (row) => row.reference },
  { header: 'Submitted at (UTC)', cell: (row) => row.submitted_at },
  { header: 'Full name', cell: (row) => row.full_name },
  { header: 'Email', cell: (row) => row.email },
  { header: 'Address line 1', cell: (row) => row.address_line_1 },
  { header: 'Address line 2', cell: (row) => row.address_line_2 },
  { header: 'Town or city', cell: (row) => row.town },
  { header: 'Postcode', cell: (row) => row.postcode },
  { header: 'Country', cell: (row) => row.country },
  { header: 'Membership type', cell: (row) => row.membership_type_label },
  {
    header: 'Payment method',
    cell: (row) => PAYMENT_METHOD_LABELS[row.payment_method] ?? row.payment_method,
  },
  { header: 'Form language', cell: languageOf },
  { header: 'Newsletter', cell: (row) => yesNo(row.newsletter) },
  { header: 'Newsletter consent wording', cell: (row) => row.newsletter_consent_text },
  { header: 'Newsletter consent given at (UTC)', cell: (row) => row.newsletter_consented_at },
  { header: 'Gift Aid', cell: (row) => yesNo(row.gift_aid) },
  { header: 'Gift Aid declaration wording', cell: (row) => row.gift_aid_declaration_text },
  { header: 'Gift Aid declared on', cell: (row) => row.gift_aid_declared_on },
  { header: 'Same email applied before', cell: (row) => row.earlier.join(' ') },
];

export const REGISTRATION_COLUMNS: Column<RegistrationRecord>[] = [
  { header: 'Reference', cell: (row) => row.reference },
  { header: 'Submitted at (UTC)', cell: (row) => row.submitted_at },
  { header: 'Event', cell: (row) => row.event_slug },
  { header: 'Full name', cell: (row) => row.full_name },
  { header: 'Email', cell: (row) => row.email },
  { header: 'Attendance', cell: (row) => row.price_label },
  { header: 'Price (£)', cell: (row) => (row.price_pence / 100).toFixed(2) },
  { header: 'Access or dietary needs', cell: (row) => row.needs },
  { header: 'Form language', cell: languageOf },
  { header: 'Same email registered before', cell: (row) => row.earlier.join(' ') },
];

/**
 * A spreadsheet runs a cell that starts like a formula, so a supporter who types "=HYPERLINK(…)"
 * as their name could attack whoever opens the export. A leading apostrophe makes it plain text
 * (OWASP's advice). Full-width (＝＋－＠) and small (﹢﹣﹦) forms and the minus sign (−) are
 * included because some spreadsheets fold them to = + -; so is any invisible format character
 * (zero-width space, bidi control) at the start, which could hide one of those behind it.
 */
const FORMULA_START = /^(?:[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\u2212]|\p{Cf})/u;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function membershipCells(row: MembershipRecord): string[] {
  return MEMBERSHIP_COLUMNS.map(({ cell }) => neutraliseCell(cell(row) ?? ''));
}

export function registrationCells(row: RegistrationRecord): string[] {
  return REGISTRATION_COLUMNS.map(({ cell }) => neutraliseCell(cell(row) ?? ''));
}

/**
 * RFC 4180: CRLF between records, fields with a comma, quote or line break quoted, quotes
 * doubled. The byte-order mark tells Excel the file is UTF-8 (else "Martín" shows as "MartÃ­n").
 */
export function toCsv(headers: readonly string[], rows: readonly string[][]): string {
  return stringify([headers, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // Off by default once record_delimiter is set, which would leave a newline in a field bare.
    quote_record_delimiter: true,
  });
}

/** The whole export, oldest submission first; `since` is the first instant included. */
export function exportSubmissionsCsv(
  db: Db,
  what: ExportKind,
  since: Date | null,
): { csv: string; count: number } {
  const version = readSchemaVersion(db);
  if (version !== SCHEMA_VERSION) {
    throw new Error(
      `The database has schema version ${version}, this export expects ${SCHEMA_VERSION}: start the server once with this code to set it up.`,
    );
  }
  const from = since ? since.toISOString() : '';
  if (what === 'memberships') {
    const rows = withEarlier(
      db.prepare<[], MembershipRow>('SELECT * FROM memberships ORDER BY submitted_at, id').all(),
      (row) => emailKey(row.email),
    ).filter((row) => row.submitted_at >= from);
    const csv = toCsv(
      MEMBERSHIP_COLUMNS.map(({ header }) => header),
      rows.map(membershipCells),
    );
    return { csv, count: rows.length };
  }
  const rows = withEarlier(
    db.prepare<[], RegistrationRow>('SELECT * FROM registrations ORDER BY submitted_at, id').all(),
    // Another event is another registration, not a repeat.
    (row) => `${row.event_slug}\n${emailKey(row.email)}`,
  ).filter((row) => row.submitted_at >= from);
  const csv = toCsv(
    REGISTRATION_COLUMNS.map(({ header }) => header),
    rows.map(registrationCells),
  );
  return { csv, count: rows.length };
}

/**
 * Fills in, for rows oldest first, the references of earlier rows with the same key: so the
 * secretary sees that "ANA@EXAMPLE.COM" applied before as "ana@example.com". Earlier rows count
 * even when `--since` leaves them out of the export.
 */
function withEarlier<Row extends { reference: string }>(
  rows: Row[],
  key: (row: Row) => string,
): Array<Row & Earlier> {
  const seen = new Map<string, string[]>();
  return rows.map((row) => {
    const references = seen.get(key(row)) ?? [];
    seen.set(key(row), [...references, row.reference]);
    return { ...row, earlier: references };
  });
}
