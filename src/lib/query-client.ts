import { QueryClient } from '@tanstack/react-query';
import { NotFoundError } from './fetch-content.ts';

/** Content changes a few times a month, so a visit never needs to refetch what it has. */
const CONTENT_STALE_TIME = 10 * 60 * 1000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: CONTENT_STALE_TIME,
        // One retry smooths over a dropped connection; a missing file will not appear on retry.
        retry: (failureCount, error) => !(error instanceof NotFoundError) && failureCount < 1,
      },
    },
  });
}
