/**
 * The search index as files under /content/search/, written by scripts/content/build-search-index.ts:
 *
 * - `manifest.json`: the index's version, its document count and which term files exist;
 * - `<version>/terms/<key>.json`: the postings of every term starting with `key` (see shardKey):
 *   `{ term: [docs, scores] }`, docs as gaps from the previous document number, each score an
 *   integer, twice the term's relevance in tenths plus 1 when the term is in the title;
 * - `<version>/docs/<n>.json`: what a result shows, for documents n × DOCS_PER_FILE onwards.
 *
 * A search reads the manifest, the term files of its words and the document files of the page
 * of results it shows, so what it downloads depends on the query, not on the archive's size.
 * Files of one version never change; a new build writes a new version.
 */

/** Scores are stored in tenths: plenty to rank by, and few distinct values compress well. */
export const SCORE_SCALE = 10;

export const MANIFEST_FILE = 'manifest.json';

export function termFilePath(version: string, key: string): string {
  return `${version}/terms/${key}.json`;
}

export function docFilePath(version: string, file: number): string {
  return `${version}/docs/${file}.json`;
}
