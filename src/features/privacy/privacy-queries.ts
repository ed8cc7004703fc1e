import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';

export const privacyQueries = {
  config: () =>
    queryOptions({
      queryKey: ['privacy', 'config'] as const,
      queryFn: ({ signal }) =>
        fetchContent(
          '/content/privacy.json',
          async () => (await import('./privacy-schema.ts')).privacyConfigSchema,
          signal,
        ),
    }),
};
