import { z } from 'zod';
import {
  internalLinkSchema,
  isoDateSchema,
  nonEmptyText,
  slugSchema,
  spanishTextSchema,
} from '../../lib/content-schemas.ts';
import { uniqueSlugs } from '../../lib/unique-slugs.ts';

/** One news item as an editor writes it: public/content/news/items/<slug>.json. */
export const newsItemSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmptyText,
  date: isoDateSchema,
  /** The teaser shown in lists; also the whole text when there is no body. */
  summary: nonEmptyText,
  body: z.array(nonEmptyText).min(1).optional(),
  /** Things the original page pointed to that this site does not have. */
  unavailable: z.array(nonEmptyText).optional(),
  links: z.array(internalLinkSchema).optional(),
  /** Editorial tags, slugs from public/content/tags.json. */
  tags: z.array(slugSchema).optional(),
  /** The editor's Spanish, if any (shown on /es pages). */
  es: spanishTextSchema.optional(),
});

export const newsTeaserSchema = newsItemSchema.pick({
  slug: true,
  title: true,
  date: true,
  summary: true,
  es: true,
});

/** A derived page of teasers, newest first: public/content/news/pages/<n>.json. */
export const newsPageSchema = z.strictObject({
  page: z.int().min(1),
  pageCount: z.int().min(1),
  pageSize: z.int().min(1),
  total: z.int().min(0),
  items: z.array(newsTeaserSchema),
});

const neighbourSchema = newsItemSchema
  .pick({ slug: true, title: true })
  .extend({ es: spanishTextSchema.pick({ title: true }).optional() })
  .nullable();

/** Derived: the articles either side of one, public/content/news/neighbours/<slug>.json. */
export const newsNeighboursSchema = z.strictObject({
  newer: neighbourSchema,
  older: neighbourSchema,
});

/** public/content/tags.json: the tags editors may use, with their display names. */
export const tagsFileSchema = z.strictObject({
  tags: z.array(z.strictObject({ slug: slugSchema, label: nonEmptyText })).superRefine(uniqueSlugs),
});

/** Derived: how many articles each month has, newest month first. */
export const newsArchiveSchema = z.strictObject({
  months: z.array(
    z.strictObject({
      year: z.int().min(1900),
      month: z.int().min(1).max(12),
      count: z.int().min(1),
    }),
  ),
});

export type NewsItem = z.infer<typeof newsItemSchema>;
export type Tag = z.infer<typeof tagsFileSchema>['tags'][number];
export type NewsArchive = z.infer<typeof newsArchiveSchema>;
export type NewsTeaser = z.infer<typeof newsTeaserSchema>;
export type NewsPage = z.infer<typeof newsPageSchema>;
export type NewsNeighbours = z.infer<typeof newsNeighboursSchema>;
