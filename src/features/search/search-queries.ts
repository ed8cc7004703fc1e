import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from '../../lib/fetch-content.ts';
import { createSearchEngine, type SearchEngine } from './search-engine.ts';

/** Where the build writes the index (scripts/content/build-search-index.ts). */
export const SEARCH_INDEX_URL = '/content/search/';

let browserEngine: SearchEngine | undefined;

/** The browser's search: index files fetched as needed, kept for the visit. */
function searchEngine(): SearchEngine {
  browserEngine ??= createSearchEngine((path, loadSchema) =>
    fetchContent(`${SEARCH_INDEX_URL}${path}`, loadSchema),
  );
  return browserEngine;
}

export const searchQueries = {
  results: (query: string, page: number) =>
    queryOptions({
      queryKey: ['search', 'results', query, page] as const,
      queryFn: () => searchEngine().search(query, page),
      staleTime: Infinity,
    }),
  /**
   * Whether the page was rendered by the Node server, which searches without JavaScript: it
   * sets this to true before rendering. Elsewhere (the prerendered page, the browser) it is
   * false, and the page says that search needs JavaScript there.
   */
  onServer: () =>
    queryOptions({
      queryKey: ['search', 'on-server'] as const,
      queryFn: () => false,
      staleTime: Infinity,
    }),
};
