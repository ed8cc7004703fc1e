import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { AdminApiError } from './admin-api.ts';
import { adminQueries } from './admin-queries.ts';

/**
 * When the server says the session is gone (expired, or signed out elsewhere), forget every
 * answer the desk holds and show the sign-in form.
 */
export function useSignOutOnRefusal(error: unknown): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (error instanceof AdminApiError && error.status === 401) {
      forgetDesk(queryClient);
    }
  }, [error, queryClient]);
}

export function forgetDesk(queryClient: ReturnType<typeof useQueryClient>): void {
  queryClient.removeQueries({
    queryKey: adminQueries.all(),
    predicate: (query) => query.queryKey[1] !== 'session',
  });
  queryClient.setQueryData(adminQueries.session().queryKey, null);
}
