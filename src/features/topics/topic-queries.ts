import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';
import { topicsFileSchema } from './topic-schema.ts';

export async function getTopics(signal?: AbortSignal) {
  return (await fetchContent('/content/topics.json', topicsFileSchema, signal)).topics;
}

export const topicQueries = {
  list: () =>
    queryOptions({
      queryKey: ['topics', 'list'] as const,
      queryFn: ({ signal }) => getTopics(signal),
    }),
};
