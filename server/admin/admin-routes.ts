import cookie from '@fastify/cookie';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../database.ts';
import { EXPORT_KINDS } from '../export/export-args.ts';
import { exportSubmissionsCsv } from '../export/submissions-csv.ts';
import { API_BODY_LIMIT_BYTES, httpError, NOT_JSON_MESSAGE } from '../http-errors.ts';
import { createAdminAccounts, FAILURE_WINDOW_MS, type Session } from './admin-accounts.ts';
import { createAdminTables } from './admin-schema.ts';
import { ADMIN_MESSAGES } from './admin-messages.ts';
import { createDeskStore, kindOfReference, PAGE_SIZE, type AuditInput } from './desk-store.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { DESK_API } from '../../src/config/desk-paths.ts';

export type AdminOptions = {
  db: Db;
  /** The server's clock: session expiry, lock-outs and audit times. */
  now: () => Date;
};

/** The session cookie: sent only to the admin API, never readable by scripts. */
export const SESSION_COOKIE = 'psg_admin_session';
const COOKIE_PATH = DESK_API;
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The synchronizer token for a session: an HMAC keyed with the session id, so it is tied to that
 * session, needs no storage, and cannot be worked out from the database (which holds only a
 * hash of the id).
 */
export function csrfTokenFor(sessionId: string): string {
  return createHmac('sha256', sessionId).update('psg-admin-csrf').digest('base64url');
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether a request comes from a page of this site. Browsers send Origin on every POST; the
 * hosts are compared (not the scheme), so a TLS proxy in front needs no extra setting here.
 */
function fromThisSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin) {
    try {
      return new URL(origin).host === request.host;
    } catch {
      return false;
    }
  }
  return request.headers['sec-fetch-site'] === 'same-origin';
}

const signInSchema = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
});

const listSchema = z.object({
  kind: z.enum(EXPORT_KINDS),
  page: z.number().int().min(1).max(100_000).default(1),
  query: z.string().trim().max(200).default(''),
  status: z.enum(['all', 'new', 'processed']).default('all'),
  event: z.string().max(200).default(''),
});

const signOutSchema = z.object({ everywhere: z.boolean().default(false) });
const referenceParams = z.object({ reference: z.string().max(40) });
const exportParams = z.object({ kind: z.enum(EXPORT_KINDS) });
const auditQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw httpError(400, ADMIN_MESSAGES.badRequest);
  return result.data;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in secretary, set by the admin API's session check. */
    adminSession: (Session & { id: string }) | null;
  }
}

/**
 * The membership secretary's API under /api/admin. Every route but sign-in needs a live session
 * (401 otherwise, before anything else is looked at); every request that changes something also
 * needs this site's Origin and the session's CSRF token in a header (403 otherwise). No answer
 * may be stored by a cache or a browser's history.
 */
export async function adminRoutes(admin: FastifyInstance, { db, now }: AdminOptions) {
  createAdminTables(db);
  const accounts = createAdminAccounts(db);
  const desk = createDeskStore(db);

  await admin.register(cookie);
  admin.decorateRequest('adminSession', null);
  // The desk sends small JSON (a sign-in, a filter, a reference): Fastify's 1 MB is far too much.
  admin.addHook('onRoute', (route) => {
    route.bodyLimit = API_BODY_LIMIT_BYTES;
  });

  admin.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Cache-Control', 'no-store');
    reply.header('X-Robots-Tag', 'noindex, nofollow');
    return payload;
  });

  admin.addHook('preParsing', async (request, _reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD') return payload;
    const mediaType = request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') throw httpError(415, NOT_JSON_MESSAGE);
    return payload;
  });

  // Before the body is read, so nothing is parsed for a caller who may not send it.
  admin.addHook('onRequest', async (request, reply) => {
    const changes = request.method !== 'GET' && request.method !== 'HEAD';
    const path = request.url.split('?', 1)[0];
    if (path === `${COOKIE_PATH}/sign-in`) {
      if (changes && !fromThisSite(request)) throw httpError(403, ADMIN_MESSAGES.forbidden);
      return;
    }
    const id = request.cookies[SESSION_COOKIE];
    const session = id ? accounts.useSession(id, now()) : null;
    if (!id || !session) {
      if (id) clearSessionCookie(reply, request);
      throw httpError(401, ADMIN_MESSAGES.signInAgain);
    }
    if (changes) {
      const token = request.headers[CSRF_HEADER];
      if (
        !fromThisSite(request) ||
        typeof token !== 'string' ||
        !tokensMatch(token, csrfTokenFor(id))
      ) {
        throw httpError(403, ADMIN_MESSAGES.forbidden);
      }
    }
    request.adminSession = { ...session, id };
  });

  function setSessionCookie(reply: FastifyReply, request: FastifyRequest, id: string) {
    reply.setCookie(SESSION_COOKIE, id, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
    });
  }

  function clearSessionCookie(reply: FastifyReply, request: FastifyRequest) {
    reply.clearCookie(SESSION_COOKIE, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
    });
  }

  function signedIn(request: FastifyRequest) {
    const session = request.adminSession;
    // The onRequest hook has already answered 401 for any request without one.
    if (!session) throw httpError(401, ADMIN_MESSAGES.signInAgain);
    return session;
  }

  function auditEntry(
    request: FastifyRequest,
    action: string,
    detail: string,
    actor = request.adminSession?.email ?? null,
  ): AuditInput {
    return { at: now().toISOString(), actor, action, detail, address: request.ip };
  }

  admin.post('/sign-in', async (request, reply) => {
    const { email, password } = parse(signInSchema, request.body);
    const time = now();
    const address = request.ip;
    accounts.prune(time);
    if (accounts.isLockedOut(email, address, time)) {
      // Once per address and lock-out window: refused guesses cannot flood the log.
      desk.auditUnlessRecent(
        auditEntry(request, 'sign-in refused', 'Too many failed attempts', null),
        new Date(time.getTime() - FAILURE_WINDOW_MS).toISOString(),
      );
      throw httpError(429, ADMIN_MESSAGES.lockedOut);
    }
    // Counted as failed until shown otherwise, before the first await: parallel guesses each
    // see the ones before them.
    const attempt = accounts.recordFailure(email, address, time);
    const account = accounts.find(email);
    // An unknown email still costs one full Argon2 check, so timing does not tell it apart.
    const matches = await verifyPassword(
      account?.passwordHash ?? (await dummyPasswordHash()),
      password,
    );
    if (!account || !matches) {
      desk.audit(
        auditEntry(
          request,
          'sign-in failed',
          account ? 'Wrong password' : 'No account with that email',
          account?.email ?? null,
        ),
      );
      throw httpError(401, ADMIN_MESSAGES.wrongCredentials);
    }

    // A new session id at every sign-in; any session this browser had before is ended.
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) accounts.endSession(previous);
    const id = accounts.startSession(account.id, time);
    accounts.forgiveAttempt(attempt);
    accounts.clearAccountFailures(email);
    desk.audit(auditEntry(request, 'sign-in', 'Signed in', account.email));
    setSessionCookie(reply, request, id);
    return { email: account.email, csrfToken: csrfTokenFor(id) };
  });

  admin.get('/session', async (request) => {
    const session = signedIn(request);
    return { email: session.email, csrfToken: csrfTokenFor(session.id) };
  });

  admin.post('/sign-out', async (request, reply) => {
    const session = signedIn(request);
    const { everywhere } = parse(signOutSchema, request.body);
    if (everywhere) accounts.endAllSessions(session.accountId);
    else accounts.endSession(session.id);
    desk.audit(
      auditEntry(request, 'sign-out', everywhere ? 'Signed out everywhere' : 'Signed out'),
    );
    clearSessionCookie(reply, request);
    return { signedOut: true };
  });

  // POST although it only reads: the search text is a name or an email, which never goes into a
  // URL (logs, history).
  admin.post('/submissions', async (request) => {
    signedIn(request);
    const filter = parse(listSchema, request.body);
    return {
      ...desk.list(filter),
      page: filter.page,
      pageSize: PAGE_SIZE,
      events: desk.eventSlugs(),
    };
  });

  admin.get('/submissions/:reference', async (request) => {
    signedIn(request);
    const { reference } = parse(referenceParams, request.params);
    const found = desk.detail(reference);
    if (!found) throw httpError(404, ADMIN_MESSAGES.noSuchSubmission);
    return found;
  });

  admin.post('/submissions/:reference/processed', async (request) => {
    signedIn(request);
    const { reference } = parse(referenceParams, request.params);
    const review = desk.markProcessed(
      reference,
      auditEntry(request, 'marked processed', reference),
    );
    if (!review) throw httpError(404, ADMIN_MESSAGES.noSuchSubmission);
    return review;
  });

  admin.get('/submissions/:reference/same-person', async (request) => {
    signedIn(request);
    const { reference } = parse(referenceParams, request.params);
    const person = desk.sameEmail(reference);
    if (!person) throw httpError(404, ADMIN_MESSAGES.noSuchSubmission);
    return person;
  });

  admin.post('/submissions/:reference/erase', async (request) => {
    signedIn(request);
    const { reference } = parse(referenceParams, request.params);
    if (!kindOfReference(reference)) throw httpError(404, ADMIN_MESSAGES.noSuchSubmission);
    const { at, actor, address } = auditEntry(request, '', '');
    const receipt = desk.erase(reference, { at, actor, address });
    if (!receipt) throw httpError(404, ADMIN_MESSAGES.noSuchSubmission);
    return receipt;
  });

  admin.post('/exports/:kind', async (request, reply) => {
    signedIn(request);
    const { kind } = parse(exportParams, request.params);
    const time = now();
    const { csv, count } = exportSubmissionsCsv(db, kind, null);
    desk.audit(auditEntry(request, 'export', `${kind}: ${count} row${count === 1 ? '' : 's'}`));
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'Content-Disposition',
        `attachment; filename="${kind}-${time.toISOString().slice(0, 10)}.csv"`,
      )
      .send(csv);
  });

  admin.get('/audit', async (request) => {
    signedIn(request);
    const { page } = parse(auditQuery, request.query);
    return { ...desk.auditLog(page), page };
  });
}
