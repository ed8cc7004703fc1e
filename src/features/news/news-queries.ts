import { queryOptions } from '@tanstack/react-query';
import { fetchContent, prefetchContent } from '../../lib/fetch-content.ts';

/** Loaded with the first fetch rather than with the page (see fetchContent). */
const schemas = () => import('./news-schema.ts');

export function getNewsPage(page: number, signal?: AbortSignal) {
  return fetchContent(
    `/content/news/pages/${page}.json`,
    async () => (await schemas()).newsPageSchema,
    signal,
  );
}

/** The files one article's page reads. */
function articleFiles(slug: string) {
  return {
    item: `/content/news/items/${slug}.json`,
    neighbours: `/content/news/neighbours/${slug}.json`,
  };
}

export async function getNewsArticle(slug: string, signal?: AbortSignal) {
  const files = articleFiles(slug);
  const [item, neighbours] = await Promise.all([
    fetchContent(files.item, async () => (await schemas()).newsItemSchema, signal),
    fetchContent(files.neighbours, async () => (await schemas()).newsNeighboursSchema, signal),
  ]);
  return { item, neighbours };
}

/** Fetches an article's files ahead of a visit, unchecked (see prefetchContent). */
export function prefetchNewsArticleFiles(slug: string) {
  prefetchContent(Object.values(articleFiles(slug)));
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
  archive: () =>
    queryOptions({
      queryKey: [...newsQueries.all(), 'archive'] as const,
      queryFn: ({ signal }) =>
        fetchContent(
          '/content/news/archive.json',
          async () => (await schemas()).newsArchiveSchema,
          signal,
        ),
    }),
  /** One page of one month of the archive; `month` is "2016-10". */
  month: (month: string, page: number) =>
    queryOptions({
      queryKey: [...newsQueries.all(), 'month', month, page] as const,
      queryFn: ({ signal }) =>
        fetchContent(
          `/content/news/months/${month}/${page}.json`,
          async () => (await schemas()).newsPageSchema,
          signal,
        ),
    }),
  tagged: (tag: string, page: number) =>
    queryOptions({
      queryKey: [...newsQueries.all(), 'tag', tag, page] as const,
      queryFn: ({ signal }) =>
        fetchContent(
          `/content/news/tags/${tag}/${page}.json`,
          async () => (await schemas()).newsPageSchema,
          signal,
        ),
    }),
  tags: () =>
    queryOptions({
      queryKey: ['tags', 'list'] as const,
      queryFn: async ({ signal }) =>
        (
          await fetchContent(
            '/content/tags.json',
            async () => (await schemas()).tagsFileSchema,
            signal,
          )
        ).tags,
    }),
};
