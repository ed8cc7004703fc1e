import type { Options } from 'minisearch';

/** What one search result can show without another fetch. */
export type SearchDocument = {
  id: string;
  kind: 'News' | 'Notice' | 'Background' | 'Event';
  title: string;
  text: string;
  url: string;
  date?: string;
  summary: string;
};

/** Lower case without accents, so "martin" finds "Martín" and "Peru" finds "Perú". */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The same options build the index (in Node) and load it (in the browser). */
export const searchIndexOptions: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'url', 'date', 'summary'],
  processTerm: (term) => foldTerm(term) || null,
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
};
