import { z } from 'zod';
import {
  internalLinkSchema,
  isoDateSchema,
  nonEmptyText,
  slugSchema,
  spanishTextSchema,
} from '../../lib/content-schemas.ts';
import { uniqueSlugs } from '../../lib/unique-slugs.ts';

export const noticeSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmptyText,
  date: isoDateSchema,
  summary: nonEmptyText,
  body: z.array(nonEmptyText).min(1).optional(),
  unavailable: z.array(nonEmptyText).optional(),
  links: z.array(internalLinkSchema).optional(),
  /** The editor's Spanish, if any (shown on /es pages). */
  es: spanishTextSchema.optional(),
});

/** public/content/notices.json: the featured notices, few enough to ship whole. */
export const noticesFileSchema = z.strictObject({
  notices: z.array(noticeSchema).superRefine(uniqueSlugs),
});

export type Notice = z.infer<typeof noticeSchema>;
