import type { Db } from '../database.ts';
import type {
  ListFilter,
  ListItem,
  SubmissionDetail as Detail,
} from '../../src/features/admin/desk-types.ts';
import {
  MEMBERSHIP_COLUMNS,
  REGISTRATION_COLUMNS,
  type Column,
  type Earlier,
  type MembershipRow,
  type RegistrationRow,
} from '../export/submissions-csv.ts';
import { emailKey } from '../../src/lib/form-fields.ts';
import type { ExportKind } from '../export/export-args.ts';

export const PAGE_SIZE = 20;
export const AUDIT_PAGE_SIZE = 50;

type Review = Pick<ListItem, 'processedAt' | 'processedBy'>;

export type ErasureRecord = {
  reference: string;
  kind: ExportKind;
  submittedAt: string;
  fullName: string;
};

export type AuditEntry = {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  detail: string;
  address: string;
};

export type AuditInput = Omit<AuditEntry, 'id'>;

const TABLE: Record<ExportKind, string> = {
  memberships: 'memberships',
  registrations: 'registrations',
};

/** The kind of submission a reference names, from its prefix; null for anything else. */
export function kindOfReference(reference: string): ExportKind | null {
  if (/^PSG-M-[A-Z0-9]{8}$/.test(reference)) return 'memberships';
  if (/^PSG-E-[A-Z0-9]{8}$/.test(reference)) return 'registrations';
  return null;
}

/** "%text%" for LIKE, with the wildcards a visitor might type taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Lower case without accents, so "martin" finds "Martín" and "NUNEZ" finds "Núñez". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export type DeskStore = ReturnType<typeof createDeskStore>;

/** The desk's reads and writes on submissions, reviews and the audit log. */
export function createDeskStore(db: Db) {
  db.function('psg_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldForSearch(value) : value,
  );
  const insertAudit = db.prepare<[AuditInput]>(
    `INSERT INTO admin_audit_log (at, actor, action, detail, address)
     VALUES (@at, @actor, @action, @detail, @address)`,
  );
  const auditPage = db.prepare<[number, number], AuditEntry>(
    'SELECT id, at, actor, action, detail, address FROM admin_audit_log ORDER BY id DESC LIMIT ? OFFSET ?',
  );
  const auditCount = db.prepare<[], number>('SELECT count(*) FROM admin_audit_log').pluck();
  const recentAudit = db
    .prepare<[string, string, string], number>(
      'SELECT 1 FROM admin_audit_log WHERE action = ? AND address = ? AND at >= ? LIMIT 1',
    )
    .pluck();
  const upsertReview = db.prepare(
    `INSERT INTO submission_reviews (reference, processed_at, processed_by) VALUES (?, ?, ?)
     ON CONFLICT (reference) DO NOTHING`,
  );
  const reviewOf = db.prepare<[string], Review>(
    `SELECT processed_at AS processedAt, processed_by AS processedBy
     FROM submission_reviews WHERE reference = ?`,
  );
  const eventSlugs = db
    .prepare<[], string>('SELECT DISTINCT event_slug FROM registrations ORDER BY event_slug')
    .pluck();

  /** A stored row with the references sent earlier from the same email (as the CSV has). */
  function record<Row extends { email: string; submitted_at: string }>(
    kind: ExportKind,
    reference: string,
  ): (Row & Earlier) | undefined {
    const row = db
      .prepare<[string], Row>(`SELECT * FROM ${TABLE[kind]} WHERE reference = ?`)
      .get(reference);
    if (!row) return undefined;
    const key = emailKey(row.email);
    const earlier = db
      .prepare<[string], { reference: string; email: string }>(
        `SELECT reference, email FROM ${TABLE[kind]} WHERE submitted_at < ? ORDER BY submitted_at`,
      )
      .all(row.submitted_at)
      .filter((other) => emailKey(other.email) === key)
      .map((other) => other.reference);
    return { ...row, earlier };
  }

  function list(filter: ListFilter): { items: ListItem[]; total: number } {
    const conditions: string[] = [];
    const params: string[] = [];
    if (filter.query) {
      conditions.push(
        "(psg_fold(s.full_name) LIKE ? ESCAPE '\\' OR psg_fold(s.email) LIKE ? ESCAPE '\\')",
      );
      const pattern = containsPattern(foldForSearch(filter.query));
      params.push(pattern, pattern);
    }
    if (filter.status === 'new') conditions.push('r.reference IS NULL');
    if (filter.status === 'processed') conditions.push('r.reference IS NOT NULL');
    if (filter.kind === 'registrations' && filter.event) {
      conditions.push('s.event_slug = ?');
      params.push(filter.event);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const from = `FROM ${TABLE[filter.kind]} s LEFT JOIN submission_reviews r ON r.reference = s.reference ${where}`;
    const total =
      db
        .prepare<string[], number>(`SELECT count(*) ${from}`)
        .pluck()
        .get(...params) ?? 0;
    const eventColumn = filter.kind === 'registrations' ? 's.event_slug' : 'NULL';
    const items = db
      .prepare<(string | number)[], ListItem>(
        `SELECT s.reference, s.submitted_at AS submittedAt, s.full_name AS fullName, s.email,
                ${eventColumn} AS eventSlug, r.processed_at AS processedAt,
                r.processed_by AS processedBy
         ${from} ORDER BY s.submitted_at DESC, s.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, PAGE_SIZE, (filter.page - 1) * PAGE_SIZE);
    return { items, total };
  }

  function detail(reference: string): Detail | null {
    const kind = kindOfReference(reference);
    if (!kind) return null;
    const review = reviewOf.get(reference) ?? { processedAt: null, processedBy: null };
    const describe = <Row extends MembershipRow | RegistrationRow>(
      row: (Row & Earlier) | undefined,
      columns: readonly Column<Row & Earlier>[],
      eventSlug: string | null,
    ): Detail | null =>
      row
        ? {
            kind,
            reference,
            submittedAt: row.submitted_at,
            fullName: row.full_name,
            email: row.email,
            eventSlug,
            ...review,
            fields: columns.map(({ header, cell }) => ({ label: header, value: cell(row) ?? '' })),
          }
        : null;
    if (kind === 'memberships') {
      return describe(record<MembershipRow>(kind, reference), MEMBERSHIP_COLUMNS, null);
    }
    const row = record<RegistrationRow>(kind, reference);
    return describe(row, REGISTRATION_COLUMNS, row?.event_slug ?? null);
  }

  /** Every submission, of either kind, made with the same email as this one (itself included). */
  function sameEmail(reference: string): { email: string; records: ErasureRecord[] } | null {
    const found = detail(reference);
    if (!found) return null;
    const select = (kind: ExportKind) =>
      db
        .prepare<[string], Omit<ErasureRecord, 'kind'>>(
          `SELECT reference, submitted_at AS submittedAt, full_name AS fullName
           FROM ${TABLE[kind]} WHERE lower(trim(email)) = lower(trim(?)) ORDER BY submitted_at, id`,
        )
        .all(found.email)
        .map((row) => ({ ...row, kind }));
    return {
      email: found.email,
      records: [...select('memberships'), ...select('registrations')],
    };
  }

  const erase = db.transaction(
    (reference: string, audit: Omit<AuditInput, 'action' | 'detail'>) => {
      const person = sameEmail(reference);
      if (!person) return null;
      const references = person.records.map((item) => item.reference);
      for (const item of person.records) {
        db.prepare(`DELETE FROM ${TABLE[item.kind]} WHERE reference = ?`).run(item.reference);
        db.prepare('DELETE FROM submission_reviews WHERE reference = ?').run(item.reference);
        // The remembered answer to the form's request holds the reference: a replay must not
        // hand back a reference to records that are gone.
        db.prepare('DELETE FROM idempotency_records WHERE instr(response_body, ?) > 0').run(
          item.reference,
        );
      }
      const { lastInsertRowid } = insertAudit.run({
        ...audit,
        action: 'erasure',
        // The references only: the audit log must not keep the data it records erasing.
        detail: `Erased ${references.length} record${references.length === 1 ? '' : 's'}: ${references.join(', ')}`,
      });
      return { receipt: Number(lastInsertRowid), erasedAt: audit.at, references };
    },
  );

  const markProcessed = db.transaction((reference: string, audit: AuditInput) => {
    if (!detail(reference)) return null;
    const { changes } = upsertReview.run(reference, audit.at, audit.actor);
    // Marking twice keeps the first who and when, and is not logged again.
    if (changes === 1) insertAudit.run(audit);
    return reviewOf.get(reference) ?? null;
  });

  return {
    list,
    detail,
    sameEmail,
    eventSlugs: () => eventSlugs.all(),
    markProcessed: (reference: string, audit: AuditInput) =>
      markProcessed.immediate(reference, audit),
    erase: (reference: string, audit: Omit<AuditInput, 'action' | 'detail'>) =>
      erase.immediate(reference, audit),
    audit: (entry: AuditInput) => void insertAudit.run(entry),
    /** Records the entry unless the same action from the same address is logged since `since`. */
    auditUnlessRecent(entry: AuditInput, since: string): void {
      if (recentAudit.get(entry.action, entry.address, since) === undefined) insertAudit.run(entry);
    },
    auditLog(page: number): { entries: AuditEntry[]; total: number } {
      return {
        entries: auditPage.all(AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE),
        total: auditCount.get() ?? 0,
      };
    },
  };
}
