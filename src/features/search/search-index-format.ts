import { z } from 'zod';

/** The schemas of the search index's files (see search-index-layout.ts), loaded with the first. */

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
