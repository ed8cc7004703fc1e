/**
 * The browser side of the admin API (server/admin/admin-routes.ts). The session cookie is
 * HttpOnly, so scripts never see it; the CSRF token the server hands out at sign-in goes in a
 * header on every request that changes something.
 */
import type { ListItem, SubmissionKind } from './desk-types.ts';
import { DESK_API } from '../../config/desk-paths.ts';

export const ADMIN_API = DESK_API;
const CSRF_HEADER = 'X-CSRF-Token';

export type AdminSession = { email: string; csrfToken: string };
export type SubmissionList = {
  items: ListItem[];
  total: number;
  page: number;
  pageSize: number;
  events: string[];
};
export type SamePerson = {
  email: string;
  records: { reference: string; kind: SubmissionKind; submittedAt: string; fullName: string }[];
};
export type ErasureReceipt = { receipt: number; erasedAt: string; references: string[] };
export type AuditLog = {
  entries: {
    id: number;
    at: string;
    actor: string | null;
    action: string;
    detail: string;
    address: string;
  }[];
  total: number;
  page: number;
};

/** An answer other than 2xx, with the server's message (always { message }). */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

const NETWORK_MESSAGE = 'The desk could not reach the server. Check your connection and try again.';

type Options = { method?: 'GET' | 'POST'; body?: unknown; csrfToken?: string };

async function send(path: string, { method = 'GET', body, csrfToken }: Options): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${ADMIN_API}${path}`, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {
        ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
        ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}),
      },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
  } catch {
    throw new AdminApiError(0, NETWORK_MESSAGE);
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { message?: unknown } | null;
    const message = typeof answer?.message === 'string' ? answer.message : NETWORK_MESSAGE;
    throw new AdminApiError(response.status, message);
  }
  return response;
}

export async function adminJson<T>(path: string, options: Options = {}): Promise<T> {
  return (await (await send(path, options)).json()) as T;
}

/** The session, or null when this browser is not signed in (a 401). */
export async function getAdminSession(): Promise<AdminSession | null> {
  try {
    return await adminJson<AdminSession>('/session');
  } catch (error) {
    if (error instanceof AdminApiError && error.status === 401) return null;
    throw error;
  }
}

/** Fetches the CSV and hands it to the browser as a download named by the server. */
export async function downloadCsv(kind: SubmissionKind, csrfToken: string): Promise<void> {
  const response = await send(`/exports/${kind}`, { method: 'POST', csrfToken });
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ??
    `${kind}.csv`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the data is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
