import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';

export const membershipQueries = {
  config: () =>
    queryOptions({
      queryKey: ['membership', 'config'] as const,
      queryFn: ({ signal }) =>
        fetchContent(
          '/content/membership.json',
          async () => (await import('./membership-schema.ts')).membershipConfigSchema,
          signal,
        ),
    }),
};
