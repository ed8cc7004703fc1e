import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';
import type { Notice } from './notice-schema.ts';

/** Newest first, like the news. */
export async function getNotices(signal?: AbortSignal): Promise<Notice[]> {
  const file = await fetchContent(
    '/content/notices.json',
    async () => (await import('./notice-schema.ts')).noticesFileSchema,
    signal,
  );
  return [...file.notices].sort((a, b) => b.date.localeCompare(a.date));
}

export const noticeQueries = {
  list: () =>
    queryOptions({
      queryKey: ['notices', 'list'] as const,
      queryFn: ({ signal }) => getNotices(signal),
    }),
};
