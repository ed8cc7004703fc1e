import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';

export async function getTopics(signal?: AbortSignal) {
  return (
    await fetchContent(
      '/content/topics.json',
      async () => (await import('./topic-schema.ts')).topicsFileSchema,
      signal,
    )
  ).topics;
}

export const topicQueries = {
  list: () =>
    queryOptions({
      queryKey: ['topics', 'list'] as const,
      queryFn: ({ signal }) => getTopics(signal),
    }),
};
