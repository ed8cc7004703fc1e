import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';

/** Soonest first. */
export async function getEvents(signal?: AbortSignal) {
  const file = await fetchContent(
    '/content/events.json',
    async () => (await import('./event-schema.ts')).eventsFileSchema,
    signal,
  );
  return [...file.events].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

export const eventQueries = {
  list: () =>
    queryOptions({
      queryKey: ['events', 'list'] as const,
      queryFn: ({ signal }) => getEvents(signal),
    }),
};
