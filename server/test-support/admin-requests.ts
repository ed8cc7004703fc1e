import type { FastifyInstance, InjectOptions } from 'fastify';
import { createAdminAccounts } from '../admin/admin-accounts.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../admin/admin-routes.ts';
import { createAdminTables } from '../admin/admin-schema.ts';
import { hashPassword } from '../admin/passwords.ts';
import { openDatabase } from '../database.ts';

/** The host the tests' requests claim; the Origin of a page of the site on it. */
export const HOST = 'psg.test';
export const SITE_ORIGIN = `http://${HOST}`;

export const SECRETARY = { email: 'secretary@example.org', password: 'tavistock square 29' };
export const TREASURER = { email: 'treasurer@example.org', password: 'lima and cusco 2016' };

/** Creates an account through a second connection, as `npm run admin -- add` does. */
export async function addAccount(
  databasePath: string,
  { email, password }: { email: string; password: string },
): Promise<void> {
  const db = openDatabase(databasePath);
  try {
    createAdminTables(db);
    createAdminAccounts(db).add(email, await hashPassword(password), new Date());
  } finally {
    db.close();
  }
}

/** A signed-in browser: its cookie and the CSRF token the page was given. */
export type AdminClient = { cookie: string; csrfToken: string };

export function postSignIn(
  app: FastifyInstance,
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/admin/sign-in',
    headers: { host: HOST, origin: SITE_ORIGIN, ...headers },
    payload: credentials,
  });
}

export async function signIn(
  app: FastifyInstance,
  credentials: { email: string; password: string },
): Promise<AdminClient> {
  const response = await postSignIn(app, credentials);
  if (response.statusCode !== 200) {
    throw new Error(`sign-in answered ${response.statusCode}: ${response.body}`);
  }
  const cookie = response.cookies.find(({ name }) => name === SESSION_COOKIE);
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { cookie: cookie.value, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}

type Request = { method: 'GET' | 'POST'; url: string; payload?: Record<string, unknown> };

/** An admin request as the desk's page sends it; `headers` override (or, as null, drop) any. */
export function adminRequest(
  app: FastifyInstance,
  client: AdminClient | null,
  { method, url, payload }: Request,
  headers: Record<string, string | null> = {},
) {
  const all: Record<string, string | null> = {
    host: HOST,
    origin: SITE_ORIGIN,
    ...(client && method === 'POST' ? { [CSRF_HEADER]: client.csrfToken } : {}),
    ...headers,
  };
  const options: InjectOptions = {
    method,
    url,
    headers: Object.fromEntries(
      Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null),
    ),
    ...(client ? { cookies: { [SESSION_COOKIE]: client.cookie } } : {}),
    ...(method === 'POST' ? { payload: payload ?? {} } : {}),
  };
  return app.inject(options);
}
