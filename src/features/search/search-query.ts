import { paths } from '../../config/paths.ts';

/** Longer queries are cut here: no real search is this long, and it bounds the work. */
export const MAX_QUERY_LENGTH = 200;

export type SearchRequest = {
  query: string;
  /** The page of results asked for, from 1. */
  page: number;
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
};

/** What a search page's address asks for (`?q=…&page=…`); anything odd reads as page 1. */
export function readSearchParams(searchParams: URLSearchParams): SearchRequest {
  const raw = (searchParams.get('q') ?? '').trim();
  const page = Number(searchParams.get('page') ?? '1');
  return {
    query: raw.slice(0, MAX_QUERY_LENGTH).trim(),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    truncated: raw.length > MAX_QUERY_LENGTH,
  };
}

/** The address of a page of results. */
export function searchPath(query: string, page = 1): string {
  const path = paths.search(query);
  return page > 1 ? `${path}&page=${page}` : path;
}
