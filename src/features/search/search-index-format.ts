import { z } from 'zod';

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

export const manifestSchema = z.object({
  version: z.string().regex(/^[a-z0-9]+$/),
  documents: z.int().min(0),
  docsPerFile: z.int().min(1),
  shards: z.array(z.string().regex(/^[a-z0-9_]+$/)),
});
export type SearchManifest = z.infer<typeof manifestSchema>;

/** Checked in one loop: z.array(z.int()) costs tens of milliseconds on a large file. */
function isCountList(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!Number.isSafeInteger(item) || item < 0) return false;
  return true;
}
const countListSchema = z.custom<number[]>(isCountList, 'Expected a list of whole numbers');

export const termFileSchema = z.record(z.string(), z.tuple([countListSchema, countListSchema]));
export type TermFile = z.infer<typeof termFileSchema>;

export const searchDocumentSchema = z.object({
  kind: z.enum(['News', 'Notice', 'Background', 'Event']),
  title: z.string(),
  url: z.string(),
  date: z.string().optional(),
  summary: z.string(),
});
/** What one search result shows. */
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

export const docFileSchema = z.array(searchDocumentSchema);

/** Scores are stored in tenths: plenty to rank by, and few distinct values compress well. */
export const SCORE_SCALE = 10;

export const MANIFEST_FILE = 'manifest.json';

export function termFilePath(version: string, key: string): string {
  return `${version}/terms/${key}.json`;
}

export function docFilePath(version: string, file: number): string {
  return `${version}/docs/${file}.json`;
}
