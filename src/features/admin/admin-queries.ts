import { queryOptions } from '@tanstack/react-query';
import {
  adminJson,
  getAdminSession,
  type AuditLog,
  type SamePerson,
  type SubmissionList,
} from './admin-api.ts';
import type { ListFilter, SubmissionDetail } from './desk-types.ts';

/**
 * Personal data: always fetched afresh (staleTime 0), never retried on a refusal, and dropped
 * from memory soon after it leaves the screen.
 */
const fresh = { staleTime: 0, gcTime: 60_000, retry: false } as const;

export const adminQueries = {
  all: () => ['admin'] as const,
  session: () =>
    queryOptions({ queryKey: ['admin', 'session'], queryFn: getAdminSession, ...fresh }),
  /** A POST, so the search text stays out of addresses and logs: it needs the CSRF token. */
  list: (filter: ListFilter, csrfToken: string) =>
    queryOptions({
      // The token names the session too: a new session never reuses an old answer.
      queryKey: ['admin', 'list', filter, csrfToken],
      queryFn: () =>
        adminJson<SubmissionList>('/submissions', { method: 'POST', body: filter, csrfToken }),
      ...fresh,
    }),
  detail: (reference: string) =>
    queryOptions({
      queryKey: ['admin', 'detail', reference],
      queryFn: () => adminJson<SubmissionDetail>(`/submissions/${encodeURIComponent(reference)}`),
      ...fresh,
    }),
  samePerson: (reference: string) =>
    queryOptions({
      queryKey: ['admin', 'same-person', reference],
      queryFn: () =>
        adminJson<SamePerson>(`/submissions/${encodeURIComponent(reference)}/same-person`),
      ...fresh,
    }),
  audit: (page: number) =>
    queryOptions({
      queryKey: ['admin', 'audit', page],
      queryFn: () => adminJson<AuditLog>(`/audit?page=${page}`),
      ...fresh,
    }),
};
