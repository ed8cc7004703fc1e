import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';
import { newsItemSchema, newsNeighboursSchema, newsPageSchema } from './news-schema.ts';

export function getNewsPage(page: number, signal?: AbortSignal) {
  return fetchContent(`/content/news/pages/${page}.json`, newsPageSchema, signal);
}

export async function getNewsArticle(slug: string, signal?: AbortSignal) {
  const [item, neighbours] = await Promise.all([
    fetchContent(`/content/news/items/${slug}.json`, newsItemSchema, signal),
    fetchContent(`/content/news/neighbours/${slug}.json`, newsNeighboursSchema, signal),
  ]);
  return { item, neighbours };
}

export const newsQueries = {
  all: () => ['news'] as const,
  list: (page: number) =>
    queryOptions({
      queryKey: [...newsQueries.all(), 'list', page] as const,
      queryFn: ({ signal }) => getNewsPage(page, signal),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...newsQueries.all(), 'detail', slug] as const,
      queryFn: ({ signal }) => getNewsArticle(slug, signal),
    }),
};
