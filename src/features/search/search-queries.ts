import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';
import { searchIndexOptions, type SearchDocument } from './search-options.ts';

export type SearchHit = Omit<SearchDocument, 'text'> & { terms: string[] };

/** Loads MiniSearch and the index built at build time; only the search page asks for them. */
async function loadSearch(signal?: AbortSignal) {
  const [{ default: MiniSearch }, saved] = await Promise.all([
    import('minisearch'),
    fetchContent(
      '/content/search/index.json',
      async () => (await import('./search-index-schema.ts')).savedIndexSchema,
      signal,
    ),
  ]);
  const index = await MiniSearch.loadJSAsync<SearchDocument>(saved as never, searchIndexOptions);
  return {
    documentCount: index.documentCount,
    search(query: string): SearchHit[] {
      return index.search(query).map((result) => ({
        id: String(result.id),
        kind: result.kind as SearchDocument['kind'],
        title: result.title as string,
        url: result.url as string,
        date: result.date as string | undefined,
        summary: result.summary as string,
        terms: result.terms,
      }));
    },
  };
}

export const searchQueries = {
  index: () =>
    queryOptions({
      queryKey: ['search', 'index'] as const,
      queryFn: ({ signal }) => loadSearch(signal),
      staleTime: Infinity,
    }),
};
