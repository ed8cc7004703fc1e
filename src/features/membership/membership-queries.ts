import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';
import { membershipConfigSchema } from './membership-schema.ts';

export const membershipQueries = {
  config: () =>
    queryOptions({
      queryKey: ['membership', 'config'] as const,
      queryFn: ({ signal }) =>
        fetchContent('/content/membership.json', membershipConfigSchema, signal),
    }),
};
